package mosaic.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.ActionPoint;
import mosaic.model.Actor;
import mosaic.model.Assessment;
import mosaic.model.Attribute;
import mosaic.model.Event;
import mosaic.model.Indicator;
import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.ProductData;
import mosaic.reports.ReportException;

/**
 * Computes the {@link ProductData} of one render: the tables a design uses, filtered by area,
 * period and audience. Every object that reaches a row passes {@link #visible(MosaicObject)},
 * which either records its marking (for the product marking) or records it as withheld; names
 * of referenced objects the audience may not see print as {@value #WITHHELD}.
 * <p>
 * Tables (their columns are listed in {@code COLUMNS} below and declared alike by the designs):
 * {@code threats}, {@code risk-matrix}, {@code events}, {@code event-types},
 * {@code events-by-month}, {@code threats-by-risk}, {@code capabilities},
 * {@code mission-capability}, {@code outlook}, {@code responses}, {@code narrative},
 * {@code profile}, {@code relations}, {@code sources}.
 * <p>
 * Conventions for what the model has no field for: a mission capability row (Handbook §11.2) is
 * an {@link Assessment} of type {@value #MISSION_CAPABILITY} whose title is the objective and
 * whose attributes {@code tier}, {@code activities}, {@code resources}, {@code capabilities},
 * {@code gaps}, {@code criticality} (RED / ORANGE / GREEN) and {@code recommendations} hold the
 * other columns.
 * <p>
 * The actors' tables are {@link ActorTables}; the area filter is {@link AreaFilter}.
 */
public final class ProductBuilder {

    /** What a name the audience may not see prints as. */
    public static final String WITHHELD = "[withheld]";
    /** What a field that is not filled in prints as: a visible gap. */
    public static final String GAP = "[not recorded]";
    /** Assessment type of a row of the mission resources and capabilities matrix. */
    public static final String MISSION_CAPABILITY = "mission-capability";

    /** Capability dimensions of the actor capability matrix, in column order. */
    public static final List<String> DIMENSIONS = List.of("strength", "armament", "mobility", "command-and-control", "logistics", "finance",
        "intent");

    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("threats", List.of("num", "priority", "risk", "risk_colour", "location", "threat", "civilians", "source", "others",
            "capacity", "response", "action", "title", "likelihood", "impact", "imminent", "portion"));
        COLUMNS.put("risk-matrix", List.of("likelihood", "c1", "c2", "c3", "c4", "c5", "k1", "k2", "k3", "k4", "k5"));
        COLUMNS.put("events", List.of("date", "title", "type", "place", "perpetrators", "fatalities", "verification", "portion"));
        COLUMNS.put("event-types", List.of("type", "count", "previous", "change"));
        COLUMNS.put("events-by-month", List.of("month", "type", "count"));
        COLUMNS.put("threats-by-risk", List.of("month", "risk", "count"));
        List<String> capabilities = new ArrayList<>(List.of("actor", "type"));
        DIMENSIONS.forEach(d -> capabilities.add("d_" + d.replace('-', '_')));
        capabilities.add("trend");
        COLUMNS.put("capabilities", List.copyOf(capabilities));
        COLUMNS.put("mission-capability", List.of("tier", "objective", "activities", "resources", "capabilities", "gaps", "criticality",
            "criticality_colour", "recommendations"));
        COLUMNS.put("outlook", List.of("num", "title", "likelihood", "impact", "risk", "risk_colour", "imminent", "indicators"));
        COLUMNS.put("responses", List.of("num", "title", "action", "points"));
        COLUMNS.put("narrative", List.of("heading", "text"));
        COLUMNS.put("profile", List.of("field", "value"));
        COLUMNS.put("relations", List.of("other", "type", "direction", "period", "description", "grading"));
        COLUMNS.put("sources", List.of("source", "kind", "reliability", "credibility", "supports"));
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    final Workspace workspace;
    final MissionRules rules;
    final Audience audience;
    private final Selection selection;
    final AreaFilter area;
    private final List<Marking> included = new ArrayList<>();
    private final Set<String> withheld = new LinkedHashSet<>();
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, byte[]> images = new LinkedHashMap<>();
    LocalDate from;
    LocalDate to;
    Actor actor;

    private ProductBuilder(Workspace workspace, Selection selection) throws ReportException {
        this.workspace = workspace;
        this.rules = workspace.rules();
        this.audience = selection.audience();
        this.selection = selection;
        this.area = AreaFilter.of(workspace, selection.area());
    }

    /**
     * Computes the tables a design uses.
     *
     * @param entry the design, for its title and default period
     * @param tables the names of the design's data sets
     * @throws ReportException for a data set no table answers, an unknown area or actor
     */
    public static ProductData build(Workspace workspace, DesignEntry entry, Selection selection, Collection<String> tables,
            IProgressMonitor monitor) throws ReportException {
        ProductBuilder builder = new ProductBuilder(workspace, selection);
        return builder.run(entry, tables, monitor);
    }

    private ProductData run(DesignEntry entry, Collection<String> tables, IProgressMonitor monitor) throws ReportException {
        for (String table : tables) {
            if (!COLUMNS.containsKey(table)) {
                throw new ReportException("design " + entry.info().name() + " uses data set '" + table + "', which Mosaic does not provide (known: "
                    + String.join(", ", COLUMNS.keySet()) + ")");
            }
        }
        if (selection.actor() != null) {
            actor = findActor(selection.actor());
        }
        to = selection.to() != null ? selection.to() : latestDay();
        from = selection.from() != null ? selection.from() : defaultFrom(entry.defaultPeriod(), to);
        ActorTables actorTables = new ActorTables(this);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Map<String, Object>> result = switch (table) {
                case "threats" -> threats();
                case "risk-matrix" -> riskMatrix();
                case "events" -> events();
                case "event-types" -> eventTypes();
                case "events-by-month" -> eventsByMonth();
                case "threats-by-risk" -> threatsByRisk();
                case "capabilities" -> actorTables.capabilities();
                case "mission-capability" -> missionCapability();
                case "outlook" -> outlook();
                case "responses" -> responses();
                case "narrative" -> narrative(entry);
                case "profile" -> actorTables.profile();
                case "relations" -> actorTables.relations();
                case "sources" -> actorTables.sources();
                default -> throw new IllegalStateException(table);
            };
            rows.put(table, result);
            // chart tables always have a row per month (BIRT cannot draw an empty chart); all zero is empty
            boolean empty = result.stream().noneMatch(r -> !(r.get("count") instanceof Integer n) || n != 0);
            values.put(table + ".note", empty ? "Nothing to show for this selection (" + scope() + ")." : "");
            values.put(table + ".count", Integer.toString(result.size()));
        }
        String marking = Audience.highestClassification(rules, included);
        values.put("title", entry.info().title());
        values.put("marking", rules.classification(marking).map(Level::getLabel).filter(l -> l != null && !l.isBlank()).orElse(marking));
        values.put("marking.code", marking);
        values.put("generated", Instant.now().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        values.put("version", WorkspaceVersion.of(workspace.root()));
        values.put("mission", blankTo(workspace.configuration().getMission(), "Mission"));
        values.put("area", selection.area() == null ? "Whole mission" : selection.area());
        values.put("period", (from == null ? "all records" : from.format(DAY)) + " to " + to.format(DAY));
        values.put("audience", audience.toString());
        values.put("withheld", Integer.toString(withheld.size()));
        values.put("withheld.text", withheld.isEmpty() ? "No items withheld for this audience."
            : withheld.size() + (withheld.size() == 1 ? " item" : " items") + " withheld: above this audience (" + audience + ").");
        values.put("actor", actor == null ? "" : actor.getName());
        values.put("scope", scope());
        return new ProductData(rows, values, images, marking, withheld.size());
    }

    // ------------------------------------------------------------------------------ access

    /** Whether the audience may see the object; records its marking or that it was withheld. */
    boolean visible(MosaicObject object) {
        if (audience.permits(object)) {
            included.add(object.getMarking());
            return true;
        }
        withheld.add(object.getId());
        return false;
    }

    String name(NamedObject object) {
        if (object == null) {
            return GAP;
        }
        return visible(object) ? object.getName() : WITHHELD;
    }

    String names(Collection<? extends NamedObject> objects) {
        if (objects.isEmpty()) {
            return GAP;
        }
        return objects.stream().map(this::name).distinct().collect(Collectors.joining(", "));
    }

    private String portion(MosaicObject object) {
        Marking marking = object.getMarking();
        String code = marking == null ? rules.classificationCodes().get(0) : marking.getClassification();
        return "(" + rules.classification(code).map(Level::getLabel).orElse(code) + ")";
    }

    // ------------------------------------------------------------------------------ selection

    private String scope() {
        return (selection.area() == null ? "whole mission" : selection.area()) + ", " + (from == null ? "all records" : from.format(DAY)) + " to "
            + to.format(DAY) + ", audience " + audience;
    }

    private LocalDate latestDay() {
        LocalDate latest = null;
        for (Event e : workspace.objects(Event.class)) {
            if (audience.permits(e) && e.getOccurredAt() != null) {
                LocalDate d = day(e.getOccurredAt());
                latest = latest == null || d.isAfter(latest) ? d : latest;
            }
        }
        return latest != null ? latest : LocalDate.now(ZoneOffset.UTC);
    }

    private static LocalDate defaultFrom(String period, LocalDate to) {
        if (period == null || period.equals("all")) {
            return null;
        }
        Period p = Period.parse(period);
        return p.isZero() ? to : to.minus(p).plusDays(1);
    }

    static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    boolean inPeriod(LocalDate day) {
        return day != null && !day.isAfter(to) && (from == null || !day.isBefore(from));
    }

    private static LocalDate opened(Threat t) {
        if (t.getOpenedOn() != null) {
            return t.getOpenedOn();
        }
        return t.getProvenance() != null && t.getProvenance().getCreatedAt() != null ? day(t.getProvenance().getCreatedAt()) : LocalDate.MIN;
    }

    private static boolean openDuring(Threat t, LocalDate start, LocalDate end) {
        return !opened(t).isAfter(end) && (t.getClosedOn() == null || start == null || !t.getClosedOn().isBefore(start));
    }

    private Actor findActor(String key) throws ReportException {
        List<Actor> matches = new ArrayList<>();
        for (Actor a : workspace.objects(Actor.class)) {
            if (!audience.permits(a)) {
                continue;
            }
            if (a.getId().equals(key)) {
                return a;
            }
            if (key.equalsIgnoreCase(a.getName()) || a.getAliases().stream().anyMatch(key::equalsIgnoreCase)) {
                matches.add(a);
            }
        }
        if (matches.isEmpty()) {
            // the same message whether the actor is absent or above the audience
            throw new ReportException("unknown actor '" + key + "' (give an actor id, name or alias the audience may see)");
        }
        if (matches.size() > 1) {
            throw new ReportException("actor '" + key + "' is ambiguous: " + matches.stream().map(a -> a.getName() + " (" + a.getId() + ")")
                .collect(Collectors.joining(", ")));
        }
        return matches.get(0);
    }

    /** Threats in the area, open during the period, that the audience may see, in matrix order. */
    private List<Threat> selectedThreats() {
        List<Threat> result = new ArrayList<>();
        for (Threat t : workspace.objects(Threat.class)) {
            if (area.matches(t) && openDuring(t, from, to) && (actor == null || t.getSourcesOfViolence().contains(actor)) && visible(t)) {
                result.add(t);
            }
        }
        result.sort(Comparator.comparingInt((Threat t) -> t.getPriority() <= 0 ? Integer.MAX_VALUE : t.getPriority())
            .thenComparing(Comparator.comparingInt((Threat t) -> rules.scaleRank(MissionRules.RISK, t.getRisk())).reversed())
            .thenComparingInt(Threat::getNumber));
        return result;
    }

    private List<Event> selectedEvents(LocalDate start, LocalDate end, boolean record) {
        List<Event> result = new ArrayList<>();
        for (Event e : workspace.objects(Event.class)) {
            if (e.getOccurredAt() == null) {
                continue;
            }
            LocalDate d = day(e.getOccurredAt());
            boolean inPeriod = !d.isAfter(end) && (start == null || !d.isBefore(start));
            if (inPeriod && area.matches(e) && (actor == null || e.getPerpetrators().contains(actor))
                && (record ? visible(e) : audience.permits(e))) {
                result.add(e);
            }
        }
        result.sort(Comparator.comparing(Event::getOccurredAt));
        return result;
    }

    // ------------------------------------------------------------------------------ tables

    static Map<String, Object> row(String table, Object... values) {
        List<String> columns = COLUMNS.get(table);
        if (columns.size() != values.length) {
            throw new IllegalStateException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? GAP : value.trim();
    }

    static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private String level(String scale, String code) {
        return code == null || code.isBlank() ? GAP : rules.label(scale, code);
    }

    private String colour(String scale, String code) {
        return rules.level(scale, code).map(Level::getColour).filter(c -> c != null && !c.isBlank()).orElse("#FFFFFF");
    }

    private String location(Threat t) {
        if (t.getLocationDetail() != null && !t.getLocationDetail().isBlank()) {
            return t.getLocationDetail().trim();
        }
        return t.getLocations().isEmpty() ? GAP : names(t.getLocations());
    }

    private List<Map<String, Object>> threats() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Threat t : selectedThreats()) {
            String others = t.getOtherActors().isEmpty() ? text(t.getOtherActorsRole())
                : names(t.getOtherActors()) + (t.getOtherActorsRole() == null || t.getOtherActorsRole().isBlank() ? "" : ". " + t.getOtherActorsRole().trim());
            // the Handbook's column holds type and scale; the threat's title leads it, so rows can be told apart
            String threat = text(t.getTitle()) + ": " + (t.getThreatTypeAndScale() == null || t.getThreatTypeAndScale().isBlank()
                ? "type and scale " + GAP : t.getThreatTypeAndScale().trim());
            rows.add(row("threats", t.getNumber(), t.getPriority() <= 0 ? GAP : Integer.toString(t.getPriority()), level(MissionRules.RISK, t.getRisk()),
                colour(MissionRules.RISK, t.getRisk()), location(t), threat, text(t.getCiviliansAtRisk()), names(t.getSourcesOfViolence()), others,
                text(t.getMissionCapacity()), text(t.getMissionResponse()), text(t.getActionRequired()), text(t.getTitle()),
                level(MissionRules.LIKELIHOOD, t.getLikelihood()), level(MissionRules.IMPACT, rules.mostSevereImpact(t)),
                t.isImminent() ? "Imminent" : "Not imminent", portion(t)));
        }
        return rows;
    }

    private List<Map<String, Object>> riskMatrix() throws ReportException {
        List<String> likelihoods = rules.scale(MissionRules.LIKELIHOOD).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        List<String> impacts = rules.scale(MissionRules.IMPACT).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        if (likelihoods.size() != 5 || impacts.size() != 5) {
            throw new ReportException("the risk heat map needs a 5 x 5 matrix; this mission's scales have " + likelihoods.size() + " likelihood and "
                + impacts.size() + " impact levels (mission.xmi)");
        }
        Map<String, List<Threat>> placed = new HashMap<>();
        for (Threat t : selectedThreats()) {
            placed.computeIfAbsent(t.getLikelihood() + '\u0000' + rules.mostSevereImpact(t), k -> new ArrayList<>()).add(t);
        }
        for (int i = 0; i < 5; i++) {
            values.put("impact." + (i + 1), rules.label(MissionRules.IMPACT, impacts.get(i)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int l = likelihoods.size() - 1; l >= 0; l--) {
            String likelihood = likelihoods.get(l);
            Object[] row = new Object[11];
            row[0] = rules.label(MissionRules.LIKELIHOOD, likelihood);
            for (int i = 0; i < 5; i++) {
                String risk = rules.risk(likelihood, impacts.get(i)).orElse(null);
                List<Threat> in = placed.getOrDefault(likelihood + '\u0000' + impacts.get(i), List.of());
                String label = risk == null ? GAP : rules.label(MissionRules.RISK, risk);
                row[1 + i] = in.isEmpty() ? label : label + "\n" + in.stream().map(t -> "#" + t.getNumber()).collect(Collectors.joining(" "));
                row[6 + i] = risk == null ? "#FFFFFF" : colour(MissionRules.RISK, risk);
            }
            rows.add(row("risk-matrix", row));
        }
        return rows;
    }

    private String eventRowDate(Event e) {
        return day(e.getOccurredAt()).format(DAY);
    }

    private String violence(String code) {
        return code == null || code.isBlank() ? GAP : rules.term(MissionRules.VIOLENCE_TYPES, code).map(t -> t.getLabel()).orElse(code);
    }

    private List<Map<String, Object>> events() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Event e : selectedEvents(from, to, true)) {
            String place = e.getLocation() != null ? name(e.getLocation()) : text(e.getPlaceName());
            rows.add(row("events", eventRowDate(e), text(e.getTitle()), violence(e.getViolenceType()), place, names(e.getPerpetrators()),
                e.getFatalities(), e.getVerification() == null ? GAP : e.getVerification().getLiteral().toLowerCase(Locale.ROOT), portion(e)));
        }
        return rows;
    }

    private List<Map<String, Object>> eventTypes() {
        LocalDate start = from == null ? to.minusDays(6) : from;
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, to) + 1;
        Map<String, Integer> now = new TreeMap<>();
        for (Event e : selectedEvents(start, to, true)) {
            now.merge(violence(e.getViolenceType()), 1, Integer::sum);
        }
        Map<String, Integer> before = new TreeMap<>();
        for (Event e : selectedEvents(start.minusDays(days), start.minusDays(1), true)) {
            before.merge(violence(e.getViolenceType()), 1, Integer::sum);
        }
        Set<String> types = new java.util.TreeSet<>(now.keySet());
        types.addAll(before.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String type : types) {
            int n = now.getOrDefault(type, 0);
            int p = before.getOrDefault(type, 0);
            rows.add(row("event-types", type, n, p, n == p ? "=" : (n > p ? "+" : "") + (n - p)));
        }
        return rows;
    }

    /** The twelve months that end with the month of {@code to}. */
    private List<YearMonth> trendMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(to);
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    private List<Map<String, Object>> eventsByMonth() {
        List<YearMonth> months = trendMonths();
        Map<String, Map<YearMonth, Integer>> counts = new TreeMap<>();
        for (Event e : selectedEvents(months.get(0).atDay(1), to, true)) {
            counts.computeIfAbsent(violence(e.getViolenceType()), k -> new HashMap<>()).merge(YearMonth.from(day(e.getOccurredAt())), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            counts.put("No incidents", new HashMap<>());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            for (var type : counts.entrySet()) {
                rows.add(row("events-by-month", month.format(MONTH), type.getKey(), type.getValue().getOrDefault(month, 0)));
            }
        }
        return rows;
    }

    private List<Map<String, Object>> threatsByRisk() {
        List<YearMonth> months = trendMonths();
        List<Threat> threats = new ArrayList<>();
        for (Threat t : workspace.objects(Threat.class)) {
            if (area.matches(t) && openDuring(t, months.get(0).atDay(1), to) && (actor == null || t.getSourcesOfViolence().contains(actor))
                && visible(t)) {
                threats.add(t);
            }
        }
        List<String> risks = rules.scale(MissionRules.RISK).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            for (int r = risks.size() - 1; r >= 0; r--) {
                String risk = risks.get(r);
                long n = threats.stream().filter(t -> risk.equals(t.getRisk()) && openDuring(t, month.atDay(1), month.atEndOfMonth())).count();
                // the rank leads the label so that the chart's series sort from lowest to highest risk
                rows.add(row("threats-by-risk", month.format(MONTH), (r + 1) + " " + rules.label(MissionRules.RISK, risk), (int) n));
            }
        }
        return rows;
    }

    private static String attribute(MosaicObject object, String key) {
        for (Attribute a : object.getAttributes()) {
            if (key.equals(a.getKey())) {
                return a.getValue();
            }
        }
        return null;
    }

    private List<Map<String, Object>> missionCapability() {
        List<Assessment> selected = new ArrayList<>();
        for (Assessment a : workspace.objects(Assessment.class)) {
            if (MISSION_CAPABILITY.equals(a.getAssessmentType()) && (a.getPeriodTo() == null || from == null || !a.getPeriodTo().isBefore(from))
                && (a.getPeriodFrom() == null || !a.getPeriodFrom().isAfter(to)) && area.matchesAttribute(attribute(a, "area")) && visible(a)) {
                selected.add(a);
            }
        }
        selected.sort(Comparator.comparing((Assessment a) -> blankTo(attribute(a, "tier"), "~")).thenComparing(a -> blankTo(a.getTitle(), "")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assessment a : selected) {
            String criticality = attribute(a, "criticality");
            String code = criticality == null ? null : criticality.trim().toUpperCase(Locale.ROOT);
            rows.add(row("mission-capability", text(attribute(a, "tier")), text(a.getTitle()), text(attribute(a, "activities")),
                text(attribute(a, "resources")), text(attribute(a, "capabilities")), text(attribute(a, "gaps")),
                code == null ? GAP : code + " - " + rules.label("gap-criticality", code), code == null ? "#FFFFFF" : colour("gap-criticality", code),
                text(attribute(a, "recommendations"))));
        }
        return rows;
    }

    private List<Map<String, Object>> outlook() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Threat t : selectedThreats()) {
            List<String> indicators = new ArrayList<>();
            for (Indicator i : t.getIndicators()) {
                if (visible(i)) {
                    indicators.add(i.getName() + (i.getStatus() == null ? "" : ": " + i.getStatus().getLiteral().toLowerCase(Locale.ROOT)));
                } else {
                    indicators.add(WITHHELD);
                }
            }
            rows.add(row("outlook", t.getNumber(), text(t.getTitle()), level(MissionRules.LIKELIHOOD, t.getLikelihood()),
                level(MissionRules.IMPACT, rules.mostSevereImpact(t)), level(MissionRules.RISK, t.getRisk()), colour(MissionRules.RISK, t.getRisk()),
                t.isImminent() ? "Imminent" : "Not imminent", indicators.isEmpty() ? GAP : String.join("; ", indicators)));
        }
        return rows;
    }

    private List<Map<String, Object>> responses() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Threat t : selectedThreats()) {
            String points = t.getActionPoints().isEmpty() ? GAP : t.getActionPoints().stream().map(ProductBuilder::actionPoint)
                .collect(Collectors.joining("\n"));
            rows.add(row("responses", t.getNumber(), text(t.getTitle()), text(t.getActionRequired()), points));
        }
        return rows;
    }

    private static String actionPoint(ActionPoint p) {
        return "- " + text(p.getAction()) + " (" + blankTo(p.getOwner(), "owner " + GAP) + ", " + (p.getDeadline() == null ? "no deadline"
            : "by " + p.getDeadline().format(DAY)) + (p.isDone() ? ", done" : ", open") + ")";
    }

    /**
     * The narrative of a weekly or quarterly assessment: the analysts' own assessment covering the
     * period when the audience may see it, else a summary computed from the visible records.
     */
    private List<Map<String, Object>> narrative(DesignEntry entry) {
        String type = entry.info().name().startsWith("weekly") ? "weekly-threat-assessment" : "forward-looking-assessment";
        Assessment chosen = null;
        // the latest one that ends in the period, or at most one period length before it
        LocalDate start = from == null ? to.minusDays(6) : from;
        LocalDate earliest = start.minusDays(java.time.temporal.ChronoUnit.DAYS.between(start, to) + 1);
        for (Assessment a : workspace.objects(Assessment.class)) {
            if (type.equals(a.getAssessmentType()) && a.getPeriodTo() != null && !a.getPeriodTo().isAfter(to) && !a.getPeriodTo().isBefore(earliest)
                && area.matchesAttribute(attribute(a, "area"))
                && (chosen == null || a.getPeriodTo().isAfter(chosen.getPeriodTo()))) {
                chosen = a;
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (chosen != null && visible(chosen)) {
            rows.add(row("narrative", "Assessment: " + text(chosen.getTitle()), text(chosen.getSummary())));
            if (chosen.getBody() != null && !chosen.getBody().isBlank()) {
                for (String part : chosen.getBody().split("\\n\\s*\\n")) {
                    String[] lines = part.split("\\n", 2);
                    rows.add(lines.length == 2 ? row("narrative", lines[0].trim(), lines[1].trim()) : row("narrative", "", part.trim()));
                }
            }
            return rows;
        }
        List<Event> events = selectedEvents(start, to, false);
        int fatalities = events.stream().mapToInt(Event::getFatalities).sum();
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(e -> violence(e.getViolenceType()), TreeMap::new, Collectors.counting()));
        String main = byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
            .map(e -> e.getKey().toLowerCase(Locale.ROOT) + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        rows.add(row("narrative", "Summary computed from the records", events.size() + " incidents and " + fatalities
            + " fatalities recorded from " + start.format(DAY) + " to " + to.format(DAY) + (main.isEmpty() ? "." : "; most frequent: " + main + ".")
            + " No analyst-written assessment for this period is available to this audience."));
        return rows;
    }

}
