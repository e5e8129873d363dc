package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.ContractsPortTest;
import org.junit.Test;

public class ActiveObjectsContractsTest extends ContractsPortTest {

    private FakeActiveObjects ao;

    @Override
    protected Contracts create() {
        ao = new FakeActiveObjects();
        return new ActiveObjectsContracts(ao.asActiveObjects(), FakeActiveObjects.locks());
    }

    @Test
    public void shouldKeepOneRowPerContractAndOnePerContact() {
        assertEquals(3, ao.rows(ContractEntity.class));
        assertEquals(4, ao.rows(ContactEntity.class));
    }

    @Test
    public void shouldLeaveEverythingWhenAnImportFailsHalfway() {
        ao.failCreateAfter = 2; // the database goes away while the new contracts are written
        try {
            contracts.replaceAll(List.of(org.contractsla.core.contract.Organization.of("new", "New")),
                    List.of(Contract.builder("N-1", "new", "basic", LocalDate.of(2026, 1, 1))
                            .contacts(List.of("a", "b", "c")).build()));
            fail("import succeeded although the database failed");
        } catch (org.contractsla.core.StorageUnavailableException expected) {
            // reported to the caller as a store that can be tried again
        }
        assertEquals(3, contracts.search("", 0, 10).total());
        assertEquals(2, contracts.byContact("jdoe").size());
        assertEquals(2, contracts.organizations().size());
    }
}
