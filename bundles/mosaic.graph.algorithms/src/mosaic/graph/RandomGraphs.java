package mosaic.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Reproducible random graphs for tests and benchmarks. */
public final class RandomGraphs {

    private RandomGraphs() {
    }

    /**
     * A G(n, m) random graph: {@code edges} distinct undirected edges between {@code nodes}
     * nodes, no self-loops, chosen uniformly with the given seed. Node ids are "n0", "n1", ...
     */
    public static Graph gnm(int nodes, int edges, long seed) {
        long possible = (long) nodes * (nodes - 1) / 2;
        if (nodes < 0 || edges < 0 || edges > possible) {
            throw new IllegalArgumentException(edges + " edges do not fit between " + nodes + " nodes");
        }
        Graph.Builder b = Graph.builder();
        for (int i = 0; i < nodes; i++) {
            b.node("n" + i, "n" + i, "actor");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> seen = new HashSet<>(edges * 2);
        while (seen.size() < edges) {
            int u = random.nextInt(nodes);
            int v = random.nextInt(nodes);
            if (u == v) {
                continue;
            }
            long key = (long) Math.min(u, v) * nodes + Math.max(u, v);
            if (seen.add(key)) {
                b.edge(u, v);
            }
        }
        return b.build();
    }
}
