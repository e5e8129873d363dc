package org.contractsla.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** Both languages have every text the code names, and nothing else. */
public class MessageBundlesTest {

    /** Message keys in code: string literals starting with one of our message areas. */
    private static final Pattern KEY = Pattern.compile(
            "\"((?:anonymize|audit|calendar|clock|config|contract|entitlement|plan|policy|severity|simulator|rest|channel|goal|request|metric|environment|organization)\\.[A-Za-z]+(?:\\.[A-Za-z]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get("i18n", name))) {
            p.load(in);
        }
        return p;
    }

    @Test
    public void shouldHaveTheSameKeysInEnglishAndGerman() throws IOException {
        assertEquals(new TreeSet<>(load("contract-sla.properties").stringPropertyNames()),
                new TreeSet<>(load("contract-sla_de.properties").stringPropertyNames()));
    }

    @Test
    public void shouldKeepTheFilesAsciiWithEscapes() throws IOException {
        for (String name : new String[] {"contract-sla.properties", "contract-sla_de.properties"}) {
            byte[] bytes = Files.readAllBytes(Paths.get("i18n", name));
            for (byte b : bytes) {
                assertTrue(name + " holds a byte outside ASCII", b >= 0);
            }
        }
    }

    @Test
    public void shouldParseEveryTextAsAMessagePattern() throws IOException {
        for (String name : new String[] {"contract-sla.properties", "contract-sla_de.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key)); // throws on a broken pattern
            }
        }
    }

    @Test
    public void shouldHaveATextForEveryKeyTheCodeUses() throws IOException {
        Properties en = load("contract-sla.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Paths.get("src", "main", "java"))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!en.containsKey(m.group(1)) && !m.group(1).endsWith(".")) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void shouldHaveATextForEveryStateAClockCanBeIn() throws IOException {
        Properties en = load("contract-sla.properties");
        Set<String> missing = new TreeSet<>();
        for (org.contractsla.core.clock.ClockState s : org.contractsla.core.clock.ClockState.values()) {
            if (!en.containsKey(s.messageKey())) {
                missing.add(s.messageKey());
            }
        }
        for (org.contractsla.core.request.MetricClock.Absence a : org.contractsla.core.request.MetricClock.Absence.values()) {
            if (!en.containsKey(a.messageKey())) {
                missing.add(a.messageKey());
            }
        }
        for (org.contractsla.core.contract.ResolvingContacts.Problem p
                : org.contractsla.core.contract.ResolvingContacts.Problem.values()) {
            if (!en.containsKey(p.messageKey())) {
                missing.add(p.messageKey());
            }
        }
        for (org.contractsla.core.entitlement.EntitlementDecision.Outcome o
                : org.contractsla.core.entitlement.EntitlementDecision.Outcome.values()) {
            missing.addAll(absent(en, "entitlement.outcome." + o.name()));
        }
        for (org.contractsla.core.entitlement.EntitlementDecision.Handling h
                : org.contractsla.core.entitlement.EntitlementDecision.Handling.values()) {
            missing.addAll(absent(en, "entitlement.handling." + h.name()));
        }
        for (org.contractsla.core.severity.Severity v : org.contractsla.core.severity.Severity.values()) {
            missing.addAll(absent(en, v.nameKey(), v.definitionKey()));
        }
        for (org.contractsla.core.policy.Metric m : org.contractsla.core.policy.Metric.values()) {
            missing.addAll(absent(en, m.nameKey()));
        }
        for (org.contractsla.core.severity.Environment e : org.contractsla.core.severity.Environment.values()) {
            missing.addAll(absent(en, "environment." + e.name().toLowerCase(java.util.Locale.ROOT)));
        }
        for (org.contractsla.core.policy.Channel c : org.contractsla.core.policy.Channel.values()) {
            missing.addAll(absent(en, "channel." + c.id()));
        }
        for (String type : List.of("calendar", "plan")) { // audit actions of the policy sections, built at run time
            for (String done : List.of("saved", "deleted")) {
                if (!en.containsKey("audit." + type + "." + done)) {
                    missing.add("audit." + type + "." + done);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** The argument numbers a pattern uses, outside quoted text. */
    private static Set<String> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(unquoted);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    public void shouldUseTheSameArgumentsInEnglishAndGerman() throws IOException {
        Properties en = load("contract-sla.properties");
        Properties de = load("contract-sla_de.properties");
        Set<String> differ = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (de.containsKey(key) && !arguments(en.getProperty(key)).equals(arguments(de.getProperty(key)))) {
                differ.add(key + " " + arguments(en.getProperty(key)) + " / " + arguments(de.getProperty(key)));
            }
        }
        assertEquals(Set.of(), differ);
    }

    private static List<String> absent(Properties bundle, String... keys) {
        List<String> absent = new java.util.ArrayList<>();
        for (String k : keys) {
            if (!bundle.containsKey(k)) {
                absent.add(k);
            }
        }
        return absent;
    }
}
