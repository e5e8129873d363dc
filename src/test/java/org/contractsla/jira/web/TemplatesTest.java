package org.contractsla.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The templates call only getters the descriptor's velocity allowlist names (Jira 10 refuses any other method), take
 * every text from i18n in both languages, and hold no literal text of their own.
 */
public class TemplatesTest {

    /** What each template variable is. */
    private static final Map<String, Class<?>> VARIABLES = Map.ofEntries(Map.entry("slaPanel", PanelView.class),
            Map.entry("clock", ClockView.class), Map.entry("notice", String.class),
            Map.entry("dueText", String.class), Map.entry("overdue", Boolean.class),
            Map.entry("severityLevel", String.class), Map.entry("severityName", String.class),
            Map.entry("severityDefinition", String.class), Map.entry("customerNumber", String.class),
            Map.entry("organization", String.class), Map.entry("plan", String.class),
            Map.entry("change", String.class), Map.entry("stateText", String.class),
            Map.entry("level", ChoiceView.class), Map.entry("environment", ChoiceView.class),
            Map.entry("portal", PortalView.class), Map.entry("c", CategoryView.class),
            Map.entry("field", FieldView.class), Map.entry("choice", ChoiceView.class),
            Map.entry("s", SuggestionView.class), Map.entry("step", String.class),
            Map.entry("r", RequestRowView.class), Map.entry("column", String.class),
            Map.entry("file", FileView.class), Map.entry("problem", String.class));
    private static final Pattern TEXT = Pattern.compile("\\$i18n\\.getText\\([\"']([^\"']+)[\"']\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+)*)\\}?");

    private static List<File> templates() {
        File[] files = new File("src/main/resources/templates").listFiles((d, n) -> n.endsWith(".vm"));
        assertTrue("templates found", files != null && files.length > 0);
        return List.of(files);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(new File("i18n/" + name).toPath())) {
            p.load(in);
        }
        return p;
    }

    private static String withoutComments(File f) throws IOException {
        return Files.readString(f.toPath()).replaceAll("(?m)^\\s*##.*$", "");
    }

    @Test
    public void shouldCallOnlyAllowlistedGettersThatExist() throws Exception {
        String descriptor = Files.readString(new File("atlassian-plugin.xml").toPath());
        Set<String> problems = new TreeSet<>();
        for (File f : templates()) {
            Matcher m = REFERENCE.matcher(withoutComments(f));
            while (m.find()) {
                if (m.group(1).equals("i18n")) {
                    continue;
                }
                Class<?> type = VARIABLES.get(m.group(1));
                if (type == null) {
                    problems.add(f.getName() + ": unknown variable $" + m.group(1));
                    continue;
                }
                for (String property : m.group(2).split("\\.")) {
                    if (property.isEmpty()) {
                        continue;
                    }
                    Method getter = getter(type, property);
                    if (getter == null) {
                        problems.add(f.getName() + ": " + type.getSimpleName() + " has no getter for " + property);
                        break;
                    }
                    String entry = "<method>" + type.getName() + "#" + getter.getName() + "()</method>";
                    if (!descriptor.contains(entry)) {
                        problems.add(f.getName() + ": not allowlisted: " + entry);
                    }
                    type = getter.getReturnType();
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    private static Method getter(Class<?> type, String property) {
        String name = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                return type.getMethod(prefix + name);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            }
        }
        return null;
    }

    @Test
    public void shouldTakeEveryTextFromBothLanguagesAndHoldNoneOfItsOwn() throws Exception {
        Properties en = bundle("contract-sla.properties");
        Properties de = bundle("contract-sla_de.properties");
        List<String> problems = new ArrayList<>();
        for (File f : templates()) {
            String t = withoutComments(f);
            Matcher m = TEXT.matcher(t);
            while (m.find()) {
                if (!en.containsKey(m.group(1)) || !de.containsKey(m.group(1))) {
                    problems.add(f.getName() + ": " + m.group(1) + " missing in a language");
                }
            }
            String left = TEXT.matcher(t).replaceAll("")
                    .replaceAll("(?m)^\\s*#(if|else|elseif|end|foreach)\\b.*$", "")
                    .replaceAll("<[^>]*>", "")
                    .replaceAll("&\\w+;", "")
                    .replaceAll(REFERENCE.pattern(), "")
                    .replaceAll("[\\s,.%]", "");
            if (!left.isEmpty()) {
                problems.add(f.getName() + ": literal text " + left);
            }
        }
        assertEquals(List.of(), problems);
    }
}
