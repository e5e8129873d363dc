package org.contractsla.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/** Texts as readers see them: plurals by the message format, German in one style of address. */
public class MessagesTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages DE = new Messages(Locale.GERMAN);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    @Test
    public void shouldCountTheDaysLeftOfAContractInBothLanguages() {
        Object[][] rows = {
            // days left, English, German
            {0L, "(it ends today)", "(er endet heute)"},
            {1L, "(1 day from today)", "(noch 1 Tag)"},
            {2L, "(2 days from today)", "(noch 2 Tage)"},
            {21L, "(21 days from today)", "(noch 21 Tage)"}};
        for (Object[] row : rows) {
            String en = EN.text("entitlement.contract.endingSoon", LAST_DAY, row[0]);
            String de = DE.text("entitlement.contract.endingSoon", LAST_DAY, row[0]);
            assertTrue(en, en.startsWith("Your contract runs until December 31, 2025 " + row[1] + "."));
            assertTrue(de, de.startsWith("Ihr Vertrag l\u00e4uft bis zum 31. Dezember 2025 " + row[2] + "."));
        }
    }

    @Test
    public void shouldWriteQuotasOfOneRequestInTheSingular() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertEquals("The only request of this period (January 1, 2026 to March 31, 2026) has been used.",
                EN.text("entitlement.quota.usedUp", 1, 1, from, to));
        assertEquals("All 10 requests of this period (January 1, 2026 to March 31, 2026) have been used.",
                EN.text("entitlement.quota.usedUp", 10, 10, from, to));
        assertEquals("Die einzige Anfrage dieses Zeitraums (1. Januar 2026 bis 31. M\u00e4rz 2026) ist aufgebraucht.",
                DE.text("entitlement.quota.usedUp", 1, 1, from, to));
        assertEquals("This request uses up the only request of this period (the period ends on March 31, 2026).",
                EN.text("entitlement.quota.nearlyUsed", 1, 1, to));
        assertEquals("Mit dieser Anfrage sind 8 von 10 Anfragen dieses Zeitraums verbraucht (der Zeitraum endet am "
                + "31. M\u00e4rz 2026).", DE.text("entitlement.quota.nearlyUsed", 8, 10, to));
        assertEquals("Plan \"basic\" cannot be removed: 1 contract is on it.", EN.text("rest.error.plan.inUse", "basic", 1));
        assertEquals("Der Plan \u201ebasic\u201c kann nicht entfernt werden: 3 Vertr\u00e4ge laufen darauf.",
                DE.text("rest.error.plan.inUse", "basic", 3));
    }

    @Test
    public void shouldNameTheMetricsAsTheSupportPoliciesDo() {
        assertEquals("Reaktionszeit", DE.text("metric.firstresponse.name"));
        assertEquals("L\u00f6sungszeit", DE.text("metric.resolution.name"));
        assertEquals("Aktualisierungsintervall", DE.text("metric.updateinterval.name"));
    }

    @Test
    public void shouldAddressGermanReadersAsSieThroughout() throws IOException {
        Properties de = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get("i18n", "contract-sla_de.properties"))) {
            de.load(in);
        }
        Set<String> offending = new TreeSet<>();
        for (String key : de.stringPropertyNames()) {
            String text = de.getProperty(key);
            // "Bitte ... angeben" without a subject is the infinitive style; "du" and "dein" the familiar one
            boolean asksSomething = text.matches("(?s).*\\b[Bb]itte\\b.*")
                    || text.matches("(?s).*\\b(angeben|eingeben|ausw\u00e4hlen|w\u00e4hlen|verteilen|speichern|pr\u00fcfen"
                            + "|\u00e4ndern|verwenden|nutzen|eintragen|hinzuf\u00fcgen)\\b[.!]?\\s*$");
            boolean infinitive = asksSomething && !text.matches("(?s).*\\bSie\\b.*");
            boolean familiar = text.matches("(?s).*\\b(du|Du|dein\\w*|Dein\\w*|dich|dir)\\b.*");
            if (infinitive || familiar) {
                offending.add(key + "=" + text);
            }
        }
        assertEquals(Set.of(), offending);
    }
}
