package org.contractsla.core.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contractsla.core.policy.QuotaWindow;
import org.junit.Test;

/** What every {@link QuotaLedger} must do; run against each implementation. */
public abstract class QuotaLedgerPortTest {

    private static final QuotaWindow MARCH = QuotaWindow.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final QuotaWindow APRIL = QuotaWindow.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    /** @return an empty ledger */
    protected abstract QuotaLedger create();

    @Test
    public void shouldBookOneUnitPerRequestUpToTheLimit() {
        QuotaLedger ledger = create();
        assertTrue(ledger.claim("K-1", "1", MARCH_31, MARCH, 2).isGranted());
        assertEquals(2, ledger.claim("K-1", "2", MARCH_31, MARCH, 2).used());
        assertTrue("the same request again keeps its unit", ledger.claim("K-1", "2", MARCH_31, MARCH, 2).isGranted());
        assertFalse(ledger.claim("K-1", "3", MARCH_31, MARCH, 2).isGranted());
        assertEquals(2, ledger.used("K-1", MARCH));
        // another contract and another month count apart
        assertTrue(ledger.claim("K-2", "3", MARCH_31, MARCH, 2).isGranted());
        assertTrue(ledger.claim("K-1", "4", APRIL_1, APRIL, 2).isGranted());
        assertEquals(1, ledger.used("K-1", APRIL));
    }

    @Test
    public void shouldGiveUnitsBack() {
        QuotaLedger ledger = create();
        ledger.claim("K-1", "1", MARCH_31, MARCH, 1);
        assertTrue(ledger.holds("K-1", "1", MARCH));
        assertFalse(ledger.holds("K-1", "1", APRIL));
        assertTrue(ledger.release("1"));
        assertFalse(ledger.release("1"));
        assertEquals(0, ledger.used("K-1", MARCH));
        assertTrue(ledger.claim("K-1", "2", MARCH_31, MARCH, 1).isGranted());
    }

    @Test
    public void shouldRememberChecksUntilTheRequestIsReleased() {
        QuotaLedger ledger = create();
        assertFalse(ledger.known("1"));
        ledger.recordCheck("1", "jdoe");
        ledger.recordCheck("1", "mmax"); // checked again: the later reporter counts
        ledger.recordCheck("2", null);
        ledger.claim("K-1", "3", MARCH_31, MARCH, 5);
        assertEquals(java.util.Optional.of(new QuotaLedger.Check("1", "mmax")), ledger.check("1"));
        assertEquals(java.util.Optional.of(new QuotaLedger.Check("2", null)), ledger.check("2"));
        assertTrue(ledger.known("1"));
        assertTrue(ledger.known("3")); // a unit booked before checks were recorded
        assertEquals(java.util.Set.of("1", "2", "3"), ledger.requestIds());
        assertEquals(java.util.Optional.of("K-1"), ledger.contractOf("3"));
        assertEquals(java.util.Optional.empty(), ledger.contractOf("1"));
        assertFalse(ledger.release("1"));
        assertFalse(ledger.known("1"));
        assertEquals(java.util.Set.of("2", "3"), ledger.requestIds());
    }

    @Test
    public void shouldFollowAReporterWhoseKeyChanged() {
        QuotaLedger ledger = create();
        ledger.recordCheck("1", "anna");
        ledger.recordCheck("2", "lars");
        ledger.recordCheck("3", null);
        ledger.recordCheck("4", "anna", "K-9");
        assertEquals(java.util.Optional.of(new QuotaLedger.Check("4", "anna", "K-9")), ledger.check("4"));
        ledger.release("4");
        assertEquals(1, ledger.changeReporterKey("anna", "JIRAUSER10500"));
        assertEquals(java.util.Optional.of(new QuotaLedger.Check("1", "JIRAUSER10500")), ledger.check("1"));
        assertEquals(java.util.Optional.of(new QuotaLedger.Check("2", "lars")), ledger.check("2"));
        assertEquals(0, ledger.changeReporterKey("anna", "x"));
    }

    @Test
    public void shouldRecordTheAdoptionOnceAndKeepItOutOfTheRequests() {
        QuotaLedger ledger = create();
        assertEquals(java.util.Optional.empty(), ledger.adoptedAt());
        java.time.Instant first = java.time.Instant.parse("2026-05-31T02:40:00Z");
        ledger.adopt(first);
        ledger.adopt(first.plusSeconds(60));
        assertEquals(java.util.Optional.of(first), ledger.adoptedAt());
        assertEquals(java.util.Set.of(), ledger.requestIds());
    }

    @Test
    public void shouldGiveBackEveryUnitOfAContractThatIsGone() {
        QuotaLedger ledger = create();
        ledger.claim("K-1", "1", MARCH_31, MARCH, 5);
        ledger.claim("K-1", "2", APRIL_1, APRIL, 5);
        ledger.claim("K-2", "3", MARCH_31, MARCH, 5);
        assertEquals(2, ledger.releaseContract("K-1"));
        assertEquals(0, ledger.used("K-1", MARCH) + ledger.used("K-1", APRIL));
        assertEquals(1, ledger.used("K-2", MARCH));
        assertEquals(0, ledger.releaseContract("K-1"));
    }

    @Test
    public void shouldNeverOversubscribeUnderConcurrentClaims() throws Exception {
        QuotaLedger ledger = create();
        int limit = 25;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = String.valueOf(i);
            Callable<Boolean> claim = () -> {
                start.await();
                return ledger.claim("K-1", id, MARCH_31, MARCH, limit).isGranted();
            };
            results.add(pool.submit(claim));
        }
        start.countDown();
        int granted = 0;
        for (Future<Boolean> f : results) {
            granted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(limit, granted);
        assertEquals(limit, ledger.used("K-1", MARCH));
    }
}
