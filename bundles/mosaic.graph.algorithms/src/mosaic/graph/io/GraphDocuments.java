package mosaic.graph.io;

import java.util.LinkedHashMap;
import java.util.Map;

import mosaic.graph.Graph;
import mosaic.graph.io.AttributeKey.Domain;

/**
 * Conversions between {@link GraphDocument} and {@link Graph}: export of computed graphs, import of
 * files for analysis.
 */
public final class GraphDocuments {

    /** Node attribute holding {@link Graph#label(int)}. */
    public static final String LABEL = "label";
    /** Node attribute holding {@link Graph#kind(int)}. */
    public static final String KIND = "kind";
    /** Edge attribute holding {@link Graph#edgeType(int)}. */
    public static final String TYPE = "type";
    /** Edge attribute holding {@link Graph#weight(int)}. */
    public static final String WEIGHT = "weight";

    private GraphDocuments() {
    }

    /**
     * A document with the nodes and edges of {@code g}: node ids, {@value #LABEL} and {@value #KIND}
     * (left out when empty); edge ids, {@value #TYPE} (left out when empty), {@value #WEIGHT} (a
     * double) and direction. The document is directed when every edge is (and there is at least
     * one); edges whose direction differs from the document's carry their own flag.
     */
    public static GraphDocument of(Graph g) {
        boolean allDirected = g.edgeCount() > 0;
        for (int e = 0; e < g.edgeCount() && allDirected; e++) {
            allDirected = g.directed(e);
        }
        GraphDocument doc = new GraphDocument(allDirected);
        doc.declare(AttributeKey.of(LABEL, Domain.NODE, "string"));
        doc.declare(AttributeKey.of(KIND, Domain.NODE, "string"));
        doc.declare(AttributeKey.of(TYPE, Domain.EDGE, "string"));
        doc.declare(AttributeKey.of(WEIGHT, Domain.EDGE, "double"));
        for (int v = 0; v < g.nodeCount(); v++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(LABEL, g.label(v));
            if (!g.kind(v).isEmpty()) {
                values.put(KIND, g.kind(v));
            }
            doc.addNode(g.id(v), values);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            Map<String, String> values = new LinkedHashMap<>();
            if (!g.edgeType(e).isEmpty()) {
                values.put(TYPE, g.edgeType(e));
            }
            values.put(WEIGHT, Double.toString(g.weight(e)));
            Boolean directed = g.directed(e) == allDirected ? null : g.directed(e);
            doc.addEdge(new DocEdge(g.edgeId(e), g.id(g.source(e)), g.id(g.target(e)), directed, values));
        }
        return doc;
    }

    /**
     * A graph of the document's nodes and edges, in order: node labels from {@value #LABEL} (the id
     * when absent), kinds from {@value #KIND}, edge types from {@value #TYPE}; an edge is directed by
     * its own flag or the document's default.
     *
     * @param weightAttribute the edge attribute giving weights (for instance {@value #WEIGHT}), or
     *                        {@code null} for weight 1 everywhere; edges without it weigh 1
     * @throws IllegalArgumentException if a weight is not a number
     */
    public static Graph toGraph(GraphDocument doc, String weightAttribute) {
        Graph.Builder b = Graph.builder();
        for (DocNode node : doc.nodes()) {
            b.node(node.id(), node.attribute(LABEL), node.attribute(KIND));
        }
        for (DocEdge edge : doc.edges()) {
            double weight = 1.0;
            String value = weightAttribute == null ? null : edge.attribute(weightAttribute);
            if (value != null) {
                String number = AttributeKey.normalize("double", value);
                if (number == null) {
                    throw new IllegalArgumentException("edge " + edge.describe() + ": " + weightAttribute + " '" + value
                            + "' is not a number");
                }
                weight = switch (number) {
                case "INF" -> Double.POSITIVE_INFINITY;
                case "-INF" -> Double.NEGATIVE_INFINITY;
                case "NaN" -> Double.NaN;
                default -> Double.parseDouble(number);
                };
            }
            b.edge(b.node(edge.source()), b.node(edge.target()), weight, edge.isDirected(doc.isDirected()), edge.id(),
                    edge.attribute(TYPE));
        }
        return b.build();
    }
}
