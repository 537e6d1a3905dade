package mosaic.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable graph for analysis: nodes 0..n-1 with an id, a label and a kind; edges with a
 * source, a target, a weight, a direction flag, an id and a type (several edges may join the
 * same two nodes: an alliance and a supply line).
 * <p>
 * Metrics read the <b>simple undirected view</b>, kept as compressed sparse rows: for node
 * {@code u}, its distinct neighbours are {@code neighbours()[offsets()[u] .. offsets()[u+1])},
 * each with the summed weight of the edges joining them; self-loops are left out. This is the
 * graph networkx builds from the same edges, so values compare one to one.
 */
public final class Graph {

    private final String[] ids;
    private final String[] labels;
    private final String[] kinds;
    private final Map<String, Integer> index;
    private final int[] edgeSource;
    private final int[] edgeTarget;
    private final double[] edgeWeight;
    private final boolean[] edgeDirected;
    private final String[] edgeIds;
    private final String[] edgeTypes;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] weights;

    private Graph(Builder b) {
        int n = b.ids.size();
        ids = b.ids.toArray(String[]::new);
        labels = b.labels.toArray(String[]::new);
        kinds = b.kinds.toArray(String[]::new);
        index = Map.copyOf(b.index);
        int m = b.edgeCount;
        edgeSource = Arrays.copyOf(b.src, m);
        edgeTarget = Arrays.copyOf(b.dst, m);
        edgeWeight = Arrays.copyOf(b.w, m);
        edgeDirected = Arrays.copyOf(b.directed, m);
        edgeIds = b.edgeIds.toArray(String[]::new);
        edgeTypes = b.edgeTypes.toArray(String[]::new);

        // simple undirected CSR: sort each node's half-edges, merge duplicates
        int[] degree = new int[n];
        for (int e = 0; e < m; e++) {
            if (edgeSource[e] != edgeTarget[e]) {
                degree[edgeSource[e]]++;
                degree[edgeTarget[e]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int u = 0; u < n; u++) {
            start[u + 1] = start[u] + degree[u];
        }
        long[] half = new long[start[n]]; // (neighbour << 32 | edge) per slot, sorted per node
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < m; e++) {
            int s = edgeSource[e];
            int t = edgeTarget[e];
            if (s != t) {
                half[fill[s]++] = ((long) t << 32) | e;
                half[fill[t]++] = ((long) s << 32) | e;
            }
        }
        int[] off = new int[n + 1];
        int[] nb = new int[half.length];
        double[] wt = new double[half.length];
        int k = 0;
        for (int u = 0; u < n; u++) {
            Arrays.sort(half, start[u], start[u + 1]);
            off[u] = k;
            int last = -1;
            for (int i = start[u]; i < start[u + 1]; i++) {
                int v = (int) (half[i] >>> 32);
                int e = (int) half[i];
                if (v == last) {
                    wt[k - 1] += edgeWeight[e];
                } else {
                    nb[k] = v;
                    wt[k] = edgeWeight[e];
                    k++;
                    last = v;
                }
            }
        }
        off[n] = k;
        offsets = off;
        neighbours = Arrays.copyOf(nb, k);
        weights = Arrays.copyOf(wt, k);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return ids.length;
    }

    /** Edges as added, parallel edges and self-loops included. */
    public int edgeCount() {
        return edgeSource.length;
    }

    /** Edges of the simple undirected view (each pair of neighbours once). */
    public int simpleEdgeCount() {
        return neighbours.length / 2;
    }

    public String id(int node) {
        return ids[node];
    }

    public String label(int node) {
        return labels[node];
    }

    public String kind(int node) {
        return kinds[node];
    }

    /** The node with this id, or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** CSR row starts of the simple undirected view; length nodeCount() + 1. Do not modify. */
    public int[] offsets() {
        return offsets;
    }

    /** CSR neighbours of the simple undirected view, sorted per node. Do not modify. */
    public int[] neighbours() {
        return neighbours;
    }

    /** Summed weight of the edges to each CSR neighbour. Do not modify. */
    public double[] neighbourWeights() {
        return weights;
    }

    /** Number of distinct neighbours. */
    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    public int source(int edge) {
        return edgeSource[edge];
    }

    public int target(int edge) {
        return edgeTarget[edge];
    }

    public double weight(int edge) {
        return edgeWeight[edge];
    }

    public boolean directed(int edge) {
        return edgeDirected[edge];
    }

    public String edgeId(int edge) {
        return edgeIds[edge];
    }

    public String edgeType(int edge) {
        return edgeTypes[edge];
    }

    @Override
    public String toString() {
        return "Graph[" + nodeCount() + " nodes, " + edgeCount() + " edges]";
    }

    /** Collects nodes and edges; not thread-safe. */
    public static final class Builder {

        private final List<String> ids = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private int[] src = new int[16];
        private int[] dst = new int[16];
        private double[] w = new double[16];
        private boolean[] directed = new boolean[16];
        private final List<String> edgeIds = new ArrayList<>();
        private final List<String> edgeTypes = new ArrayList<>();
        private int edgeCount;

        private Builder() {
        }

        /** Adds a node, or returns the existing one with this id. */
        public int node(String id, String label, String kind) {
            Integer existing = index.get(id);
            if (existing != null) {
                return existing;
            }
            int i = ids.size();
            ids.add(id);
            labels.add(label == null ? id : label);
            kinds.add(kind == null ? "" : kind);
            index.put(id, i);
            return i;
        }

        /** Adds a node with its id as label. */
        public int node(String id) {
            return node(id, id, null);
        }

        public boolean contains(String id) {
            return index.containsKey(id);
        }

        public int nodeCount() {
            return ids.size();
        }

        /** Adds an edge between two nodes already added; returns its index. */
        public int edge(int source, int target, double weight, boolean isDirected, String id, String type) {
            if (source < 0 || source >= ids.size() || target < 0 || target >= ids.size()) {
                throw new IllegalArgumentException("edge " + id + ": no node " + (source < 0 || source >= ids.size() ? source : target));
            }
            if (edgeCount == src.length) {
                int size = src.length * 2;
                src = Arrays.copyOf(src, size);
                dst = Arrays.copyOf(dst, size);
                w = Arrays.copyOf(w, size);
                directed = Arrays.copyOf(directed, size);
            }
            src[edgeCount] = source;
            dst[edgeCount] = target;
            w[edgeCount] = weight;
            directed[edgeCount] = isDirected;
            edgeIds.add(id == null ? "e" + edgeCount : id);
            edgeTypes.add(type == null ? "" : type);
            return edgeCount++;
        }

        /** Adds an undirected edge of weight 1. */
        public int edge(int source, int target) {
            return edge(source, target, 1.0, false, null, null);
        }

        public Graph build() {
            return new Graph(this);
        }
    }
}
