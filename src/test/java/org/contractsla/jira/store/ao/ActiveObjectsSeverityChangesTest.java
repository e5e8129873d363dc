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
}
