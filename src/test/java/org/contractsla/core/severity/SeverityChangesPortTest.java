package org.contractsla.core.severity;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import org.contractsla.core.Reason;
import org.junit.Before;
import org.junit.Test;

/** What every {@link SeverityChanges} store must do; each store's test extends this with its own store. */
public abstract class SeverityChangesPortTest {

    protected SeverityChanges changes;

    protected abstract SeverityChanges create();

    @Before
    public void setUpStore() {
        changes = create();
    }

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    public void shouldKeepEveryChangeInTheOrderItHappenedWithItsReasons() {
        SeverityChange second = new SeverityChange("10001", T.plusSeconds(60), "agent", Severity.S3, Severity.S2,
                "customer called: \u00e4\u00f6\u00fc", List.of(Reason.of("severity.rule.s1Checklist.unanswered"),
                        Reason.of("severity.rule.productionGate.downgraded", "S1", "environment.test")));
        SeverityChange first = new SeverityChange("10001", T, null, null, Severity.S3, null, List.of());
        SeverityChange sameInstant = new SeverityChange("10001", T.plusSeconds(60), "agent", Severity.S2, Severity.S1,
                null, List.of());
        changes.append(second);
        changes.append(first);
        changes.append(sameInstant);
        changes.append(new SeverityChange("10002", T, "lars", null, Severity.S4, null, List.of()));
        assertEquals(List.of(first, second, sameInstant), changes.byRequest("10001"));
        assertEquals(List.of(), changes.byRequest("10003"));
    }

    @Test
    public void shouldFollowAUsersNewKeyInTheChangesTheyMade() {
        changes.append(new SeverityChange("10001", T, "anna", null, Severity.S3, null, List.of()));
        changes.append(new SeverityChange("10001", T.plusSeconds(60), "lars", Severity.S3, Severity.S2, null,
                List.of()));
        changes.append(new SeverityChange("10002", T, "anna", null, Severity.S1, null, List.of()));
        assertEquals(2, changes.countByUser("anna"));
        assertEquals(1, changes.countByUser("lars"));
        assertEquals(2, changes.changeUserKey("anna", "JIRAUSER10500"));
        assertEquals(0, changes.countByUser("anna"));
        assertEquals("JIRAUSER10500", changes.byRequest("10001").get(0).userKey());
        assertEquals("lars", changes.byRequest("10001").get(1).userKey());
        assertEquals("JIRAUSER10500", changes.byRequest("10002").get(0).userKey());
        assertEquals(0, changes.changeUserKey("anna", "JIRAUSER10500"));
    }
}
