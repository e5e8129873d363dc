package org.contractsla.architecture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Jira would only find out when the app is installed: the descriptor names classes that exist, in its
 * commented sections, and every component Spring Scanner builds can have its constructor filled — each parameter
 * one of our components (exactly one implements it) or an Atlassian service imported with {@code @ComponentImport}.
 */
public class PluginWiringTest {

    private static final List<Class<?>> MAIN = main();

    private static List<Class<?>> main() {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.contractsla")) {
            try {
                classes.add(Class.forName(c.getName()));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        return classes;
    }

    private static Document descriptor() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("atlassian-plugin.xml"));
    }

    /** Classes Jira builds with their constructors filled: components, REST resources, module classes. */
    private static List<Class<?>> built() throws Exception {
        Set<Class<?>> built = new HashSet<>();
        for (Class<?> c : MAIN) {
            if (c.isAnnotationPresent(Named.class) || c.isAnnotationPresent(javax.ws.rs.Path.class)) {
                built.add(c);
            }
        }
        NodeList all = descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String name : List.of(e.getAttribute("class"), e.getTagName().equals("validator-class")
                    ? e.getTextContent().trim() : "")) {
                if (name.startsWith("org.contractsla.")) {
                    built.add(Class.forName(name));
                }
            }
        }
        return new ArrayList<>(built);
    }

    @Test
    public void shouldNameOnlyClassesThatExistInTheDescriptor() throws Exception {
        Document d = descriptor();
        NodeList all = d.getElementsByTagName("*");
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            List<String> names = new ArrayList<>();
            names.add(e.getAttribute("class"));
            if (List.of("entity", "upgradeTask", "validator-class").contains(e.getTagName())) {
                names.add(e.getTextContent().trim());
            }
            for (String name : names) {
                if (name.startsWith("org.contractsla.") && MAIN.stream().noneMatch(c -> c.getName().equals(name))) {
                    missing.add(name);
                }
            }
            if (e.getTagName().equals("package") && MAIN.stream().noneMatch(c -> c.getPackageName().equals(
                    e.getTextContent().trim()))) {
                missing.add(e.getTextContent().trim());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void shouldPutEachModuleInItsCommentedSectionInTheDescribedOrder() throws Exception {
        String xml = java.nio.file.Files.readString(new File("atlassian-plugin.xml").toPath());
        Matcher sections = Pattern.compile("<!-- (\\d+) ").matcher(xml);
        int last = 0;
        while (sections.find()) {
            int n = Integer.parseInt(sections.group(1));
            assertTrue("section " + n + " after section " + last, n > last);
            last = n;
        }
        assertTrue("sections are numbered", last > 0);
        // the header names each section as the section's own comment begins, and no section is left out
        Matcher header = Pattern.compile("(\\d+) ([^,]+?)(?: \\([^)]*\\))?(?:,|\\.\\s)").matcher(
                xml.substring(xml.indexOf("Sections in a fixed order:"), xml.indexOf("-->")));
        int listed = 0;
        while (header.find()) {
            listed++;
            String name = header.group(1) + " " + header.group(2).replaceAll("\\s+", " ").trim();
            assertTrue("a section comment beginning \"" + name + "\"", xml.contains("<!-- " + name));
        }
        assertEquals("every section the header lists", last, listed);
    }

    @Test
    public void shouldFillEveryConstructorOfWhatJiraBuilds() throws Exception {
        Set<Class<?>> imported = new HashSet<>();
        for (Class<?> c : MAIN) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                for (Parameter p : k.getParameters()) {
                    if (p.isAnnotationPresent(ComponentImport.class)) {
                        imported.add(p.getType());
                    }
                }
            }
        }
        Set<String> problems = new TreeSet<>();
        for (Class<?> c : built()) {
            Constructor<?> k = constructor(c);
            if (k == null) {
                problems.add(c.getSimpleName() + ": no public constructor for Jira to call");
                continue;
            }
            for (Parameter p : k.getParameters()) {
                Class<?> type = p.getType();
                if (type.getName().startsWith("com.atlassian.")) {
                    if (!imported.contains(type)) {
                        problems.add(c.getSimpleName() + ": " + type.getSimpleName() + " is imported nowhere");
                    }
                    continue;
                }
                long components = MAIN.stream().filter(o -> o.isAnnotationPresent(Named.class)
                        && !Modifier.isAbstract(o.getModifiers()) && type.isAssignableFrom(o)).count();
                if (components != 1) {
                    problems.add(c.getSimpleName() + ": " + components + " components are a " + type.getSimpleName());
                }
            }
        }
        assertEquals(Set.of(), problems);
    }

    /** @return the constructor Spring or the module loader calls: the one marked @Inject, else the only public one */
    private static Constructor<?> constructor(Class<?> c) {
        Constructor<?> only = null;
        int publicOnes = 0;
        for (Constructor<?> k : c.getConstructors()) {
            if (k.isAnnotationPresent(Inject.class)) {
                return k;
            }
            publicOnes++;
            only = k;
        }
        return publicOnes == 1 ? only : null;
    }
}
