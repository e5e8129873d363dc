package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.core.severity.SeverityChangesPortTest;
import org.junit.Test;

public class ActiveObjectsSeverityChangesTest extends SeverityChangesPortTest {

    private FakeActiveObjects ao;

    @Override
    protected SeverityChanges create() {
        ao = new FakeActiveObjects();
        return new ActiveObjectsSeverityChanges(ao.asActiveObjects());
    }

    @Test
    public void shouldLeaveOutARowOfALevelThisReleaseDoesNotKnow() {
        Map<String, Object> row = new HashMap<>(Map.of(SeverityChangeEntity.REQUEST_ID, "10001",
                SeverityChangeEntity.CHANGED_AT, 1L, SeverityChangeEntity.TO_LEVEL, "S0",
                SeverityChangeEntity.RULES, "not json"));
        ao.create(SeverityChangeEntity.class, row);
        assertEquals(0, changes.byRequest("10001").size());
    }

    @Test
    public void shouldShowAChangeWhoseReasonsDoNotReadWithoutThemAndKeepNumbersAsTheyWere() {
        for (String rules : new String[] {"not json", "{\"key\":\"x\"}", "[{\"args\":[]}]"}) {
            ao.create(SeverityChangeEntity.class, new HashMap<>(Map.of(SeverityChangeEntity.REQUEST_ID, "10009",
                    SeverityChangeEntity.CHANGED_AT, 1L, SeverityChangeEntity.TO_LEVEL, "S2",
                    SeverityChangeEntity.RULES, rules)));
        }
        assertEquals(3, changes.byRequest("10009").size());
        changes.byRequest("10009").forEach(c -> assertEquals(java.util.List.of(), c.rules()));
        org.contractsla.core.severity.SeverityChange withNumbers = new org.contractsla.core.severity.SeverityChange(
                "10010", java.time.Instant.parse("2026-03-02T09:00:00Z"), "agent", null,
                org.contractsla.core.severity.Severity.S3, null,
                java.util.List.of(org.contractsla.core.Reason.of("entitlement.quota.nearlyUsed", 8L, 10L, "2026-04-01")));
        changes.append(withNumbers);
        assertEquals(withNumbers, changes.byRequest("10010").get(0));
    }
}
