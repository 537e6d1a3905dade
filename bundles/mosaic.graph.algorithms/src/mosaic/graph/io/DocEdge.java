package mosaic.graph.io;

import java.util.Map;
import java.util.Objects;

/**
 * An edge of a {@link GraphDocument}. Immutable.
 *
 * @param id         the edge id, unique in its document when present, or {@code null}
 * @param source     the id of the source node
 * @param target     the id of the target node
 * @param directed   whether this edge is directed, or {@code null} for the document's default
 * @param attributes values by attribute name (not key id), in the order given; copied, never {@code null}
 */
public record DocEdge(String id, String source, String target, Boolean directed, Map<String, String> attributes) {

    /** Copies the attributes, keeping their order; refuses null ends, names and values. */
    public DocEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        attributes = DocNode.copy(attributes, "edge " + describe(id, source, target));
    }

    /** An edge without id or attributes, directed as the document's default. */
    public DocEdge(String source, String target) {
        this(null, source, target, null, Map.of());
    }

    /** The value of an attribute, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /** Whether this edge is directed in a document whose default is {@code documentDefault}. */
    public boolean isDirected(boolean documentDefault) {
        return directed == null ? documentDefault : directed;
    }

    /** "'e1'" or "a -> b" (no id): for messages. */
    String describe() {
        return describe(id, source, target);
    }

    private static String describe(String id, String source, String target) {
        return id != null ? "'" + id + "'" : "'" + source + "' -> '" + target + "'";
    }
}
