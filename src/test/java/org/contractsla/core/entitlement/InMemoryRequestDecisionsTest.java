package org.contractsla.core.entitlement;

public class InMemoryRequestDecisionsTest extends RequestDecisionsPortTest {

    @Override
    protected RequestDecisions create() {
        return new InMemoryRequestDecisions();
    }
}
