package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.MaintenanceWindow;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.ContactLimit;
import org.contractsla.core.policy.EffortBudget;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.ProjectSettings;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;

/**
 * Reads the policy format (docs/config-format.md): calendars, plans with goals, pause statuses. Every
 * problem is reported as a {@link ConfigException} naming the field. Thread-safe.
 */
public final class PolicyReader {

    private static final String[] DAY_NAMES = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    private final PublicHolidays known;

    /** A reader that checks holiday regions for their format only: for documents already stored. */
    public PolicyReader() {
        this(null);
    }

    /**
     * @param known where public holidays come from: a calendar naming a region it has no holidays for is
     *              refused ({@code calendar.error.country.unknown}, {@code calendar.error.subdivision.unknown});
     *              null to check the format only
     */
    public PolicyReader(PublicHolidays known) {
        this.known = known;
    }

    /**
     * @param json the document
     * @return the policy
     * @throws ConfigException naming the first field that is wrong
     */
    public Policy read(String json) {
        return read(Json.parse(json));
    }

    /**
     * @param document a parsed document; migrated in place if it is of an older schema version
     * @return the policy
     * @throws ConfigException naming the first field that is wrong
     */
    public Policy read(JsonNode document) {
        return readStrictly(document);
    }

    /**
     * Reads a configuration the app stored, possibly under an older release (see {@link StoredReading}): what
     * today's rules refuse is repaired as the older release read it, or left out (a calendar, a plan, a support
     * project, a pause status, a trusted directory; a plan whose calendar was left out goes with it).
     *
     * @param json the stored document
     * @return the policy and what was repaired or left out
     * @throws ConfigException if it does not read even so
     */
    public Stored<Policy> readStored(String json) {
        JsonNode document = Json.parse(json);
        JsonFields root = JsonFields.object(document, "", Set.of("schemaVersion", "pauseStatuses", "supportProjects",
                "supportProjectIds", "projectSettings", "trustedDirectories", "calendars", "plans"));
        PolicyMigrations.upgrade(document, root.integer("schemaVersion"));
        return new StoredReading<>(this::readStrictly, List.of("calendars", "plans", "supportProjects",
                "pauseStatuses", "trustedDirectories")).read(document, e -> owner(document, e));
    }

    /** The element a refusal between elements concerns. */
    private static String owner(JsonNode document, ConfigException e) {
        List<Object> args = e.args();
        return switch (e.key()) {
            case "policy.error.calendar.unknown", "policy.error.calendar.alwaysInMaintenance" ->
                args.size() > 1 ? last(document, "plans", "id", String.valueOf(args.get(1))) : null;
            case "policy.error.plan.duplicate" -> last(document, "plans", "id", String.valueOf(args.get(0)));
            case "policy.error.calendar.duplicate" -> last(document, "calendars", "id", String.valueOf(args.get(0)));
            case "policy.error.project.key" -> last(document, "supportProjects", null, String.valueOf(args.get(0)));
            default -> null;
        };
    }

    /** @return the path of the last element of that array whose field (or itself, for null) has that text */
    private static String last(JsonNode document, String array, String field, String text) {
        JsonNode items = document.get(array);
        for (int i = items == null ? -1 : items.size() - 1; i >= 0; i--) {
            JsonNode v = field == null ? items.get(i) : items.get(i).get(field);
            if (v != null && v.asText().equals(text)) {
                return array + "[" + i + "]";
            }
        }
        return null;
    }

    private Policy readStrictly(JsonNode document) {
        JsonFields root = JsonFields.object(document, "",
                Set.of("schemaVersion", "pauseStatuses", "supportProjects", "supportProjectIds", "projectSettings",
                        "trustedDirectories", "calendars", "plans"));
        PolicyMigrations.upgrade(document, root.integer("schemaVersion"));
        Set<String> pauseStatuses = new HashSet<>();
        List<JsonNode> statuses = root.optionalArray("pauseStatuses");
        for (int i = 0; i < statuses.size(); i++) {
            pauseStatuses.add(JsonFields.textAt(statuses.get(i), root.path("pauseStatuses") + "[" + i + "]"));
        }
        List<BusinessCalendar> calendars = new ArrayList<>();
        List<JsonNode> calendarNodes = root.array("calendars");
        for (int i = 0; i < calendarNodes.size(); i++) {
            calendars.add(calendar(calendarNodes.get(i), "calendars[" + i + "]"));
        }
        List<Plan> plans = new ArrayList<>();
        List<JsonNode> planNodes = root.array("plans");
        for (int i = 0; i < planNodes.size(); i++) {
            plans.add(plan(planNodes.get(i), "plans[" + i + "]"));
        }
        Set<String> projects = new java.util.LinkedHashSet<>();
        List<JsonNode> projectNodes = root.optionalArray("supportProjects");
        for (int i = 0; i < projectNodes.size(); i++) {
            projects.add(JsonFields.textAt(projectNodes.get(i), root.path("supportProjects") + "[" + i + "]"));
        }
        Set<Long> directories = new java.util.LinkedHashSet<>();
        List<JsonNode> directoryNodes = root.optionalArray("trustedDirectories");
        for (int i = 0; i < directoryNodes.size(); i++) {
            JsonNode n = directoryNodes.get(i);
            String p = root.path("trustedDirectories") + "[" + i + "]";
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
                throw new ConfigException(p, "policy.error.directory.id", List.of(n.isTextual() ? n.asText() : n.toString()));
            }
            directories.add(n.asLong());
        }
        Map<String, Long> projectIds = new java.util.LinkedHashMap<>();
        if (root.has("supportProjectIds")) {
            JsonNode ids = root.required("supportProjectIds");
            if (!ids.isObject()) {
                throw new ConfigException(root.path("supportProjectIds"), "config.error.type.object", List.of());
            }
            ids.fields().forEachRemaining(e -> {
                String p = root.path("supportProjectIds") + "." + e.getKey();
                if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToLong() || e.getValue().asLong() < 1) {
                    throw new ConfigException(p, "policy.error.project.id", List.of(e.getKey(),
                            e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
                }
                projectIds.put(e.getKey(), e.getValue().asLong());
            });
        }
        Map<String, ProjectSettings> settings = new java.util.LinkedHashMap<>();
        if (root.has("projectSettings")) {
            JsonNode all = root.required("projectSettings");
            if (!all.isObject()) {
                throw new ConfigException(root.path("projectSettings"), "config.error.type.object", List.of());
            }
            all.fields().forEachRemaining(e -> settings.put(e.getKey(), projectSettings(e.getValue(),
                    root.path("projectSettings") + "." + e.getKey())));
        }
        Policy policy = JsonFields.at("", () -> Policy.of(calendars, plans, pauseStatuses));
        Policy withProjects = JsonFields.at(root.path("supportProjects"), () -> policy.withSupportProjects(projects))
                .withTrustedDirectories(directories).withSupportProjectIds(projectIds);
        return JsonFields.at(root.path("projectSettings"), () -> withProjects.withProjectSettings(settings));
    }

    /** {@code {"pauseStatuses"?: [..], "responseStatuses"?: [..]}}: a project's own reading of its workflow. */
    private static ProjectSettings projectSettings(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("pauseStatuses", "responseStatuses", "portal"));
        Set<String> pause = null;
        if (f.has("pauseStatuses")) {
            pause = new HashSet<>();
            List<JsonNode> statuses = f.optionalArray("pauseStatuses");
            for (int i = 0; i < statuses.size(); i++) {
                pause.add(JsonFields.textAt(statuses.get(i), f.path("pauseStatuses") + "[" + i + "]"));
            }
        }
        Set<String> response = new HashSet<>();
        List<JsonNode> answering = f.optionalArray("responseStatuses");
        for (int i = 0; i < answering.size(); i++) {
            response.add(JsonFields.textAt(answering.get(i), f.path("responseStatuses") + "[" + i + "]"));
        }
        ProjectSettings settings = ProjectSettings.of(pause, response);
        if (f.has("portal")) {
            JsonFields portal = JsonFields.object(node.get("portal"), f.path("portal"),
                    Set.of("serviceAccount", "issueType"));
            String account = portal.text("serviceAccount");
            String issueType = portal.text("issueType");
            settings = settings.withPortal(JsonFields.at(f.path("portal"),
                    () -> new ProjectSettings.Portal(account, issueType)));
        }
        return settings;
    }

    private BusinessCalendar calendar(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("id", "zone", "weekly", "holidays", "closedDates",
                "partialDays", "maintenanceWindows"));
        String id = f.text("id");
        String zone = f.text("zone");
        BusinessCalendar.Builder b = JsonFields.at(f.path("zone"), () -> BusinessCalendar.builder(id, zone));
        b.weekly(weekly(f.required("weekly"), f.path("weekly")));
        if (f.has("holidays")) {
            b.holidays(f.holidayRegion("holidays", known));
        }
        List<JsonNode> closed = f.optionalArray("closedDates");
        for (int i = 0; i < closed.size(); i++) {
            b.closed(JsonFields.dateAt(closed.get(i), f.path("closedDates") + "[" + i + "]"));
        }
        if (f.has("partialDays")) {
            JsonNode partial = f.required("partialDays");
            if (!partial.isObject()) {
                throw new ConfigException(f.path("partialDays"), "config.error.type.object", List.of());
            }
            Iterator<Map.Entry<String, JsonNode>> it = partial.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = f.path("partialDays") + "." + e.getKey();
                LocalDate date = JsonFields.dateAt(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(e.getKey()), p);
                List<DailyInterval> intervals = intervals(e.getValue(), p);
                JsonFields.at(p, () -> b.partialDay(date, intervals));
            }
        }
        List<JsonNode> windows = f.optionalArray("maintenanceWindows");
        for (int i = 0; i < windows.size(); i++) {
            b.maintenance(window(windows.get(i), f.path("maintenanceWindows") + "[" + i + "]"));
        }
        return JsonFields.at(path, b::build);
    }

    private WeeklySchedule weekly(JsonNode node, String path) {
        if (node.isTextual() && node.asText().equals("24x7")) {
            return WeeklySchedule.allDay();
        }
        if (!node.isObject()) {
            throw new ConfigException(path, "config.error.weekly.form", List.of());
        }
        Map<DayOfWeek, List<DailyInterval>> days = new EnumMap<>(DayOfWeek.class);
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            List<DailyInterval> intervals = intervals(e.getValue(), p);
            for (DayOfWeek d : dayRange(e.getKey(), p)) {
                if (days.put(d, intervals) != null) {
                    throw new ConfigException(p, "config.error.weekly.dayTwice", List.of(DAY_NAMES[d.ordinal()]));
                }
            }
        }
        return JsonFields.at(path, () -> WeeklySchedule.of(days));
    }

    private static List<DayOfWeek> dayRange(String key, String path) {
        String[] parts = key.split("-", -1);
        if (parts.length > 2) {
            throw new ConfigException(path, "config.error.day.unknown", List.of(key));
        }
        DayOfWeek from = day(parts[0], key, path);
        DayOfWeek to = parts.length == 2 ? day(parts[1], key, path) : from;
        if (to.compareTo(from) < 0) {
            throw new ConfigException(path, "config.error.day.range", List.of(key));
        }
        List<DayOfWeek> result = new ArrayList<>();
        for (int d = from.ordinal(); d <= to.ordinal(); d++) {
            result.add(DayOfWeek.values()[d]);
        }
        return result;
    }

    private static DayOfWeek day(String name, String key, String path) {
        for (int i = 0; i < DAY_NAMES.length; i++) {
            if (DAY_NAMES[i].equalsIgnoreCase(name.trim())) {
                return DayOfWeek.values()[i];
            }
        }
        throw new ConfigException(path, "config.error.day.unknown", List.of(key));
    }

    private static List<DailyInterval> intervals(JsonNode node, String path) {
        List<JsonNode> items = JsonFields.arrayAt(node, path);
        List<DailyInterval> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            String text = JsonFields.textAt(items.get(i), p);
            result.add(JsonFields.at(p, () -> DailyInterval.parse(text)));
        }
        return result;
    }

    private MaintenanceWindow window(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("repeat", "day", "week", "time"));
        String repeat = f.text("repeat");
        String time = f.text("time");
        DailyInterval interval = JsonFields.at(f.path("time"), () -> DailyInterval.parse(time));
        switch (repeat) {
            case "daily":
                return MaintenanceWindow.daily(interval);
            case "weekly":
                return MaintenanceWindow.weekly(day(f.text("day"), f.text("day"), f.path("day")), interval);
            case "monthly":
                DayOfWeek d = day(f.text("day"), f.text("day"), f.path("day"));
                int week = f.integer("week");
                return JsonFields.at(f.path("week"), () -> MaintenanceWindow.monthly(week, d, interval));
            default:
                throw new ConfigException(f.path("repeat"), "config.error.repeat.unknown", List.of(repeat));
        }
    }

    private Plan plan(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("id", "goals", "covers", "channels", "quota", "contacts",
                "effortBudgets", "outOfEntitlement", "productionGate", "incidentPack", "s1Checklist"));
        String id = f.text("id");
        Plan.Builder plan = JsonFields.at(f.path("id"), () -> Plan.builder(id));
        JsonNode goalsNode = f.required("goals");
        Set<String> metricIds = new HashSet<>();
        for (Metric m : Metric.values()) {
            metricIds.add(m.id());
        }
        JsonFields goals = JsonFields.object(goalsNode, f.path("goals"), metricIds);
        for (Metric m : Metric.values()) {
            if (!goals.has(m.id())) {
                continue;
            }
            JsonFields bySeverity = JsonFields.object(goals.required(m.id()), goals.path(m.id()),
                    Set.of("S1", "S2", "S3", "S4"));
            for (Severity s : Severity.values()) {
                if (bySeverity.has(s.name())) {
                    plan.goal(m, s, goal(bySeverity.required(s.name()), bySeverity.path(s.name())));
                }
            }
        }
        if (f.has("covers")) {
            plan.covers(enumList(f, "covers", Severity.class));
        }
        if (f.has("channels")) {
            plan.channels(enumList(f, "channels", Channel.class));
        }
        if (f.has("quota")) {
            plan.quota(quota(f.required("quota"), f.path("quota")));
        }
        if (f.has("contacts")) {
            plan.contacts(contacts(f.required("contacts"), f.path("contacts")));
        }
        List<JsonNode> budgets = f.optionalArray("effortBudgets");
        for (int i = 0; i < budgets.size(); i++) {
            String p = f.path("effortBudgets") + "[" + i + "]";
            JsonFields b = JsonFields.object(budgets.get(i), p, Set.of("category", "perMonth"));
            String category = b.text("category");
            plan.effortBudget(b.duration("perMonth", perMonth -> EffortBudget.of(category, perMonth)));
        }
        if (f.has("outOfEntitlement")) {
            plan.outOfEntitlement(f.choice("outOfEntitlement", OutOfEntitlement.class));
        }
        if (f.has("productionGate")) {
            plan.productionGate(f.choice("productionGate", ProductionGate.Action.class));
        }
        plan.incidentPack(f.bool("incidentPack", false));
        plan.s1Checklist(f.bool("s1Checklist", false));
        return JsonFields.at(path, plan::build);
    }

    /** A list of ids, each read as {@link JsonFields#choice} reads one; an unknown id is reported at its index. */
    private static <T extends Enum<T>> List<T> enumList(JsonFields f, String name, Class<T> type) {
        List<JsonNode> items = f.array(name);
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = f.path(name) + "[" + i + "]";
            String text = JsonFields.textAt(items.get(i), p);
            T value = org.contractsla.core.EnumIds.byId(type, text).orElseThrow(() -> type == Severity.class
                    ? new ConfigException(p, "severity.error.unknown", List.of(text)) // "S1, S2, S3 or S4"
                    : new ConfigException(p, "config.error.value.unknown",
                            List.of(text, org.contractsla.core.EnumIds.ids(type))));
            if (result.contains(value)) {
                throw new ConfigException(p, "config.error.value.twice", List.of(text));
            }
            result.add(value);
        }
        return result;
    }

    private static CaseQuota quota(JsonNode node, String path) {
        if (node.isTextual() && node.asText().equals("unlimited")) {
            return CaseQuota.unlimited();
        }
        if (!node.isObject()) {
            throw new ConfigException(path, "config.error.quota.form", List.of());
        }
        JsonFields q = JsonFields.object(node, path, Set.of("cases", "per"));
        int cases = q.integer("cases");
        QuotaPeriod period = q.choice("per", QuotaPeriod.class);
        return JsonFields.at(q.path("cases"), () -> CaseQuota.of(cases, period));
    }

    private static ContactLimit contacts(JsonNode node, String path) {
        if (node.isTextual() && node.asText().equals("unlimited")) {
            return ContactLimit.unlimited();
        }
        if (!node.isObject()) {
            throw new ConfigException(path, "config.error.contacts.form", List.of());
        }
        JsonFields c = JsonFields.object(node, path, Set.of("min", "max"));
        int min = c.has("min") ? c.integer("min") : 0;
        if (!c.has("max")) {
            return JsonFields.at(c.path("min"), () -> ContactLimit.atLeast(min));
        }
        int max = c.integer("max");
        return JsonFields.at(path, () -> ContactLimit.between(min, max));
    }

    private GoalDefinition goal(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("duration", "calendar", "excludeMaintenance"));
        String calendar = f.text("calendar");
        boolean exclude = f.bool("excludeMaintenance", false);
        return f.duration("duration", duration -> GoalDefinition.of(duration, calendar, exclude));
    }
}
