package mosaic.graph.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A node of a {@link GraphDocument}: an id and its attribute values keyed by attribute name, in the
 * order they were given. Immutable.
 *
 * @param id         the node id, unique in its document
 * @param attributes values by attribute name (not key id); copied, never {@code null}
 */
public record DocNode(String id, Map<String, String> attributes) {

    /** Copies the attributes, keeping their order; refuses null ids, names and values. */
    public DocNode {
        Objects.requireNonNull(id, "id");
        attributes = copy(attributes, "node " + id);
    }

    /** A node without attributes. */
    public DocNode(String id) {
        this(id, Map.of());
    }

    /** The value of an attribute, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    static Map<String, String> copy(Map<String, String> attributes, String owner) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new NullPointerException(owner + ": null attribute name or value (" + name + " = " + value + ")");
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
