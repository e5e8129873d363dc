package org.contractsla.jira.store.ao;

import org.contractsla.core.contract.Contracts;

/** Stores on a database that can be made to fail, for the REST tests outside this package. */
public final class FailingStores {

    private FailingStores() {
    }

    /** An in-memory database and the contracts store on it. */
    public static final class Database {
        private final FakeActiveObjects ao = new FakeActiveObjects();
        private final ActiveObjectsContracts contracts = new ActiveObjectsContracts(ao.asActiveObjects(),
                FakeActiveObjects.locks());

        public Contracts contracts() {
            return contracts;
        }

        /** The database goes away once that many more rows have been written. */
        public void failAfterRows(int rows) {
            ao.failCreateAfter = rows;
        }
    }

    public static Database database() {
        return new Database();
    }
}
