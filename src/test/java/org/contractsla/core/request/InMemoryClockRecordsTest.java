package org.contractsla.core.request;

public class InMemoryClockRecordsTest extends ClockRecordsPortTest {

    @Override
    protected ClockRecords create() {
        return new InMemoryClockRecords();
    }
}
