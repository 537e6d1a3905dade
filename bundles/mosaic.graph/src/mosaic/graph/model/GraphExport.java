package mosaic.graph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mosaic.core.access.FileMarking;
import mosaic.graph.Graph;
import mosaic.graph.io.AttributeKey;
import mosaic.graph.io.DocEdge;
import mosaic.graph.io.GraphDocument;
import mosaic.model.Actor;
import mosaic.model.Attribute;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

/**
 * A {@link ModelGraph} as a neutral {@link GraphDocument}, for GraphML and GEXF: node ids are object
 * ids; nodes carry {@code label}, {@code kind}, their marking ({@code classification},
 * {@code compartment}, {@code releasableTo} as a comma-separated list) and what their kind has
 * ({@code actorKind}, {@code type}, {@code aliases}, {@code latitude}/{@code longitude},
 * {@code occurredAt}); edges carry {@code type}, {@code weight}, the marking of the object they
 * were drawn from, {@code start}/{@code end} (the relation's validity, Gephi's timeline names).
 * The graph carries the file's marking, the highest of what it holds ({@link FileMarking}):
 * {@code classification}, {@code compartments}, {@code releasableTo} (only when restricted) and
 * the banner line as {@code marking}. Attributes kept
 * with objects (from an earlier import) are written under their own names and types, so an
 * import followed by an export gives the analyst's data back.
 */
public final class GraphExport {

    private GraphExport() {
    }

    /** The document of a model graph, with its objects' markings but no file-level marking. */
    public static GraphDocument toDocument(ModelGraph model) {
        return toDocument(model, null);
    }

    /**
     * The document of a model graph, each node and edge with its full marking and, when
     * {@code rules} are given, the file marking on the graph.
     */
    public static GraphDocument toDocument(ModelGraph model, MissionRules rules) {
        Graph g = model.graph();
        List<Marking> markings = new ArrayList<>();
        Map<String, String> nodeTypes = new LinkedHashMap<>();
        Map<String, String> edgeTypes = new LinkedHashMap<>();
        List<Map<String, String>> nodeValues = new ArrayList<>();
        for (int i = 0; i < g.nodeCount(); i++) {
            MosaicObject o = model.object(i);
            Map<String, String> values = new LinkedHashMap<>();
            put(values, nodeTypes, "label", g.label(i), "string");
            put(values, nodeTypes, "kind", g.kind(i), "string");
            marking(o, values, nodeTypes, markings);
            if (o instanceof NamedObject named && !named.getAliases().isEmpty()) {
                put(values, nodeTypes, "aliases", String.join("; ", named.getAliases()), "string");
            }
            if (o instanceof Actor a) {
                put(values, nodeTypes, "actorKind", a.getKind().getLiteral(), "string");
                put(values, nodeTypes, "type", a.getType(), "string");
            } else if (o instanceof Location l) {
                put(values, nodeTypes, "latitude", l.getLatitude() == null ? null : l.getLatitude().toString(), "double");
                put(values, nodeTypes, "longitude", l.getLongitude() == null ? null : l.getLongitude().toString(), "double");
            } else if (o instanceof Event e) {
                put(values, nodeTypes, "occurredAt", e.getOccurredAt() == null ? null : e.getOccurredAt().toString(), "string");
                put(values, nodeTypes, "type", e.getViolenceType(), "string");
            }
            kept(o, values, nodeTypes);
            nodeValues.add(values);
        }
        List<Map<String, String>> edgeValues = new ArrayList<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            Map<String, String> values = new LinkedHashMap<>();
            MosaicObject holder = model.edgeObject(e);
            put(values, edgeTypes, "type", g.edgeType(e), "string");
            put(values, edgeTypes, "weight", Double.toString(g.weight(e)), "double");
            marking(holder, values, edgeTypes, markings);
            if (holder instanceof Relation r) {
                put(values, edgeTypes, "start", r.getValidFrom() == null ? null : r.getValidFrom().toString(), "string");
                put(values, edgeTypes, "end", r.getValidTo() == null ? null : r.getValidTo().toString(), "string");
                kept(r, values, edgeTypes);
            }
            edgeValues.add(values);
        }

        GraphDocument doc = new GraphDocument(false);
        if (rules != null) {
            FileMarking file = FileMarking.of(rules, markings);
            int g0 = 0;
            doc.declare(new AttributeKey("g" + g0++, "classification", AttributeKey.Domain.GRAPH, "string", null));
            doc.putGraphAttribute("classification", file.classification());
            doc.declare(new AttributeKey("g" + g0++, "compartments", AttributeKey.Domain.GRAPH, "string", null));
            doc.putGraphAttribute("compartments", file.compartmentList());
            if (file.releasableTo() != null) {
                doc.declare(new AttributeKey("g" + g0++, "releasableTo", AttributeKey.Domain.GRAPH, "string", null));
                doc.putGraphAttribute("releasableTo", String.join(",", file.releasableTo()));
            }
            doc.declare(new AttributeKey("g" + g0, "marking", AttributeKey.Domain.GRAPH, "string", null));
            doc.putGraphAttribute("marking", file.banner());
        }
        int k = 0;
        for (Map.Entry<String, String> key : nodeTypes.entrySet()) {
            doc.declare(new AttributeKey("n" + k++, key.getKey(), AttributeKey.Domain.NODE, key.getValue(), null));
        }
        k = 0;
        for (Map.Entry<String, String> key : edgeTypes.entrySet()) {
            doc.declare(new AttributeKey("e" + k++, key.getKey(), AttributeKey.Domain.EDGE, key.getValue(), null));
        }
        for (int i = 0; i < g.nodeCount(); i++) {
            doc.addNode(g.id(i), nodeValues.get(i));
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            doc.addEdge(new DocEdge(g.edgeId(e), g.id(g.source(e)), g.id(g.target(e)), g.directed(e), edgeValues.get(e)));
        }
        return doc;
    }

    /** The object's full marking: classification, compartment and releasability (comma-separated). */
    private static void marking(MosaicObject o, Map<String, String> values, Map<String, String> types, List<Marking> markings) {
        Marking m = o.getMarking();
        markings.add(m);
        if (m == null) {
            return;
        }
        put(values, types, "classification", m.getClassification(), "string");
        put(values, types, "compartment", m.getCompartment() == null || m.getCompartment().isBlank() ? null : m.getCompartment(), "string");
        put(values, types, "releasableTo", m.getReleasableTo().isEmpty() ? null : String.join(",", m.getReleasableTo()), "string");
    }

    /** Attributes kept with the object, except the id it had in the file it came from. */
    private static void kept(MosaicObject o, Map<String, String> values, Map<String, String> types) {
        for (Attribute a : o.getAttributes()) {
            if (a.getKey() != null && !a.getKey().equals("graphml.id") && !values.containsKey(a.getKey())) {
                put(values, types, a.getKey(), a.getValue(), a.getType() == null ? "string" : a.getType());
            }
        }
    }

    /** Records a value and its key's type; a key seen with two types, or a value not of its type, becomes string. */
    private static void put(Map<String, String> values, Map<String, String> types, String name, String value, String type) {
        if (value == null) {
            return;
        }
        values.put(name, value);
        String known = types.get(name);
        boolean fits = AttributeKey.accepts(type, value);
        if (known == null) {
            types.put(name, fits ? type : "string");
        } else if (!known.equals(type) || !fits) {
            types.put(name, "string");
        }
    }
}
