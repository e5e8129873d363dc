package org.contractsla.core.contract;

public class InMemoryContractsTest extends ContractsPortTest {

    @Override
    protected Contracts create() {
        return new InMemoryContracts();
    }
}
