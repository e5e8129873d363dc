package org.contractsla.core.request;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.clock.Goal;
import org.contractsla.core.clock.Pause;
import org.contractsla.core.clock.RequestTimeline;
import org.contractsla.core.clock.SlaClock;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.contractsla.holidays.JollydayPublicHolidays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the clock worker does for one issue event, against the engine's unit of work, in one run, one thread:
 * <ul>
 *   <li>{@code rebuildAndMeasure}: one request's history rebuilt from its issue activity (30 events: statuses that
 *       pause and resume, public and customer comments, resolutions and reopenings) and its three clocks measured
 *       under its entitlement decision on an office calendar with German holidays ({@link IssueActivity#history},
 *       {@link AssessingRequests#measure(RequestHistory, EntitlementDecision, Instant)});</li>
 *   <li>{@code rebuildMeasureAndKeep}: all the worker does for one event ({@link RecomputingClocks#recompute}, in-memory
 *       stores): the decision and severity changes read, the same rebuild and measurement, and the records compared
 *       with the kept ones and replaced;</li>
 *   <li>{@code measureWith10Pauses}: one {@link SlaClock#measure} of an 8 h goal with 10 pauses on the same
 *       calendar, as {@code WorkingTimeBenchmark} measures it.</li>
 * </ul>
 * The target (issue 15): the first at most 20 times the second. {@code recomputeAll100k} runs the recomputation
 * of 100 000 stored requests (in-memory adapters) once per iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class RecomputingBenchmark {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int REQUESTS = 1024;
    private static final int EVENTS = 30;
    private static final long MINUTE = 60_000L;
    static final int ALL = 100_000;

    private RecomputingClocks recomputing;
    private AssessingRequests assessing;
    private EntitlementDecision decision;
    private InMemoryClockRecords records;
    private IssueActivity[] activities;
    private Instant[] nows;
    private RequestTimeline[] timelines;
    private RequestHistory[] histories;
    private MeasuringRequestClocks measuring;
    private Instant[] pauseEnds;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        PublicHolidays holidays = CachingPublicHolidays.of(new JollydayPublicHolidays());
        BusinessCalendar office = BusinessCalendar.builder("office", BERLIN)
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                        DailyInterval.parse("08:00-12:00"), DailyInterval.parse("13:00-17:00")))
                .holidays(HolidayRegion.country("DE")).build();
        Plan plan = Plan.builder("standard")
                .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(Duration.ofHours(8), "office", false))
                .goal(Metric.RESOLUTION, Severity.S3, GoalDefinition.of(Duration.ofHours(40), "office", false))
                .goal(Metric.UPDATE_INTERVAL, Severity.S3, GoalDefinition.of(Duration.ofHours(16), "office", false))
                .build();
        Policy policy = Policy.of(List.of(office), List.of(plan), Set.of("Waiting for customer"));
        InMemoryContracts contracts = new InMemoryContracts();
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "standard", LocalDate.of(2025, 1, 1)).termMonths(60)
                .contacts(List.of("customer")).build());
        InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
        records = new InMemoryClockRecords();
        recomputing = new RecomputingClocks(() -> policy, holidays, contracts, new InMemoryQuotaLedger(), decisions,
                new InMemorySeverityChanges(), records);
        decision = EntitlementDecision.from(List.of(), false, "K-1", "standard", Severity.S3);

        Random r = new Random(42);
        long base = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        activities = new IssueActivity[REQUESTS];
        nows = new Instant[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            Instant created = Instant.ofEpochMilli(base + r.nextInt(330 * 24 * 60) * MINUTE);
            activities[i] = activity(r, created);
            nows[i] = last(activities[i]).plusSeconds(60);
        }
        for (int i = 0; i < ALL; i++) {
            decisions.keep(String.valueOf(i), decision);
        }
        measuring = new MeasuringRequestClocks(org.contractsla.core.policy.CompiledPolicy.of(policy, holidays));
        assessing = new AssessingRequests(measuring, org.contractsla.core.entitlement.CheckingEntitlement.standard(
                () -> policy, contracts, new InMemoryQuotaLedger()), contracts);
        histories = new RequestHistory[REQUESTS];

        for (int i = 0; i < REQUESTS; i++) {
            histories[i] = activities[i].history("SUP-" + i, "standard", Severity.S3, List.of());
        }

        WorkingTimeline engine = WorkingTimeline.of(office, holidays, false);
        Goal goal8h = Goal.of(Duration.ofHours(8), engine);
        timelines = new RequestTimeline[REQUESTS];
        pauseEnds = new Instant[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = base + r.nextInt(330 * 24 * 60) * MINUTE;
            RequestTimeline.Builder b = RequestTimeline.receivedAt(Instant.ofEpochMilli(t), goal8h);
            for (int p = 0; p < 10; p++) {
                long from = t + (5 + r.nextInt(115)) * MINUTE;
                long until = from + (10 + r.nextInt(230)) * MINUTE;
                b.pause(Pause.between(Instant.ofEpochMilli(from), Instant.ofEpochMilli(until)));
                t = until;
            }
            timelines[i] = b.build();
            pauseEnds[i] = Instant.ofEpochMilli(t);
        }
        engine.precompute(Instant.ofEpochMilli(base), Instant.parse("2028-01-01T00:00:00Z"));
    }

    /** 30 events 5 min to 2 h apart: statuses, comments of both sides, a resolution and a reopening. */
    private static IssueActivity activity(Random r, Instant created) {
        List<IssueActivity.StatusChange> statuses = new ArrayList<>();
        List<IssueActivity.ResolutionChange> resolutions = new ArrayList<>();
        List<IssueActivity.Comment> comments = new ArrayList<>();
        statuses.add(new IssueActivity.StatusChange(created, "Open"));
        Instant at = created;
        boolean waiting = false;
        boolean resolved = false;
        for (int e = 0; e < EVENTS; e++) {
            at = at.plusSeconds(60L * (5 + r.nextInt(115)));
            int kind = r.nextInt(10);
            if (kind < 4) {
                comments.add(new IssueActivity.Comment(at, "agent", true, true));
            } else if (kind < 6) {
                comments.add(new IssueActivity.Comment(at, "customer", true, false));
            } else if (kind < 9) {
                waiting = !waiting;
                statuses.add(new IssueActivity.StatusChange(at, waiting ? "Waiting for customer" : "In progress"));
            } else {
                resolved = !resolved;
                resolutions.add(new IssueActivity.ResolutionChange(at, resolved));
            }
        }
        return new IssueActivity(created, "customer", statuses, resolutions, comments);
    }

    private static Instant last(IssueActivity a) {
        Instant last = a.created();
        for (RequestHistory.Entry e : a.history("x", "standard", Severity.S3, List.of()).entries()) {
            last = e.at().isAfter(last) ? e.at() : last;
        }
        return last;
    }

    private int nextIndex() {
        next = (next + 1) & (REQUESTS - 1);
        return next;
    }

    @Benchmark
    public RequestAssessment rebuildAndMeasure() {
        int i = nextIndex();
        return assessing.measure(activities[i].history("SUP-" + i, "standard", Severity.S3, List.of()), decision,
                nows[i]);
    }

    @Benchmark
    public boolean rebuildMeasureAndKeep() {
        int i = nextIndex();
        return recomputing.recompute(String.valueOf(i), "SUP-" + i, activities[i], nows[i]);
    }

    /** Part of {@code rebuildAndMeasure}: the history read from the activity alone. */
    @Benchmark
    public RequestHistory historyOnly() {
        int i = nextIndex();
        return activities[i].history("SUP-" + i, "standard", Severity.S3, List.of());
    }

    /** Part of {@code rebuildAndMeasure}: the three clocks measured on a history built before. */
    @Benchmark
    public Object measureOnly() {
        int i = nextIndex();
        return measuring.measure(histories[i], nows[i]);
    }

    /** Part of {@code rebuildAndMeasure}: the assessment (decision read, three clocks measured) on a history built before. */
    @Benchmark
    public RequestAssessment assessOnly() {
        int i = nextIndex();
        return assessing.measure(histories[i], decision, nows[i]);
    }

    @Benchmark
    public ClockMeasurement measureWith10Pauses() {
        int i = nextIndex();
        return SlaClock.measure(timelines[i], pauseEnds[i]);
    }

    /** 100 000 requests, each rebuilt and measured, its records kept: one run per iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RecomputationProgress recomputeAll100k() {
        RecomputingAll all = new RecomputingAll(each -> {
            for (int i = 0; i < ALL; i++) {
                each.accept(String.valueOf(i));
            }
        }, records, id -> {
            int i = Integer.parseInt(id) & (REQUESTS - 1);
            return recomputing.recompute(id, "SUP-" + id, activities[i], nows[i]);
        }, new RecomputationProgress.InMemory(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        return all.run("bench");
    }
}
