package org.contractsla.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.contractsla.core.EnumIds;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.MaintenanceWindow;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.EffortBudget;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.Severity;

/**
 * Writes a policy in the format {@link PolicyReader} reads (docs/config-format.md), at the current schema
 * version, with every plan attribute spelled out. The same policy always gives the same text. Thread-safe.
 */
public final class PolicyWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] DAY_NAMES = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    /**
     * @param policy the policy, not null
     * @return the document, pretty-printed
     */
    public String write(Policy policy) {
        try {
            return MAPPER.writeValueAsString(toTree(policy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    /** @return the document as a tree */
    public ObjectNode toTree(Policy policy) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", Policy.SCHEMA_VERSION);
        ArrayNode statuses = root.putArray("pauseStatuses");
        new TreeSet<>(policy.pauseStatuses()).forEach(statuses::add);
        ArrayNode projects = root.putArray("supportProjects");
        new TreeSet<>(policy.supportProjects()).forEach(projects::add);
        ObjectNode projectIds = root.putObject("supportProjectIds");
        policy.supportProjectIds().forEach(projectIds::put);
        if (!policy.projectSettings().isEmpty()) {
            ObjectNode settings = root.putObject("projectSettings");
            new java.util.TreeMap<>(policy.projectSettings()).forEach((key, ps) -> {
                ObjectNode n = settings.putObject(key);
                ps.pauseStatuses().ifPresent(p -> new TreeSet<>(p).forEach(n.putArray("pauseStatuses")::add));
                ArrayNode answering = n.putArray("responseStatuses");
                new TreeSet<>(ps.responseStatuses()).forEach(answering::add);
                ps.portal().ifPresent(portal -> n.putObject("portal").put("serviceAccount", portal.serviceAccount())
                        .put("issueType", portal.issueTypeId()));
            });
        }
        ArrayNode directories = root.putArray("trustedDirectories");
        new TreeSet<>(policy.trustedDirectories()).forEach(directories::add);
        ArrayNode calendars = root.putArray("calendars");
        policy.calendars().values().forEach(c -> calendars.add(calendar(c)));
        ArrayNode plans = root.putArray("plans");
        policy.plans().values().forEach(p -> plans.add(plan(p)));
        return root;
    }

    private static ObjectNode calendar(BusinessCalendar c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("zone", c.zone().getId());
        if (c.weekly().equals(WeeklySchedule.allDay())) {
            n.put("weekly", "24x7");
        } else {
            n.set("weekly", weekly(c.weekly()));
        }
        c.holidayRegion().ifPresent(r -> holidayRegion(n.putObject("holidays"), r));
        if (!c.closedDates().isEmpty()) {
            ArrayNode closed = n.putArray("closedDates");
            new TreeSet<>(c.closedDates()).forEach(d -> closed.add(d.toString()));
        }
        if (!c.partialDays().isEmpty()) {
            ObjectNode partial = n.putObject("partialDays");
            for (Map.Entry<LocalDate, List<DailyInterval>> e : new java.util.TreeMap<>(c.partialDays()).entrySet()) {
                intervals(partial.putArray(e.getKey().toString()), e.getValue());
            }
        }
        if (!c.maintenanceWindows().isEmpty()) {
            ArrayNode windows = n.putArray("maintenanceWindows");
            c.maintenanceWindows().forEach(w -> windows.add(window(w)));
        }
        return n;
    }

    /** Writes a holiday region as {@link JsonFields#holidayRegion} reads it. */
    static void holidayRegion(ObjectNode target, HolidayRegion region) {
        target.put("country", region.country());
        region.subdivision().ifPresent(s -> target.put("subdivision", s));
    }

    /** Consecutive days with the same intervals become one range, e.g. {@code "MON-FRI"}. */
    private static ObjectNode weekly(WeeklySchedule weekly) {
        ObjectNode n = MAPPER.createObjectNode();
        DayOfWeek[] days = DayOfWeek.values();
        int d = 0;
        while (d < days.length) {
            List<DailyInterval> open = weekly.on(days[d]);
            int last = d;
            while (last + 1 < days.length && weekly.on(days[last + 1]).equals(open)) {
                last++;
            }
            if (!open.isEmpty()) {
                intervals(n.putArray(d == last ? DAY_NAMES[d] : DAY_NAMES[d] + "-" + DAY_NAMES[last]), open);
            }
            d = last + 1;
        }
        return n;
    }

    private static void intervals(ArrayNode target, List<DailyInterval> intervals) {
        intervals.forEach(i -> target.add(i.toString()));
    }

    private static ObjectNode window(MaintenanceWindow w) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("repeat", EnumIds.id(w.recurrence()));
        if (w.recurrence() == MaintenanceWindow.Recurrence.MONTHLY) {
            n.put("week", w.weekOfMonth());
        }
        if (w.recurrence() != MaintenanceWindow.Recurrence.DAILY) {
            n.put("day", DAY_NAMES[w.dayOfWeek().ordinal()]);
        }
        n.put("time", w.interval().toString());
        return n;
    }

    private static ObjectNode plan(Plan p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        ObjectNode goals = n.putObject("goals");
        for (Metric m : Metric.values()) {
            Map<Severity, GoalDefinition> bySeverity = p.goals().get(m);
            if (bySeverity == null) {
                continue;
            }
            ObjectNode metric = goals.putObject(m.id());
            for (Severity s : Severity.values()) {
                GoalDefinition g = bySeverity.get(s);
                if (g != null) {
                    ObjectNode goal = metric.putObject(s.name());
                    goal.put("duration", duration(g.target()));
                    goal.put("calendar", g.calendarId());
                    if (g.excludeMaintenance()) {
                        goal.put("excludeMaintenance", true);
                    }
                }
            }
        }
        ArrayNode covers = n.putArray("covers");
        for (Severity s : Severity.values()) {
            if (p.coveredSeverities().contains(s)) {
                covers.add(s.name());
            }
        }
        ArrayNode channels = n.putArray("channels");
        for (Channel c : Channel.values()) {
            if (p.channels().contains(c)) {
                channels.add(c.id());
            }
        }
        if (p.quota().isUnlimited()) {
            n.put("quota", "unlimited");
        } else {
            ObjectNode q = n.putObject("quota");
            q.put("cases", p.quota().cases());
            q.put("per", p.quota().period().get().id());
        }
        if (p.contacts().min() == 0 && p.contacts().max().isEmpty()) {
            n.put("contacts", "unlimited");
        } else {
            ObjectNode c = n.putObject("contacts");
            c.put("min", p.contacts().min());
            p.contacts().max().ifPresent(max -> c.put("max", max));
        }
        if (!p.effortBudgets().isEmpty()) {
            ArrayNode budgets = n.putArray("effortBudgets");
            for (EffortBudget b : p.effortBudgets()) {
                ObjectNode o = budgets.addObject();
                o.put("category", b.category());
                o.put("perMonth", duration(b.perMonth()));
            }
        }
        n.put("outOfEntitlement", p.outOfEntitlement().id());
        p.productionGate().ifPresent(a -> n.put("productionGate", EnumIds.id(a)));
        if (p.incidentPack()) {
            n.put("incidentPack", true);
        }
        n.put("s1Checklist", p.s1Checklist());
        return n;
    }

    /** {@code 4h}, {@code 1h30m}, {@code 45m}; ISO-8601 when there are seconds. */
    static String duration(Duration d) {
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            return d.toString();
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        if (hours == 0) {
            return minutes + "m";
        }
        return minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
    }
}
