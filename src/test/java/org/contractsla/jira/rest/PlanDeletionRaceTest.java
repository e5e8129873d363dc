package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.core.Response;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.Page;
import org.junit.After;
import org.junit.Test;

/** One administrator deletes a plan while another stores a contract on it. */
public class PlanDeletionRaceTest {

    private static final String CONTRACT_ON_DEMO = "{\"customerNumber\":\"D-1\",\"organization\":\"Demo AG\","
            + "\"plan\":\"demo\",\"start\":\"2025-05-01\",\"termMonths\":1,\"contacts\":[\"it@demo.example\"]}";

    private final ExecutorService otherAdmin = Executors.newSingleThreadExecutor();

    @After
    public void stop() {
        otherAdmin.shutdownNow();
    }

    @Test
    public void shouldNeverLeaveAContractOnAPlanThatIsGone() throws Exception {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Callers admin = () -> RestFixture.ADMIN;
        ContractsResource contractsResource = new ContractsResource(admin, f.contracts, f.policies);
        AtomicReference<Future<Response>> creation = new AtomicReference<>();
        // right after the deletion has counted the plan's contracts, the other administrator stores one on it
        Contracts countThenRace = new Delegating(f.contracts) {
            @Override
            public int countByPlan(String planId) {
                int count = super.countByPlan(planId);
                Future<Response> other = otherAdmin.submit(() -> contractsResource.create(RestFixture.json(),
                        CONTRACT_ON_DEMO));
                creation.set(other);
                try {
                    other.get(300, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // it waits for the deletion to finish
                } catch (InterruptedException | ExecutionException e) {
                    throw new AssertionError(e);
                }
                return count;
            }
        };

        Response deletion = new PlansResource(admin, f.policies, countThenRace).delete("demo", RestFixture.json());
        Response created = creation.get().get(5, TimeUnit.SECONDS);

        boolean planGone = f.policies.current().plan("demo").isEmpty();
        if (planGone) {
            assertEquals(204, deletion.getStatus());
            assertEquals("the contract was refused", 400, created.getStatus());
            assertEquals(0, f.contracts.countByPlan("demo"));
        } else {
            assertEquals(409, deletion.getStatus());
            assertEquals(201, created.getStatus());
        }
        assertTrue(planGone || f.contracts.countByPlan("demo") == 1);
    }

    /** Passes every call on. */
    private static class Delegating implements Contracts {
        private final Contracts target;

        Delegating(Contracts target) {
            this.target = target;
        }

        @Override
        public Optional<Contract> byCustomerNumber(String customerNumber) {
            return target.byCustomerNumber(customerNumber);
        }

        @Override
        public List<Contract> byContact(String userKey, String emailAddress) {
            return target.byContact(userKey, emailAddress);
        }

        @Override
        public List<Contract> byOrganization(String organization) {
            return target.byOrganization(organization);
        }

        @Override
        public int countByPlan(String planId) {
            return target.countByPlan(planId);
        }

        @Override
        public Page<Contract> search(String text, int offset, int limit) {
            return target.search(text, offset, limit);
        }

        @Override
        public void add(Contract contract) {
            target.add(contract);
        }

        @Override
        public void replace(Contract contract) {
            target.replace(contract);
        }

        @Override
        public boolean remove(String customerNumber) {
            return target.remove(customerNumber);
        }

        @Override
        public void replaceAll(List<Contract> contracts) {
            target.replaceAll(contracts);
        }
    }
}
