package mosaic.graph.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import mosaic.graph.io.AttributeKey.Domain;

/**
 * A graph as GraphML and GEXF describe it, independent of the Mosaic model: a default direction,
 * attribute declarations ({@link AttributeKey}), nodes and edges with attribute values keyed by
 * attribute name, and graph-level attribute values. Mutable and not thread-safe; nodes and edges
 * keep the order they were added in.
 * <p>
 * The document keeps itself consistent: node ids and edge ids are unique, edges join nodes already
 * added, key ids are unique, no two keys of overlapping domains share a name, and every value of a
 * declared attribute is of the declared type ({@link AttributeKey#accepts(String)}). Values of
 * attributes that are not declared are allowed; writers declare them as strings.
 * <p>
 * Two documents are {@link #equals(Object) equal} when their direction, keys (in order), graph
 * attributes, nodes (in order) and edges (in order) are equal; attribute order does not matter.
 */
public final class GraphDocument {

    private boolean directed;
    private final Map<String, AttributeKey> keys = new LinkedHashMap<>();
    private final Map<String, String> graphAttributes = new LinkedHashMap<>();
    private final List<DocNode> nodes = new ArrayList<>();
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final List<DocEdge> edges = new ArrayList<>();
    private final Set<String> edgeIds = new HashSet<>();
    /** The line of the file each node and edge was read from, when it was read from one. */
    private final Map<Object, Integer> lines = new java.util.IdentityHashMap<>();

    /** An empty undirected document. */
    public GraphDocument() {
    }

    /** An empty document whose edges are directed by default or not. */
    public GraphDocument(boolean directed) {
        this.directed = directed;
    }

    /** Whether edges without their own flag are directed (GraphML's {@code edgedefault}). */
    public boolean isDirected() {
        return directed;
    }

    public void setDirected(boolean directed) {
        this.directed = directed;
    }

    /**
     * Declares an attribute. Values already present under its name in its domain must be of its type.
     *
     * @return the key
     * @throws IllegalArgumentException if the id is taken, a key of an overlapping domain has the
     *                                  same name, or a present value is not of the type
     */
    public AttributeKey declare(AttributeKey key) {
        Objects.requireNonNull(key, "key");
        if (keys.containsKey(key.id())) {
            throw new IllegalArgumentException("key id '" + key.id() + "' is declared twice");
        }
        for (AttributeKey other : keys.values()) {
            if (other.name().equals(key.name()) && other.domain().covers(key.domain())) {
                throw new IllegalArgumentException("keys '" + other.id() + "' and '" + key.id() + "' both declare '"
                        + key.name() + "' for " + key.domain().xmlName());
            }
        }
        if (key.appliesTo(Domain.GRAPH)) {
            check(key, graphAttributes, "graph");
        }
        if (key.appliesTo(Domain.NODE)) {
            for (DocNode node : nodes) {
                check(key, node.attributes(), "node '" + node.id() + "'");
            }
        }
        if (key.appliesTo(Domain.EDGE)) {
            for (DocEdge edge : edges) {
                check(key, edge.attributes(), "edge " + edge.describe());
            }
        }
        keys.put(key.id(), key);
        return key;
    }

    /** The declared keys, in declaration order. */
    public List<AttributeKey> keys() {
        return List.copyOf(keys.values());
    }

    /** The key with this id, or {@code null}. */
    public AttributeKey keyById(String id) {
        return keys.get(id);
    }

    /**
     * The key that declares attribute {@code name} for elements of {@code domain} (NODE, EDGE or
     * GRAPH; a key for ALL applies to each), or {@code null}.
     */
    public AttributeKey key(Domain domain, String name) {
        for (AttributeKey key : keys.values()) {
            if (key.name().equals(name) && key.appliesTo(domain)) {
                return key;
            }
        }
        return null;
    }

    /**
     * Adds a node.
     *
     * @return the node
     * @throws IllegalArgumentException if the id is taken or a value is not of its declared type
     */
    public DocNode addNode(DocNode node) {
        Objects.requireNonNull(node, "node");
        if (nodeIndex.containsKey(node.id())) {
            throw new IllegalArgumentException("duplicate node id '" + node.id() + "'");
        }
        checkValues(Domain.NODE, node.attributes(), "node '" + node.id() + "'");
        nodeIndex.put(node.id(), nodes.size());
        nodes.add(node);
        return node;
    }

    /**
     * The line of the file a node or edge of this document was read from, or 0 when it was not
     * read from a file (not part of {@link #equals}).
     */
    public int lineOf(Object nodeOrEdge) {
        return lines.getOrDefault(nodeOrEdge, 0);
    }

    /** Records where a node or edge was read (by the readers of this package). */
    void setLine(Object nodeOrEdge, int line) {
        if (line > 0) {
            lines.put(nodeOrEdge, line);
        }
    }

    /** Adds a node with these attribute values (copied). */
    public DocNode addNode(String id, Map<String, String> attributes) {
        return addNode(new DocNode(id, attributes));
    }

    /**
     * Adds an edge between nodes already added.
     *
     * @return the edge
     * @throws IllegalArgumentException if an end is not a node, the id is taken or a value is not
     *                                  of its declared type
     */
    public DocEdge addEdge(DocEdge edge) {
        Objects.requireNonNull(edge, "edge");
        for (String end : new String[] { edge.source(), edge.target() }) {
            if (!nodeIndex.containsKey(end)) {
                throw new IllegalArgumentException("edge " + edge.describe() + ": no node '" + end + "'");
            }
        }
        if (edge.id() != null && edgeIds.contains(edge.id())) {
            throw new IllegalArgumentException("duplicate edge id '" + edge.id() + "'");
        }
        checkValues(Domain.EDGE, edge.attributes(), "edge " + edge.describe());
        if (edge.id() != null) {
            edgeIds.add(edge.id());
        }
        edges.add(edge);
        return edge;
    }

    /** The node with this id, or {@code null}. */
    public DocNode node(String id) {
        Integer i = nodeIndex.get(id);
        return i == null ? null : nodes.get(i);
    }

    /** The nodes in the order added; unmodifiable view. */
    public List<DocNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The edges in the order added; unmodifiable view. */
    public List<DocEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edges.size();
    }

    /**
     * Sets a graph-level attribute value.
     *
     * @throws IllegalArgumentException if the value is not of the attribute's declared type
     */
    public void putGraphAttribute(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        checkValues(Domain.GRAPH, Map.of(name, value), "graph");
        graphAttributes.put(name, value);
    }

    /** Graph-level attribute values by name; unmodifiable view. */
    public Map<String, String> graphAttributes() {
        return Collections.unmodifiableMap(graphAttributes);
    }

    private void checkValues(Domain domain, Map<String, String> values, String owner) {
        if (keys.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            AttributeKey key = key(domain, e.getKey());
            if (key != null && !key.accepts(e.getValue())) {
                throw notOfType(owner, key, e.getValue());
            }
        }
    }

    private static void check(AttributeKey key, Map<String, String> values, String owner) {
        String value = values.get(key.name());
        if (value != null && !key.accepts(value)) {
            throw notOfType(owner, key, value);
        }
    }

    private static IllegalArgumentException notOfType(String owner, AttributeKey key, String value) {
        return new IllegalArgumentException(owner + ": '" + key.name() + "' = '" + value + "' is not "
                + AttributeKey.article(key.type()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphDocument d && directed == d.directed && keys().equals(d.keys())
                && graphAttributes.equals(d.graphAttributes) && nodes.equals(d.nodes) && edges.equals(d.edges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directed, keys(), graphAttributes, nodes, edges);
    }

    @Override
    public String toString() {
        return "GraphDocument[" + (directed ? "directed, " : "undirected, ") + nodes.size() + " nodes, "
                + edges.size() + " edges, " + keys.size() + " keys]";
    }
}
