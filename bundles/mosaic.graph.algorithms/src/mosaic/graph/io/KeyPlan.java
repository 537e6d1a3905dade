package mosaic.graph.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mosaic.graph.io.AttributeKey.Domain;

/**
 * The keys a writer declares for a document: its own, then a string key for every attribute name
 * that is used but not declared, with an id no other key has.
 */
final class KeyPlan {

    private final List<AttributeKey> keys = new ArrayList<>();
    private final Map<Domain, Map<String, AttributeKey>> byName = new EnumMap<>(Domain.class);

    /**
     * @param splitAll whether a key for ALL becomes a node key (same id) and an edge key (a new id)
     *                 (and a graph key when the graph has a value for it): Gephi reads keys for
     *                 "all" as node keys only and would lose their edge values
     */
    KeyPlan(GraphDocument doc, boolean splitAll) {
        Set<String> ids = new HashSet<>();
        for (AttributeKey key : doc.keys()) {
            ids.add(key.id());
        }
        for (AttributeKey key : doc.keys()) {
            if (splitAll && key.domain() == Domain.ALL) {
                keys.add(new AttributeKey(key.id(), key.name(), Domain.NODE, key.type(), key.defaultValue()));
                keys.add(new AttributeKey(freeId(ids, key.id() + "_edge"), key.name(), Domain.EDGE, key.type(),
                        key.defaultValue()));
                if (doc.graphAttributes().containsKey(key.name())) {
                    keys.add(new AttributeKey(freeId(ids, key.id() + "_graph"), key.name(), Domain.GRAPH, key.type(),
                            key.defaultValue()));
                }
            } else {
                keys.add(key);
            }
        }
        for (Domain d : new Domain[] { Domain.GRAPH, Domain.NODE, Domain.EDGE }) {
            Map<String, AttributeKey> names = new HashMap<>();
            for (AttributeKey key : keys) {
                if (key.appliesTo(d)) {
                    names.put(key.name(), key);
                }
            }
            byName.put(d, names);
        }
        int[] next = { 0 };
        declareMissing(Domain.GRAPH, doc.graphAttributes(), ids, next);
        for (DocNode node : doc.nodes()) {
            declareMissing(Domain.NODE, node.attributes(), ids, next);
        }
        for (DocEdge edge : doc.edges()) {
            declareMissing(Domain.EDGE, edge.attributes(), ids, next);
        }
    }

    private void declareMissing(Domain domain, Map<String, String> values, Set<String> ids, int[] next) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, AttributeKey> names = byName.get(domain);
        for (String name : values.keySet()) {
            if (!names.containsKey(name)) {
                String id;
                do {
                    id = "k" + next[0]++;
                } while (!ids.add(id));
                AttributeKey key = new AttributeKey(id, name, domain, "string", null);
                keys.add(key);
                names.put(name, key);
            }
        }
    }

    /** {@code base}, or {@code base} with a number, not in {@code ids}; added to them. */
    private static String freeId(Set<String> ids, String base) {
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = base + i;
        }
        return id;
    }

    /** Every key, declared ones first. */
    List<AttributeKey> keys() {
        return keys;
    }

    /** The key of attribute {@code name} on elements of {@code domain} (NODE, EDGE or GRAPH). */
    AttributeKey key(Domain domain, String name) {
        return byName.get(domain).get(name);
    }
}
