package mosaic.graph.ui.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.Event;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;

/**
 * What a chart shows at one moment: its nodes whose objects the analyst may see (events only
 * once they happened, when the chart is set to a date), the relations among them that are not
 * hidden and are valid at the chart's date, and each shown event joined to its shown
 * perpetrators and location. Immutable; built again after every change.
 */
public final class ChartScene {

    private final Chart chart;
    private final List<ChartNode> nodes = new ArrayList<>();
    private final Map<MosaicObject, ChartNode> nodeOf = new IdentityHashMap<>();
    private final List<Object> links = new ArrayList<>();
    private final Map<ChartNode, List<Object>> outgoing = new IdentityHashMap<>();
    private final Map<ChartNode, List<Object>> incoming = new IdentityHashMap<>();
    private LocalDate earliest;
    private LocalDate latest;

    private ChartScene(Chart chart) {
        this.chart = chart;
    }

    /**
     * Builds the scene of a chart.
     *
     * @param relations the relations that may join shown objects (typically all of the workspace)
     * @param visible which objects the analyst may see (display clearance)
     */
    public static ChartScene of(Chart chart, Collection<? extends Relation> relations, Predicate<MosaicObject> visible) {
        ChartScene scene = new ChartScene(chart);
        LocalDate at = chart.getAt();
        Set<MosaicObject> onChart = new HashSet<>();
        for (ChartNode node : chart.getNodes()) {
            MosaicObject object = node.getObject();
            if (object == null || object.eIsProxy() || !visible.test(object) || scene.nodeOf.containsKey(object)) {
                continue;
            }
            onChart.add(object);
            if (object instanceof Event event && event.getOccurredAt() != null) {
                scene.widen(date(event));
                if (at != null && date(event).isAfter(at)) {
                    continue;
                }
            }
            scene.nodes.add(node);
            scene.nodeOf.put(object, node);
        }
        Set<Relation> hidden = new HashSet<>(chart.getHiddenRelations());
        for (Relation relation : relations) {
            if (!onChart.contains(relation.getFrom()) || !onChart.contains(relation.getTo()) || !visible.test(relation)) {
                continue;
            }
            scene.widen(relation.getValidFrom());
            scene.widen(relation.getValidTo());
            if (!hidden.contains(relation) && validAt(relation, at) && relation.getFrom() != relation.getTo()) {
                scene.link(relation, relation.getFrom(), relation.getTo());
            }
        }
        for (ChartNode node : List.copyOf(scene.nodes)) {
            if (node.getObject() instanceof Event event) {
                for (MosaicObject perpetrator : event.getPerpetrators()) {
                    scene.link(new EventLink(event, perpetrator, EventLink.PERPETRATOR), perpetrator, event);
                }
                if (event.getLocation() != null) {
                    scene.link(new EventLink(event, event.getLocation(), EventLink.LOCATION), event, event.getLocation());
                }
            }
        }
        return scene;
    }

    private void link(Object link, MosaicObject from, MosaicObject to) {
        ChartNode source = nodeOf.get(from);
        ChartNode target = nodeOf.get(to);
        if (source == null || target == null) {
            return;
        }
        links.add(link);
        outgoing.computeIfAbsent(source, k -> new ArrayList<>()).add(link);
        incoming.computeIfAbsent(target, k -> new ArrayList<>()).add(link);
    }

    private void widen(LocalDate date) {
        if (date == null) {
            return;
        }
        if (earliest == null || date.isBefore(earliest)) {
            earliest = date;
        }
        if (latest == null || date.isAfter(latest)) {
            latest = date;
        }
    }

    /** The day an event happened (UTC). */
    public static LocalDate date(Event event) {
        return event.getOccurredAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Whether a relation holds on a day; every relation holds when no day is given. */
    public static boolean validAt(Relation relation, LocalDate at) {
        return at == null || ((relation.getValidFrom() == null || !at.isBefore(relation.getValidFrom()))
            && (relation.getValidTo() == null || !at.isAfter(relation.getValidTo())));
    }

    public Chart chart() {
        return chart;
    }

    /** The shown nodes, in the chart's order. */
    public List<ChartNode> nodes() {
        return nodes;
    }

    /** The shown node of an object, or null. */
    public ChartNode nodeOf(MosaicObject object) {
        return nodeOf.get(object);
    }

    /** Shown lines: {@link Relation}s and {@link EventLink}s. */
    public List<Object> links() {
        return links;
    }

    public List<Object> outgoing(ChartNode node) {
        return outgoing.getOrDefault(node, List.of());
    }

    public List<Object> incoming(ChartNode node) {
        return incoming.getOrDefault(node, List.of());
    }

    /** The node a line starts from. */
    public ChartNode source(Object link) {
        return link instanceof Relation relation ? nodeOf.get(relation.getFrom())
            : link instanceof EventLink eventLink && EventLink.PERPETRATOR.equals(eventLink.role()) ? nodeOf.get(eventLink.other())
            : link instanceof EventLink eventLink ? nodeOf.get(eventLink.event()) : null;
    }

    /** The node a line ends at. */
    public ChartNode target(Object link) {
        return link instanceof Relation relation ? nodeOf.get(relation.getTo())
            : link instanceof EventLink eventLink && EventLink.PERPETRATOR.equals(eventLink.role()) ? nodeOf.get(eventLink.event())
            : link instanceof EventLink eventLink ? nodeOf.get(eventLink.other()) : null;
    }

    /** The earliest date of the chart's relations and events (ignoring the chart's date), or null. */
    public LocalDate earliest() {
        return earliest;
    }

    /** The latest date of the chart's relations and events, or null. */
    public LocalDate latest() {
        return latest;
    }

    /** The highest marking among the chart, its shown objects and its shown relations. */
    public Marking highestMarking(MissionRules rules) {
        Marking highest = chart.getMarking();
        for (ChartNode node : nodes) {
            highest = higher(highest, node.getObject().getMarking(), rules);
        }
        for (Object link : links) {
            if (link instanceof Relation relation) {
                highest = higher(highest, relation.getMarking(), rules);
            }
        }
        return highest;
    }

    private static Marking higher(Marking a, Marking b, MissionRules rules) {
        if (a == null) {
            return b;
        }
        return b != null && rules.rank(b) > rules.rank(a) ? b : a;
    }
}
