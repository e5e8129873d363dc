package org.contractsla.jira.listener;

import static org.mockito.Mockito.mock;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.lang.reflect.Proxy;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryAccounts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.jira.user.ContactMatching;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The quota listener's time on Jira's event thread, per event: everything it does but read the event's three
 * fields (in Jira plain getters; a mock of the final class IssueEvent costs microseconds and would hide the rest).
 * Jira's objects are dynamic proxies of the stand-in interfaces; what reading them costs is in
 * {@link #readIssueOnly}.
 * <ul>
 * <li>{@code readIssueOnly}: reads what the listener reads from the issue, and nothing else (the baseline);</li>
 * <li>{@code otherProject}: an issue created outside the support projects, dropped at once;</li>
 * <li>{@code supportProject}: an issue created in a support project, unpacked and queued; the benchmark takes it
 * off the queue again unhandled, as the worker would on its own thread.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class QuotaListenerBenchmark {

    private QuotaListener listener;
    private QuotaQueue queue;
    private Issue inSupport;
    private Issue elsewhere;
    private final Date now = new Date();

    @Setup
    public void setUp() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
                List.of(Plan.builder("basic").quota(CaseQuota.of(10, QuotaPeriod.MONTH)).build()), Set.of())
                .withSupportProjects(Set.of("SUP", "HELP"));
        InMemoryPolicyStore policies = new InMemoryPolicyStore(policy);
        InMemoryContracts contracts = new InMemoryContracts();
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        queue = new QuotaQueue(new CountingRequests(policies::current, contracts, new InMemoryQuotaLedger(),
                new org.contractsla.core.entitlement.InMemoryRequestDecisions()),
                new ContactMatching(new InMemoryAccounts(), policies, contracts), QuotaQueue.CAPACITY, attempt -> { },
                issueId -> true);
        listener = new QuotaListener(mock(EventPublisher.class), queue, policies, System::nanoTime);
        inSupport = event(10001L, "SUP");
        elsewhere = event(10002L, "DEV");
    }

    private static Issue event(long id, String projectKey) {
        Project project = proxy(Project.class, Map.of("getId", 10000L, "getKey", projectKey));
        ApplicationUser reporter = proxy(ApplicationUser.class, Map.of("getKey", "jdoe"));
        Timestamp created = Timestamp.from(Instant.parse("2026-05-05T10:00:00Z"));
        Issue issue = proxy(Issue.class, Map.of("getId", id, "getKey", projectKey + "-" + id, "getProjectObject",
                project, "getReporter", reporter, "getCreated", created, "isSubTask", false));
        return issue;
    }

    /** Jira's interfaces are implemented by proxies (never by classes of ours): each getter answers its value. */
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answers.get(method.getName())));
    }

    @Benchmark
    public void readIssueOnly(Blackhole bh) {
        Issue issue = inSupport;
        bh.consume(issue.getId());
        bh.consume(issue.getKey());
        bh.consume(issue.getProjectObject().getKey());
        bh.consume(issue.isSubTask());
        bh.consume(issue.getCreated());
        bh.consume(issue.getReporter().getKey());
    }

    @Benchmark
    public void otherProject() {
        listener.handle(EventType.ISSUE_CREATED_ID, elsewhere, now);
    }

    @Benchmark
    public IssueChange supportProject() {
        listener.handle(EventType.ISSUE_CREATED_ID, inSupport, now);
        return queue.poll();
    }
}
