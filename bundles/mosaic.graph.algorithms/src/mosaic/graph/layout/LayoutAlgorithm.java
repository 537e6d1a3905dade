package mosaic.graph.layout;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The chart layouts Mosaic offers. Each has a stable {@link #id()} (kept in charts and
 * preferences, never renamed) and a {@link #label()} for menus.
 */
public enum LayoutAlgorithm {

    /** Eclipse ELK layered: layers top to bottom along the edges (command chains, flows). */
    LAYERED("layered", "Hierarchy (layered)"),
    /** Rings around a root node by distance from it, sectors by subtree size. */
    RADIAL("radial", "Radial (rings around a root)"),
    /** Eclipse ELK force (Fruchterman–Reingold): good for small networks, quadratic time. */
    FORCE("force", "Network (force-directed)"),
    /** Eclipse ELK stress majorization: graph distances kept as drawn distances, quadratic time. */
    STRESS("stress", "Network (stress)"),
    /** ForceAtlas2 with a Barnes–Hut quadtree: large networks, O(n log n) per iteration. */
    FORCE_ATLAS_2("forceatlas2", "Large network (ForceAtlas2)");

    /**
     * Charts with more nodes than this are laid out with {@link #FORCE_ATLAS_2} by
     * {@link #forSize(int, int)}. Measured on the 2-core development machine with G(n, 3n)
     * random graphs (ranges: other builds running or not): ELK force takes 0.3 s for 100
     * nodes, 0.9 to 1.5 s for 200, 2 to 3 s for 300 and 5 s for 500, as all pairs of nodes repel
     * each other in each of its 300 iterations; ForceAtlas2 takes 0.3 to 0.5 s for 200 nodes and
     * 0.5 to 0.7 s for 500. Up to 200 nodes ELK force answers in about a second; above, the
     * wait grows with the square of the size.
     */
    public static final int FORCE_MAX_NODES = 200;

    private final String id;
    private final String label;

    LayoutAlgorithm(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable identifier kept in charts and preferences, e.g. "forceatlas2". */
    public String id() {
        return id;
    }

    /** The name shown in menus, e.g. "Hierarchy (layered)". */
    public String label() {
        return label;
    }

    /**
     * The algorithm with this {@link #id()}.
     *
     * @throws IllegalArgumentException if no algorithm has this id; the message lists the valid ids
     */
    public static LayoutAlgorithm byId(String id) {
        for (LayoutAlgorithm a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown layout algorithm \"" + id + "\"; valid ids: "
                + Arrays.stream(values()).map(LayoutAlgorithm::id).collect(Collectors.joining(", ")));
    }

    /**
     * The automatic choice for a chart of this size: {@link #FORCE} up to
     * {@link #FORCE_MAX_NODES} nodes, {@link #FORCE_ATLAS_2} above. The edge count does not
     * change the choice: the cost of ELK force is dominated by the repulsion between all pairs
     * of nodes.
     */
    public static LayoutAlgorithm forSize(int nodes, int edges) {
        if (nodes < 0 || edges < 0) {
            throw new IllegalArgumentException("negative chart size: " + nodes + " nodes, " + edges + " edges");
        }
        return nodes <= FORCE_MAX_NODES ? FORCE : FORCE_ATLAS_2;
    }
}
