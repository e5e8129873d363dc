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
import org.contractsla.core.contract.Organization;
import org.contractsla.core.contract.Page;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.junit.After;
import org.junit.Test;

/** Two administrators change the same things at the same moment. */
public class AdministratorsAtOnceTest {

    private static final String CONTRACT_ON_DEMO = "{\"customerNumber\":\"D-1\",\"organization\":\"nordlicht\","
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
        ContractsResource contractsResource = f.contracts(admin, f.contracts);
        AtomicReference<Future<Response>> creation = new AtomicReference<>();
        // right after the deletion has counted the plan's contracts, the other administrator stores one on it
        Contracts countThenRace = new Delegating(f.contracts) {
            @Override
            public int countByPlan(String planId) {
                int count = super.countByPlan(planId);
                Future<Response> other = otherAdmin.submit(() -> contractsResource.create(RestFixture.json(),
                        RestFixture.in(CONTRACT_ON_DEMO)));
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

        Response deletion = new PlansResource(admin, f.policies, countThenRace, f.decisions, f.planChanges, RestFixture.HOLIDAYS, Audit.NONE)
                .delete("demo", RestFixture.json());
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

    @Test
    public void shouldTellTheSecondOfTwoAdministratorsDeletingAPlanThatItIsGone() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Callers admin = () -> RestFixture.ADMIN;
        // the other administrator's deletion lands after this one has looked but before it holds the lock
        AtomicReference<Response> other = new AtomicReference<>();
        PolicyStore otherFirst = new PolicyStore() {
            @Override
            public Policy current() {
                return f.policies.current();
            }

            @Override
            public Policy update(java.util.function.UnaryOperator<Policy> change) {
                if (other.get() == null) {
                    other.set(new PlansResource(admin, f.policies, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS, Audit.NONE)
                            .delete("demo", RestFixture.json()));
                }
                return f.policies.update(change);
            }

            @Override
            public <T> T withCurrent(java.util.function.Function<Policy, T> action) {
                return f.policies.withCurrent(action);
            }
        };

        Response mine = new PlansResource(admin, otherFirst, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS, Audit.NONE)
                .delete("demo", RestFixture.json());

        assertEquals(204, other.get().getStatus());
        assertEquals("only one of them deleted it", 404, mine.getStatus());
        assertTrue(f.policies.current().plan("demo").isEmpty());
    }

    @Test
    public void shouldAnswerWithWhatWasStoredEvenIfItIsDeletedRightAfter() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Callers admin = () -> RestFixture.ADMIN;
        // the other administrator deletes the plan the moment this one's change is stored
        PolicyStore deletedRightAfter = new PolicyStore() {
            @Override
            public Policy current() {
                return f.policies.current();
            }

            @Override
            public Policy update(java.util.function.UnaryOperator<Policy> change) {
                Policy stored = f.policies.update(change);
                new PlansResource(admin, f.policies, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS, Audit.NONE).delete("gold", RestFixture.json());
                return stored;
            }

            @Override
            public <T> T withCurrent(java.util.function.Function<Policy, T> action) {
                return f.policies.withCurrent(action);
            }
        };

        Response put = new PlansResource(admin, deletedRightAfter, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS, Audit.NONE)
                .put("gold", RestFixture.json(), RestFixture.in("{\"goals\":{},\"channels\":[\"portal\"]}"));

        assertEquals(200, put.getStatus());
        assertEquals("gold", RestFixture.body(put).get("id").asText());
        assertTrue(f.policies.current().plan("gold").isEmpty());
    }

    @Test
    public void shouldAnswerNotFoundWhenTheContractIsDeletedWhileItIsBeingReplaced() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Callers admin = () -> RestFixture.ADMIN;
        Contracts deletedMeanwhile = new Delegating(f.contracts) {
            @Override
            public void replace(Contract contract) {
                f.contracts.remove(contract.customerNumber()); // the other administrator was quicker
                super.replace(contract);
            }
        };
        String body = "{\"customerNumber\":\"PL-2207\",\"organization\":\"wisla\","
                + "\"plan\":\"standard\",\"start\":\"2025-02-01\",\"termMonths\":12,"
                + "\"contacts\":[\"ops@wisla.example\"]}";

        Response replaced = f.contracts(admin, deletedMeanwhile)
                .replace("PL-2207", RestFixture.json(), RestFixture.in(body));

        assertEquals(404, replaced.getStatus());
        assertTrue(f.contracts.byCustomerNumber("PL-2207").isEmpty());
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
        public List<Contract> byContact(String userKey) {
            return target.byContact(userKey);
        }

        @Override
        public boolean update(String customerNumber, java.util.function.UnaryOperator<Contract> change) {
            return target.update(customerNumber, change);
        }

        @Override
        public List<Contract> awaiting(String address) {
            return target.awaiting(address);
        }

        @Override
        public boolean resolveContact(String customerNumber, String address, String userKey) {
            return target.resolveContact(customerNumber, address, userKey);
        }

        @Override
        public List<Contract> byOrganization(String organizationId) {
            return target.byOrganization(organizationId);
        }

        @Override
        public int countByPlan(String planId) {
            return target.countByPlan(planId);
        }

        @Override
        public int countByOrganization(String organizationId) {
            return target.countByOrganization(organizationId);
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
        public Optional<Organization> organization(String id) {
            return target.organization(id);
        }

        @Override
        public List<Organization> organizations() {
            return target.organizations();
        }

        @Override
        public void putOrganization(Organization organization) {
            target.putOrganization(organization);
        }

        @Override
        public boolean removeOrganization(String id) {
            return target.removeOrganization(id);
        }

        @Override
        public void replaceAll(List<Organization> organizations, List<Contract> contracts) {
            target.replaceAll(organizations, contracts);
        }
    }
}
