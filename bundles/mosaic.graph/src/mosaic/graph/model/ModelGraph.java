package mosaic.graph.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;

import mosaic.graph.Graph;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;

/**
 * The model as a {@link Graph}: actors, events and locations (or any kinds asked for) as nodes;
 * as edges, relations between shown objects, an event's perpetrators and place, an actor's areas of
 * operation ("present in") and a location's parent ("within").
 * <p>
 * Filters: by kind; by time (valid at a date: relations whose interval contains it and events up
 * to it; or within a period: relations overlapping it and events inside it); by marking (a
 * classification ceiling, or any predicate: what is above it is neither a node nor an edge, and a
 * relation marked above its ends is left out too).
 * <p>
 * Node {@code i} of {@link #graph()} is {@link #object(int) object(i)}; edge {@code e} was drawn
 * from {@link #edgeObject(int) edgeObject(e)} (the Relation, the Event, or the Actor or Location
 * that holds the reference). Node ids are the objects' ids, labels their titles, kinds the kind names.
 */
public final class ModelGraph {

    /** Edge types for edges that are not relations. */
    public static final String PERPETRATOR = "perpetrator";
    public static final String OCCURRED_AT = "occurred-at";
    public static final String PRESENT_IN = "present-in";
    public static final String WITHIN = "within";

    private final Graph graph;
    private final List<MosaicObject> nodes;
    private final List<MosaicObject> edgeObjects;

    private ModelGraph(Graph graph, List<MosaicObject> nodes, List<MosaicObject> edgeObjects) {
        this.graph = graph;
        this.nodes = nodes;
        this.edgeObjects = edgeObjects;
    }

    /** A builder over every object given (a workspace's {@code all()}, or a chart's objects). */
    public static Builder of(Collection<? extends MosaicObject> objects) {
        return new Builder(objects);
    }

    public Graph graph() {
        return graph;
    }

    public MosaicObject object(int node) {
        return nodes.get(node);
    }

    /** The objects shown, in node order. */
    public List<MosaicObject> objects() {
        return Collections.unmodifiableList(nodes);
    }

    public MosaicObject edgeObject(int edge) {
        return edgeObjects.get(edge);
    }

    /** The node of an object, or -1. */
    public int nodeOf(MosaicObject object) {
        return graph.indexOf(object.getId());
    }

    /** Whether a relation is valid on a day; open ends are unbounded. */
    public static boolean validAt(Relation relation, LocalDate day) {
        return (relation.getValidFrom() == null || !relation.getValidFrom().isAfter(day))
            && (relation.getValidTo() == null || !relation.getValidTo().isBefore(day));
    }

    /** Whether a relation's interval meets the period [from, to]; null bounds are open. */
    public static boolean validDuring(Relation relation, LocalDate from, LocalDate to) {
        return (to == null || relation.getValidFrom() == null || !relation.getValidFrom().isAfter(to))
            && (from == null || relation.getValidTo() == null || !relation.getValidTo().isBefore(from));
    }

    /** The UTC day an event occurred, or null. */
    public static LocalDate day(Event event) {
        return event.getOccurredAt() == null ? null : LocalDate.ofInstant(event.getOccurredAt(), ZoneOffset.UTC);
    }

    /** Collects filters, then builds. */
    public static final class Builder {

        private final Collection<? extends MosaicObject> objects;
        private Set<EClass> kinds = Set.of(MosaicPackage.Literals.ACTOR, MosaicPackage.Literals.EVENT, MosaicPackage.Literals.LOCATION);
        private LocalDate from;
        private LocalDate to;
        private boolean instant;
        private Predicate<MosaicObject> visible = o -> true;

        private Builder(Collection<? extends MosaicObject> objects) {
            this.objects = Objects.requireNonNull(objects);
        }

        /** The kinds shown as nodes (default actor, event, location). */
        public Builder kinds(Collection<EClass> shown) {
            kinds = Set.copyOf(shown);
            return this;
        }

        /** Kinds by name ("actor", "event", ...); an unknown name is an IllegalArgumentException naming the kinds. */
        public Builder kindNames(Collection<String> names) {
            List<EClass> shown = new ArrayList<>();
            for (String name : names) {
                shown.add(Kinds.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown kind '" + name + "'; kinds are " + String.join(", ", Kinds.names()))));
            }
            return kinds(shown);
        }

        /** The network as it was on a day; null for all of time. */
        public Builder at(LocalDate day) {
            from = day;
            to = day;
            instant = day != null;
            return this;
        }

        /** The network during a period; either bound may be null (open). */
        public Builder between(LocalDate start, LocalDate end) {
            if (start != null && end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
            }
            from = start;
            to = end;
            instant = false;
            return this;
        }

        /** Only what passes the predicate (for instance, what a reader is cleared for). */
        public Builder visible(Predicate<MosaicObject> predicate) {
            visible = visible.and(predicate);
            return this;
        }

        /** Only what is marked at or below a classification level of the mission's rules. */
        public Builder ceiling(String classification, MissionRules rules) {
            if (!rules.isClassification(classification)) {
                throw new IllegalArgumentException("unknown classification '" + classification + "'; levels are "
                    + String.join(", ", rules.classificationCodes()));
            }
            int max = rules.classificationRank(classification);
            return visible(o -> rules.rank(o.getMarking()) <= max);
        }

        public ModelGraph build() {
            Graph.Builder b = Graph.builder();
            List<MosaicObject> nodes = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            for (MosaicObject o : objects) {
                if (o instanceof Relation r) {
                    relations.add(r);
                } else if (kinds.contains(o.eClass()) && visible.test(o) && inTime(o) && !b.contains(o.getId())) {
                    b.node(o.getId(), Kinds.title(o), Kinds.name(o.eClass()));
                    nodes.add(o);
                }
            }
            List<MosaicObject> edgeObjects = new ArrayList<>();
            for (Relation r : relations) {
                if (!visible.test(r) || !inTime(r) || r.getFrom() == null || r.getTo() == null) {
                    continue;
                }
                int s = b.contains(r.getFrom().getId()) ? b.node(r.getFrom().getId()) : -1;
                int t = b.contains(r.getTo().getId()) ? b.node(r.getTo().getId()) : -1;
                if (s >= 0 && t >= 0) {
                    b.edge(s, t, r.getWeight(), r.isDirected(), r.getId(), r.getType());
                    edgeObjects.add(r);
                }
            }
            for (int i = 0, n = nodes.size(); i < n; i++) {
                MosaicObject o = nodes.get(i);
                if (o instanceof Event e) {
                    for (Actor a : new LinkedHashSet<>(e.getPerpetrators())) {
                        link(b, edgeObjects, a, i, e, PERPETRATOR, true);
                    }
                    if (e.getLocation() != null) {
                        link(b, edgeObjects, e.getLocation(), i, e, OCCURRED_AT, false);
                    }
                } else if (o instanceof Actor a) {
                    for (Location l : new LinkedHashSet<>(a.getAreasOfOperation())) {
                        link(b, edgeObjects, l, i, a, PRESENT_IN, false);
                    }
                } else if (o instanceof Location l && l.getParent() != null) {
                    link(b, edgeObjects, l.getParent(), i, l, WITHIN, false);
                }
            }
            return new ModelGraph(b.build(), List.copyOf(nodes), List.copyOf(edgeObjects));
        }

        /** Adds an edge from the node of {@code other} (if shown) to node {@code i}; other first when {@code otherIsSource}. */
        private static void link(Graph.Builder b, List<MosaicObject> edgeObjects, MosaicObject other, int i, MosaicObject holder,
            String type, boolean otherIsSource) {
            if (other.getId() == null || !b.contains(other.getId())) {
                return;
            }
            int j = b.node(other.getId());
            String id = holder.getId() + "/" + type + "/" + other.getId();
            if (otherIsSource) {
                b.edge(j, i, 1.0, true, id, type);
            } else {
                b.edge(i, j, 1.0, true, id, type);
            }
            edgeObjects.add(holder);
        }

        private boolean inTime(MosaicObject o) {
            if (from == null && to == null) {
                return true;
            }
            if (o instanceof Relation r) {
                return instant ? validAt(r, from) : validDuring(r, from, to);
            }
            if (o instanceof Event e) {
                LocalDate day = day(e);
                if (day == null) {
                    return false;
                }
                // at a day: what had happened by then; in a period: what happened within it
                return instant ? !day.isAfter(to) : (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
            }
            return true;
        }
    }
}
