package mosaic.graph.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

import mosaic.graph.Graph;

/**
 * Communities of the simple undirected view, <b>weighted</b>: the weight between two nodes is
 * the summed weight of the edges joining them ({@link Graph#neighbourWeights()}), so with unit
 * weights and no parallel edges everything is the unweighted measure.
 */
public final class Communities {

    private Communities() {
    }

    /** {@link #louvain(Graph, double, long)} at resolution 1. */
    public static int[] louvain(Graph g, long seed) {
        return louvain(g, 1.0, seed);
    }

    /**
     * Louvain modularity optimisation (Blondel et al. 2008). Each level moves nodes, one at a
     * time in an order shuffled with the seed, to the neighbouring community that raises
     * modularity most, until no move helps; the communities then become the nodes of the next
     * level. Stops when a level moves nothing. Deterministic for a given seed.
     *
     * @return the community of every node, numbered 0, 1, ... by decreasing size (ties by the
     *         smallest node); an isolated node is a community of its own
     * @throws IllegalArgumentException if an edge weight is negative or not finite
     */
    public static int[] louvain(Graph g, double resolution, long seed) {
        int n = g.nodeCount();
        Level level = Level.of(g);
        int[] member = new int[n];
        for (int v = 0; v < n; v++) {
            member[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double total = level.totalTwice();
        if (total > 0.0) {
            while (true) {
                int[] comm = level.moveNodes(resolution, total, random);
                int count = renumber(comm);
                if (count == level.n) {
                    break;
                }
                for (int v = 0; v < n; v++) {
                    member[v] = comm[member[v]];
                }
                level = level.aggregate(comm, count);
            }
        }
        return Labels.bySize(member, level.n);
    }

    /** Renumbers labels 0..k-1 by first appearance, in place; returns k. */
    private static int renumber(int[] labels) {
        int[] map = new int[labels.length];
        Arrays.fill(map, -1);
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (map[c] < 0) {
                map[c] = k++;
            }
            labels[i] = map[c];
        }
        return k;
    }

    /**
     * networkx {@code modularity(G, communities, weight="weight")} of a partition given as the
     * community of each node (labels 0..n-1): the sum over communities of L_c/m - (D_c/2m)^2,
     * with L_c the weight inside the community, D_c the summed weighted degree of its nodes and
     * m the total weight. NaN for a graph without edge weight (networkx divides by zero).
     *
     * @throws IllegalArgumentException if the partition does not give every node a label in 0..n-1
     */
    public static double modularity(Graph g, int[] community) {
        int n = g.nodeCount();
        if (community.length != n) {
            throw new IllegalArgumentException("partition has " + community.length + " labels for " + n + " nodes");
        }
        for (int v = 0; v < n; v++) {
            if (community[v] < 0 || community[v] >= n) {
                throw new IllegalArgumentException("node " + v + " has community " + community[v]
                        + "; labels must be in 0.." + (n - 1));
            }
        }
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        double[] wt = g.neighbourWeights();
        double[] inside = new double[n];
        double[] degree = new double[n];
        double total = 0.0;
        for (int u = 0; u < n; u++) {
            int c = community[u];
            for (int i = off[u]; i < off[u + 1]; i++) {
                degree[c] += wt[i];
                total += wt[i];
                if (community[nb[i]] == c) {
                    inside[c] += wt[i]; // each inside edge twice, once from each end
                }
            }
        }
        if (total == 0.0) {
            return Double.NaN;
        }
        double m = total / 2.0;
        double q = 0.0;
        for (int c = 0; c < n; c++) {
            if (degree[c] != 0.0) {
                q += inside[c] / 2.0 / m - degree[c] * degree[c] / (total * total);
            }
        }
        return q;
    }

    /**
     * One level of Louvain: a weighted graph as CSR without self-loops, plus each node's
     * self-loop weight (the weight inside the community it stands for).
     */
    private static final class Level {
        final int n;
        final int[] off;
        final int[] nb;
        final double[] wt;
        final double[] self;

        Level(int[] off, int[] nb, double[] wt, double[] self) {
            this.n = self.length;
            this.off = off;
            this.nb = nb;
            this.wt = wt;
            this.self = self;
        }

        static Level of(Graph g) {
            double[] wt = g.neighbourWeights();
            int[] off = g.offsets();
            for (int u = 0; u < g.nodeCount(); u++) {
                for (int i = off[u]; i < off[u + 1]; i++) {
                    if (!(wt[i] >= 0.0) || Double.isInfinite(wt[i])) {
                        throw new IllegalArgumentException("Louvain needs finite non-negative weights; the edges between "
                                + g.id(u) + " and " + g.id(g.neighbours()[i]) + " weigh " + wt[i]);
                    }
                }
            }
            return new Level(off, g.neighbours(), wt, new double[g.nodeCount()]);
        }

        /** Twice the total weight: the sum of all node strengths. */
        double totalTwice() {
            double sum = 0.0;
            for (double w : wt) {
                sum += w;
            }
            for (double s : self) {
                sum += 2.0 * s;
            }
            return sum;
        }

        /**
         * Local moving: returns the community (a node index of this level) of every node after
         * moving nodes until no single move raises modularity.
         */
        int[] moveNodes(double resolution, double total, SplittableRandom random) {
            int[] comm = new int[n];
            double[] strength = new double[n];
            double[] tot = new double[n];
            for (int v = 0; v < n; v++) {
                comm[v] = v;
                double k = 2.0 * self[v];
                for (int i = off[v]; i < off[v + 1]; i++) {
                    k += wt[i];
                }
                strength[v] = k;
                tot[v] = k;
            }
            int[] order = new int[n];
            for (int v = 0; v < n; v++) {
                order[v] = v;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] toComm = new double[n];
            boolean[] listed = new boolean[n];
            int[] touched = new int[n];
            double epsilon = 1e-12 * total;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int v : order) {
                    int own = comm[v];
                    int t = 0;
                    for (int i = off[v]; i < off[v + 1]; i++) {
                        int c = comm[nb[i]];
                        if (!listed[c]) {
                            listed[c] = true;
                            touched[t++] = c;
                        }
                        toComm[c] += wt[i];
                    }
                    double k = strength[v];
                    double factor = resolution * k / total;
                    tot[own] -= k;
                    // gain (times m) of joining c from outside: weight to c - resolution * tot(c) * k / 2m
                    int best = own;
                    double bestGain = toComm[own] - tot[own] * factor;
                    for (int j = 0; j < t; j++) {
                        int c = touched[j];
                        double gain = toComm[c] - tot[c] * factor;
                        if (gain > bestGain + epsilon) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    tot[best] += k;
                    if (best != own) {
                        comm[v] = best;
                        moved = true;
                    }
                    for (int j = 0; j < t; j++) {
                        toComm[touched[j]] = 0.0;
                        listed[touched[j]] = false;
                    }
                }
            }
            return comm;
        }

        /** The next level: one node per community (labels 0..count-1), rows sorted. */
        Level aggregate(int[] comm, int count) {
            int[] start = new int[count + 1];
            for (int c : comm) {
                start[c + 1]++;
            }
            for (int c = 0; c < count; c++) {
                start[c + 1] += start[c];
            }
            int[] members = new int[n];
            int[] fill = Arrays.copyOf(start, count);
            for (int v = 0; v < n; v++) {
                members[fill[comm[v]]++] = v;
            }
            int[] newOff = new int[count + 1];
            int[] newNb = new int[Math.max(16, nb.length)];
            double[] newWt = new double[newNb.length];
            double[] newSelf = new double[count];
            double[] acc = new double[count];
            boolean[] listed = new boolean[count];
            int[] touched = new int[count];
            int k = 0;
            for (int c = 0; c < count; c++) {
                newOff[c] = k;
                int t = 0;
                double inside = 0.0;
                for (int m = start[c]; m < start[c + 1]; m++) {
                    int u = members[m];
                    inside += 2.0 * self[u];
                    for (int i = off[u]; i < off[u + 1]; i++) {
                        int d = comm[nb[i]];
                        if (d == c) {
                            inside += wt[i];
                        } else {
                            if (!listed[d]) {
                                listed[d] = true;
                                touched[t++] = d;
                            }
                            acc[d] += wt[i];
                        }
                    }
                }
                newSelf[c] = inside / 2.0;
                Arrays.sort(touched, 0, t);
                for (int j = 0; j < t; j++) {
                    int d = touched[j];
                    newNb[k] = d;
                    newWt[k] = acc[d];
                    k++;
                    acc[d] = 0.0;
                    listed[d] = false;
                }
            }
            newOff[count] = k;
            return new Level(newOff, Arrays.copyOf(newNb, k), Arrays.copyOf(newWt, k), newSelf);
        }
    }
}
