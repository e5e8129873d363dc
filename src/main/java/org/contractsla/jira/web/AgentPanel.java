package org.contractsla.jira.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.contractsla.core.Reason;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.entitlement.ContractStanding;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.MetricClock;
import org.contractsla.core.request.RequestAssessment;
import org.contractsla.core.request.RequestStanding;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.i18n.Messages;

/**
 * What the agents' issue panel shows, as texts in the viewer's language, dates and times in the viewer's zone:
 * severity with its definition, the contract with its plan, term and quota left, the entitlement decision's
 * warnings, and each SLA clock with remaining or overdue working time, due time, state and a bar (amber from
 * {@value #WARN_PERCENT} % of the goal, red once it is overrun). Holds no Jira type, so that Jira's context
 * provider and the preview host build the same panel. The views are immutable; their getters are what the template
 * may call (the descriptor's velocity allowlist names each one).
 */
public final class AgentPanel {

    /** From which share of its goal a running clock's bar turns amber (domain spec §3.5). */
    public static final int WARN_PERCENT = 75;

    private final Messages messages;
    private final DateTimeFormatter dueFormat;
    private final Function<String, String> names;

    /**
     * @param locale the viewer's locale, not null
     * @param zone   the viewer's time zone, not null
     * @param names  a user's name to show, by user key, not null
     */
    public AgentPanel(Locale locale, ZoneId zone, Function<String, String> names) {
        this.messages = new Messages(Objects.requireNonNull(locale, "locale"));
        this.dueFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(Objects.requireNonNull(zone, "zone"));
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * @param standing how the request stands now, not null
     * @return the panel, without the severity form
     */
    public PanelView view(RequestStanding standing) {
        return view(standing, false);
    }

    /**
     * @param standing how the request stands now, not null
     * @param canEdit  whether the viewer may set the severity (a licensed user who may edit the issue)
     * @return the panel
     */
    public PanelView view(RequestStanding standing, boolean canEdit) {
        RequestAssessment assessment = standing.assessment();
        Severity severity = standing.severity();
        ContractStanding contract = standing.contract();
        String severityNote = standing.severitySet() ? null : text("panel.severity.unset", severity.name());
        List<String> notices = new ArrayList<>();
        EntitlementDecision decision = assessment.decision().orElse(null);
        if (decision != null && decision.handling() == EntitlementDecision.Handling.REJECT) {
            notices.add(text("panel.decision.rejected"));
        }
        if (assessment.billable()) {
            notices.add(text("panel.decision.billable"));
        }
        if (decision != null) {
            for (Finding f : decision.findings()) {
                notices.add(forAgents(f.reason()));
            }
        }
        for (Reason note : assessment.notes()) {
            notices.add(text(note));
        }
        List<ClockView> clocks = new ArrayList<>();
        for (Metric m : Metric.values()) {
            MetricClock clock = assessment.clocks().get(m);
            if (clock != null && !isOff(clock)) {
                clocks.add(clock(clock));
            }
        }
        List<String> changes = new ArrayList<>();
        for (SeverityChange c : standing.severityChanges()) {
            String when = dueFormat.format(c.at());
            String line = c.from() == null && c.userKey() == null ? text("panel.severity.change.opened", when,
                    c.to().name())
                    : text("panel.severity.change", when, c.from() == null ? "\u2013" : c.from().name(), c.to().name(),
                            c.userKey() == null ? text("panel.severity.change.byApp") : names.apply(c.userKey()));
            if (c.note() != null) {
                line = line + " " + text("panel.severity.change.reason", c.note());
            }
            for (Reason r : c.rules()) {
                line = line + " " + text(r);
            }
            changes.add(line);
        }
        List<ChoiceView> levels = new ArrayList<>();
        for (Severity s : Severity.values()) {
            levels.add(new ChoiceView(s.name(), s.name() + " " + text(s.nameKey()), s == severity));
        }
        List<ChoiceView> environments = new ArrayList<>();
        for (Environment e : Environment.values()) {
            environments.add(new ChoiceView(org.contractsla.core.EnumIds.id(e), text("environment." +
                    org.contractsla.core.EnumIds.id(e)), e == Environment.PRODUCTION));
        }
        return new PanelView(severity.name(), text(severity.nameKey()), text(severity.definitionKey()),
                severityNote, List.copyOf(changes), contract == null ? null : contract(contract), List.copyOf(notices),
                List.copyOf(clocks), assessment.key(), List.copyOf(levels), List.copyOf(environments), canEdit);
    }

    /** A metric the plan sets no goal for is left out: "no goal" three times tells an agent nothing. */
    private static boolean isOff(MetricClock clock) {
        return clock.absence().map(a -> a == MetricClock.Absence.NO_GOAL).orElse(false);
    }

    private ContractView contract(ContractStanding s) {
        String quota = s.limitedQuota().map(q -> text("panel.contract.quota", q.remaining(), q.cases(),
                q.window().endExclusive().minusDays(1)))
                .orElse(text("panel.contract.quotaUnlimited"));
        return new ContractView(s.contract().customerNumber(), s.organizationName(), s.contract().planId(),
                text("panel.contract.term", s.contract().start(), s.contract().end().minusDays(1)),
                s.inForce() ? null : text("panel.contract.notInForce"), quota);
    }

    private ClockView clock(MetricClock clock) {
        String name = text("metric." + clock.metric().name().toLowerCase(Locale.ROOT).replace("_", "") + ".name");
        if (clock.measurement().isEmpty()) {
            MetricClock.Absence absence = clock.absence().orElseThrow();
            String detail = clock.reason().map(this::text).orElse(null);
            return new ClockView(name, "none", text(absence.messageKey()), detail, null, 0, "none");
        }
        ClockMeasurement m = clock.measurement().get();
        int percent = percent(m.elapsed(), m.goal());
        String due = m.due().map(dueFormat::format).orElse(null);
        if (m.isStopped()) {
            boolean met = m.state() == ClockState.MET;
            String detail = met ? text("panel.clock.metAfter", span(m.elapsed()))
                    : text("panel.clock.breachedBy", span(m.remaining().negated()));
            return new ClockView(name, met ? "met" : "breached", text(met ? "clock.state.met" : "clock.state.breached"),
                    detail, text("panel.clock.stoppedAt", dueFormat.format(m.measuredAt())), Math.min(percent, 100),
                    met ? "done" : "danger");
        }
        boolean overrun = m.remaining().isNegative() || m.state() == ClockState.BREACHED;
        String detail = overrun ? text("panel.clock.overdueBy", span(m.remaining().negated()))
                : text("panel.clock.left", span(m.remaining()));
        String bar = overrun ? "danger" : percent >= WARN_PERCENT ? "warning" : "ok";
        if (m.isPaused()) {
            return new ClockView(name, "paused", text("clock.state.paused"), detail, null, Math.min(percent, 100),
                    bar);
        }
        return new ClockView(name, overrun ? "breached" : "running", text(overrun ? "clock.state.breached"
                : "clock.state.running"), detail, due == null ? null : text("panel.clock.due", due),
                Math.min(percent, 100), bar);
    }

    /** @return the share of the goal used, in whole percent, rounded down; 100 for a goal of nothing */
    static int percent(Duration elapsed, Duration goal) {
        if (goal.isZero()) {
            return 100;
        }
        return (int) Math.max(0, elapsed.toMillis() * 100 / goal.toMillis());
    }

    /** @return working time as hours and minutes, rounded down to the minute */
    private String span(Duration d) {
        return Durations.text(messages, d.isNegative() ? Duration.ZERO : d);
    }

    /** @return the finding in the agents' words where it has them (the customers' texts address the reporter) */
    private String forAgents(Reason reason) {
        String agents = "panel.finding." + reason.key().substring(reason.key().indexOf('.') + 1);
        return messages.has(agents) ? messages.text(agents, reason.args()) : text(reason);
    }

    private String text(Reason reason) {
        return messages.text(reason.key(), reason.args());
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
