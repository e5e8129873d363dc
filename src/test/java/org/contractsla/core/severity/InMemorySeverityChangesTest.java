package org.contractsla.core.severity;

public class InMemorySeverityChangesTest extends SeverityChangesPortTest {

    @Override
    protected SeverityChanges create() {
        return new InMemorySeverityChanges();
    }
}
