package mosaic.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import mosaic.graph.Graph;

/**
 * One connected component of a graph, its nodes renumbered 0..size-1 in the order of their
 * indices in the graph, with the simple undirected view as compressed sparse rows in local
 * numbers and the graph's edges (loops left out) that join its nodes.
 */
final class Component {

    /** Graph index of each local node, ascending. */
    final int[] nodes;
    /** CSR row starts in local numbers; length size() + 1. */
    final int[] offsets;
    /** CSR neighbours in local numbers, ascending per node. */
    final int[] neighbours;
    /** Graph indices of the edges inside this component, self-loops left out. */
    final int[] edges;

    private Component(int[] nodes, int[] offsets, int[] neighbours, int[] edges) {
        this.nodes = nodes;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.edges = edges;
    }

    /**
     * The connected components of the simple undirected view, ordered by their smallest node.
     * {@code localOf} (length nodeCount) receives each node's local number in its component.
     */
    static List<Component> split(Graph g, int[] localOf) {
        int n = g.nodeCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] componentOf = new int[n];
        Arrays.fill(componentOf, -1);
        int[] queue = new int[n];
        List<int[]> members = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (componentOf[s] >= 0) {
                continue;
            }
            int c = members.size();
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            componentOf[s] = c;
            while (head < tail) {
                int u = queue[head++];
                for (int k = off[u]; k < off[u + 1]; k++) {
                    int v = nb[k];
                    if (componentOf[v] < 0) {
                        componentOf[v] = c;
                        queue[tail++] = v;
                    }
                }
            }
            int[] nodes = Arrays.copyOf(queue, tail);
            Arrays.sort(nodes);
            for (int i = 0; i < nodes.length; i++) {
                localOf[nodes[i]] = i;
            }
            members.add(nodes);
        }
        int[] edgeCount = new int[members.size()];
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.source(e) != g.target(e)) {
                edgeCount[componentOf[g.source(e)]]++;
            }
        }
        int[][] edges = new int[members.size()][];
        for (int c = 0; c < edges.length; c++) {
            edges[c] = new int[edgeCount[c]];
            edgeCount[c] = 0;
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.source(e) != g.target(e)) {
                int c = componentOf[g.source(e)];
                edges[c][edgeCount[c]++] = e;
            }
        }
        List<Component> components = new ArrayList<>(members.size());
        for (int c = 0; c < members.size(); c++) {
            int[] nodes = members.get(c);
            int[] lo = new int[nodes.length + 1];
            for (int i = 0; i < nodes.length; i++) {
                lo[i + 1] = lo[i] + g.degree(nodes[i]);
            }
            int[] lnb = new int[lo[nodes.length]];
            for (int i = 0; i < nodes.length; i++) {
                int u = nodes[i];
                for (int k = off[u], j = lo[i]; k < off[u + 1]; k++, j++) {
                    lnb[j] = localOf[nb[k]]; // ascending: local numbers keep the global order
                }
            }
            components.add(new Component(nodes, lo, lnb, edges[c]));
        }
        return components;
    }

    int size() {
        return nodes.length;
    }

    int degree(int local) {
        return offsets[local + 1] - offsets[local];
    }

    /** Edges of the simple undirected view. */
    int simpleEdgeCount() {
        return neighbours.length / 2;
    }

    /** The local node of highest degree, the first of them on ties. */
    int highestDegreeNode() {
        int best = 0;
        for (int i = 1; i < size(); i++) {
            if (degree(i) > degree(best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The root of a tree-like layout: the graph node {@code root} if it is in this component,
     * else the node of highest degree. Returns a local number.
     */
    int rootFor(int root, int[] localOf) {
        if (root >= 0) {
            int local = localOf[root];
            if (local < size() && nodes[local] == root) {
                return local;
            }
        }
        return highestDegreeNode();
    }

    /**
     * Breadth-first search from a local root over the undirected view: {@code order} lists the
     * nodes as reached, {@code parent} and {@code depth} are per node (parent of the root is -1).
     */
    Bfs bfs(int root) {
        int n = size();
        int[] order = new int[n];
        int[] parent = new int[n];
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int head = 0;
        int tail = 0;
        order[tail++] = root;
        parent[root] = -1;
        depth[root] = 0;
        while (head < tail) {
            int u = order[head++];
            for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                int v = neighbours[k];
                if (depth[v] < 0) {
                    depth[v] = depth[u] + 1;
                    parent[v] = u;
                    order[tail++] = v;
                }
            }
        }
        return new Bfs(order, parent, depth);
    }

    /** The result of {@link Component#bfs(int)}. */
    record Bfs(int[] order, int[] parent, int[] depth) {
    }
}
