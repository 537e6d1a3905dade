package mosaic.graph.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import mosaic.graph.Graph;

/** Paths and neighbourhoods in the simple undirected view, unweighted (every edge one hop). */
public final class Paths {

    private Paths() {
    }

    /**
     * A shortest path (fewest edges) as the node sequence from {@code from} to {@code to} both
     * included, found by BFS with neighbours taken in index order; {@code [from]} when the two
     * are the same node, empty when {@code to} cannot be reached.
     */
    public static int[] shortest(Graph g, int from, int to) {
        check(g, from);
        check(g, to);
        if (from == to) {
            return new int[] { from };
        }
        int n = g.nodeCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        parent[from] = from;
        int[] queue = new int[n];
        int head = 0;
        int tail = 1;
        queue[0] = from;
        while (head < tail) {
            int v = queue[head++];
            for (int i = off[v]; i < off[v + 1]; i++) {
                int w = nb[i];
                if (parent[w] < 0) {
                    parent[w] = v;
                    if (w == to) {
                        return trace(parent, from, to);
                    }
                    queue[tail++] = w;
                }
            }
        }
        return new int[0];
    }

    private static int[] trace(int[] parent, int from, int to) {
        int length = 1;
        for (int v = to; v != from; v = parent[v]) {
            length++;
        }
        int[] path = new int[length];
        int v = to;
        for (int i = length - 1; i >= 0; i--) {
            path[i] = v;
            v = parent[v];
        }
        return path;
    }

    /**
     * Simple paths (no node twice) from {@code from} to {@code to} with at most
     * {@code maxLength} edges, shortest first and, among paths of one length, in the order of
     * neighbour indices along the path; at most {@code limit} of them. As networkx's
     * {@code all_simple_paths}, a node to itself is the one path {@code [from]}.
     * <p>
     * Paths of each length are enumerated by depth-first search pruned with the BFS distance to
     * {@code to}, so the search never walks down a branch too long to end at {@code to} in time.
     *
     * @throws IllegalArgumentException if a node is not in the graph or maxLength or limit is negative
     */
    public static List<int[]> allSimple(Graph g, int from, int to, int maxLength, int limit) {
        check(g, from);
        check(g, to);
        if (maxLength < 0 || limit < 0) {
            throw new IllegalArgumentException("maxLength and limit must be 0 or more, not " + maxLength + " and " + limit);
        }
        List<int[]> found = new ArrayList<>();
        if (limit == 0) {
            return found;
        }
        if (from == to) {
            found.add(new int[] { from });
            return found;
        }
        int n = g.nodeCount();
        int[] toTarget = distances(g, to, maxLength);
        if (toTarget[from] < 0) {
            return found;
        }
        Search search = new Search(g, to, toTarget, limit, found);
        int longest = Math.min(maxLength, n - 1);
        for (int length = toTarget[from]; length <= longest && found.size() < limit; length++) {
            search.paths(from, length);
        }
        return found;
    }

    /** Depth-first enumeration of the simple paths of one exact length. */
    private static final class Search {
        private final int[] off;
        private final int[] nb;
        private final int to;
        private final int[] toTarget;
        private final int limit;
        private final List<int[]> found;
        private final boolean[] onPath;
        private final int[] path;
        /** Per depth: the next CSR slot to try from the node at that depth. */
        private final int[] next;

        Search(Graph g, int to, int[] toTarget, int limit, List<int[]> found) {
            int n = g.nodeCount();
            off = g.offsets();
            nb = g.neighbours();
            this.to = to;
            this.toTarget = toTarget;
            this.limit = limit;
            this.found = found;
            onPath = new boolean[n];
            path = new int[n];
            next = new int[n];
        }

        void paths(int from, int length) {
            int depth = 0;
            path[0] = from;
            onPath[from] = true;
            next[0] = off[from];
            while (depth >= 0) {
                int v = path[depth];
                if (next[depth] == off[v + 1]) {
                    onPath[v] = false;
                    depth--;
                    continue;
                }
                int w = nb[next[depth]++];
                int remaining = length - depth - 1; // edges still to walk after stepping to w
                if (onPath[w] || toTarget[w] < 0 || toTarget[w] > remaining) {
                    continue;
                }
                if (w == to) {
                    if (remaining == 0) {
                        int[] p = Arrays.copyOf(path, depth + 2);
                        p[depth + 1] = to;
                        found.add(p);
                        if (found.size() == limit) {
                            for (int d = 0; d <= depth; d++) {
                                onPath[path[d]] = false;
                            }
                            return;
                        }
                    }
                    continue; // a simple path ends at its target
                }
                depth++;
                path[depth] = w;
                onPath[w] = true;
                next[depth] = off[w];
            }
        }
    }

    /**
     * The nodes within {@code hops} edges of {@code node}, the node itself included, sorted by
     * index.
     *
     * @throws IllegalArgumentException if the node is not in the graph or hops is negative
     */
    public static int[] neighbourhood(Graph g, int node, int hops) {
        check(g, node);
        if (hops < 0) {
            throw new IllegalArgumentException("hops must be 0 or more, not " + hops);
        }
        int[] dist = distances(g, node, hops);
        int count = 0;
        for (int d : dist) {
            if (d >= 0) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int v = 0; v < dist.length; v++) {
            if (dist[v] >= 0) {
                out[k++] = v;
            }
        }
        return out;
    }

    /** BFS distances from a node up to {@code limit} hops; -1 beyond or unreachable. */
    private static int[] distances(Graph g, int source, int limit) {
        int n = g.nodeCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 1;
        queue[0] = source;
        dist[source] = 0;
        while (head < tail) {
            int v = queue[head++];
            if (dist[v] == limit) {
                continue;
            }
            for (int i = off[v]; i < off[v + 1]; i++) {
                int w = nb[i];
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return dist;
    }

    private static void check(Graph g, int node) {
        if (node < 0 || node >= g.nodeCount()) {
            throw new IllegalArgumentException("node " + node + " is not in the graph (nodes 0.." + (g.nodeCount() - 1) + ")");
        }
    }
}
