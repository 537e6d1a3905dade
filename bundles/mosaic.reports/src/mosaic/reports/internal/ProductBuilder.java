package mosaic.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetRequest;
import mosaic.reports.ProductData;
import mosaic.reports.ReportException;

/**
 * Computes the {@link ProductData} of one render: for each data set the design declares, the
 * {@link mosaic.reports.DataSetProvider} contributed under that name ({@link DataSetRegistry}) computes the rows
 * for the render's area, period and audience. Need to know is kept here, for every provider at
 * once: every object that reaches a row passes {@link #visible(MosaicObject)} (directly, or
 * through a request's {@code objects} or {@code name}), which either records its marking (for
 * the product marking) or records it as withheld, once per product however many data sets meet
 * it; names of referenced objects the audience may not see print as {@value DataSetRequest#WITHHELD}.
 */
public final class ProductBuilder {

    /** What a name the audience may not see prints as. */
    public static final String WITHHELD = DataSetRequest.WITHHELD;
    /** What a field that is not filled in prints as: a visible gap. */
    public static final String GAP = DataSetRequest.GAP;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Workspace workspace;
    private final MissionRules rules;
    private final Audience audience;
    private final Selection selection;
    private final Map<String, String> params;
    private final AreaFilter area;
    private final List<Marking> included = new ArrayList<>();
    private final Set<String> withheld = new LinkedHashSet<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, byte[]> images = new LinkedHashMap<>();
    private LocalDate from;
    private LocalDate to;
    private Actor actor;

    private ProductBuilder(Workspace workspace, Selection selection, Map<String, String> params) throws ReportException {
        this.workspace = workspace;
        this.rules = workspace.rules();
        this.audience = selection.audience();
        this.selection = selection;
        this.params = Map.copyOf(params);
        this.area = AreaFilter.of(workspace, selection.area(), selection.audience());
    }

    /**
     * Computes the tables a design uses.
     *
     * @param entry the design, for its title and default period
     * @param params the render's parameters as given (checked already into {@code selection})
     * @param tables the names of the design's data sets
     * @throws ReportException for a data set no bundle provides (one line naming the design, the
     *         data set and the known ones), an unknown area or actor, or a provider's refusal
     */
    public static ProductData build(Workspace workspace, DesignEntry entry, Selection selection, Map<String, String> params,
            Collection<String> tables, IProgressMonitor monitor) throws ReportException {
        ProductBuilder builder = new ProductBuilder(workspace, selection, params);
        return builder.run(entry, tables, DataSetRegistry.read(), monitor);
    }

    private ProductData run(DesignEntry entry, Collection<String> tables, DataSetRegistry registry, IProgressMonitor monitor)
            throws ReportException {
        for (String table : tables) {
            if (!registry.dataSets().containsKey(table)) {
                throw new ReportException("design " + entry.info().name() + " uses data set '" + table + "', which no installed bundle provides (known: "
                    + String.join(", ", registry.dataSets().keySet()) + ")");
            }
        }
        if (selection.actor() != null) {
            actor = findActor(selection.actor());
        }
        to = selection.to() != null ? selection.to() : latestDay();
        from = selection.from() != null ? selection.from() : defaultFrom(entry.defaultPeriod(), to);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            DataSetRegistry.Entry dataSet = registry.dataSets().get(table);
            List<Map<String, Object>> result = checked(dataSet, dataSet.provider().rows(new Request(entry, dataSet)));
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
        // the product says whether material was withheld, never how much: a count tells a lower
        // reader how much there is about an actor or an area above them; the issuing analyst gets
        // it from ProductData.withheld() (stderr of report, the Reports view's status line)
        values.put("withheld", withheld.isEmpty() ? "none" : "some");
        values.put("withheld.text", withheld.isEmpty() ? "No items withheld for this audience."
            : "Material above this audience (" + audience + ") was withheld.");
        values.put("actor", actor == null ? "" : actor.getName());
        values.put("scope", scope());
        return new ProductData(rows, values, images, marking, withheld.size());
    }

    /** The provider's rows with exactly the declared columns, in their order. */
    private static List<Map<String, Object>> checked(DataSetRegistry.Entry dataSet, List<Map<String, Object>> rows) throws ReportException {
        if (rows == null) {
            throw new ReportException("data set '" + dataSet.name() + "' of " + dataSet.contributor() + " gave no rows");
        }
        List<Map<String, Object>> result = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            if (!row.keySet().equals(new LinkedHashSet<>(dataSet.columns()))) {
                throw new ReportException("data set '" + dataSet.name() + "' of " + dataSet.contributor() + " gave a row with columns "
                    + row.keySet() + "; it declares " + dataSet.columns());
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            dataSet.columns().forEach(c -> ordered.put(c, row.get(c)));
            result.add(ordered);
        }
        return result;
    }

    // ------------------------------------------------------------------------------ access

    /** Whether the audience may see the object; records its marking or that it was withheld. */
    private boolean visible(MosaicObject object) {
        if (audience.permits(object)) {
            included.add(object.getMarking());
            return true;
        }
        withheld.add(object.getId());
        return false;
    }

    private String name(NamedObject object) {
        if (object == null) {
            return GAP;
        }
        return visible(object) ? object.getName() : WITHHELD;
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
                LocalDate d = e.getOccurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
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

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One data set's view of the render: the selection, and need to know kept by the builder. */
    private final class Request implements DataSetRequest {
        private final DesignEntry design;
        private final DataSetRegistry.Entry dataSet;

        Request(DesignEntry design, DataSetRegistry.Entry dataSet) {
            this.design = design;
            this.dataSet = dataSet;
        }

        @Override
        public String dataSet() {
            return dataSet.name();
        }

        @Override
        public List<String> columns() {
            return dataSet.columns();
        }

        @Override
        public String design() {
            return design.info().name();
        }

        @Override
        public Workspace workspace() {
            return workspace;
        }

        @Override
        public MissionRules rules() {
            return rules;
        }

        @Override
        public Audience audience() {
            return audience;
        }

        @Override
        public Map<String, String> parameters() {
            return params;
        }

        @Override
        public String area() {
            return selection.area();
        }

        @Override
        public LocalDate from() {
            return from;
        }

        @Override
        public LocalDate to() {
            return to;
        }

        @Override
        public Actor actor() {
            return actor;
        }

        @Override
        public boolean inArea(Threat threat) {
            return area.matches(threat);
        }

        @Override
        public boolean inArea(Event event) {
            return area.matches(event);
        }

        @Override
        public boolean inArea(Actor a) {
            return area.matches(a);
        }

        @Override
        public boolean inAreaNamed(String value) {
            return area.matchesAttribute(value);
        }

        @Override
        public boolean inPeriod(LocalDate day) {
            return day != null && !day.isAfter(to) && (from == null || !day.isBefore(from));
        }

        @Override
        public <T extends MosaicObject> List<T> objects(Class<T> kind, Predicate<? super T> selected) {
            List<T> result = new ArrayList<>();
            for (T object : workspace.objects(kind)) {
                if (selected.test(object) && visible(object)) {
                    result.add(object);
                }
            }
            return result;
        }

        @Override
        public boolean visible(MosaicObject object) {
            return ProductBuilder.this.visible(object);
        }

        @Override
        public boolean permits(MosaicObject object) {
            return audience.permits(object);
        }

        @Override
        public String name(NamedObject object) {
            return ProductBuilder.this.name(object);
        }

        @Override
        public String names(Collection<? extends NamedObject> objects) {
            if (objects.isEmpty()) {
                return GAP;
            }
            return objects.stream().map(ProductBuilder.this::name).distinct().collect(Collectors.joining(", "));
        }

        @Override
        public Map<String, Object> row(Object... row) {
            List<String> columns = dataSet.columns();
            if (columns.size() != row.length) {
                throw new IllegalStateException(dataSet.name() + ": " + row.length + " values for " + columns.size() + " columns");
            }
            Map<String, Object> result = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                result.put(columns.get(i), row[i]);
            }
            return result;
        }

        @Override
        public void value(String key, String text) {
            values.put(key, text);
        }

        @Override
        public void image(String key, byte[] png) {
            images.put(key, png);
        }
    }
}
