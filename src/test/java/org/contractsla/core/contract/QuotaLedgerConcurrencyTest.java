package org.contractsla.core.contract;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.QuotaWindow;
import org.junit.Test;

/** Many requests opened at once never take more units than the quota has. */
public class QuotaLedgerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int REQUESTS = 400;
    private static final int LIMIT = 37;

    @Test
    public void shouldNeverOversubscribeUnderConcurrentOpens() throws Exception {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneId.of("UTC"))),
                List.of(Plan.builder("basic").quota(CaseQuota.of(LIMIT, QuotaPeriod.MONTH)).build()), Set.of());
        InMemoryContracts contracts = new InMemoryContracts();
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("C-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe")).build());
        QuotaLedger ledger = new InMemoryQuotaLedger();
        CheckingEntitlement checking = CheckingEntitlement.standard(() -> policy, contracts, ledger);
        EntitlementRequest request = EntitlementRequest.builder(Channel.PORTAL, Instant.parse("2026-05-05T10:00:00Z"))
                .reporter("jdoe").build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String id = String.valueOf(i);
            Callable<Boolean> open = () -> {
                start.await();
                return checking.open(request, id).quotaUnitHeld();
            };
            results.add(pool.submit(open));
        }
        start.countDown();
        int held = 0;
        for (Future<Boolean> f : results) {
            held += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(LIMIT, held);
        assertEquals(LIMIT, ledger.used("C-1", QuotaWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))));
    }
}
