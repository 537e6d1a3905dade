package mosaic.graph.metrics;

import java.util.Arrays;
import java.util.List;

import mosaic.graph.Graph;
import mosaic.graph.Progress;

/**
 * Exact shortest-path betweenness centrality of the simple undirected view, unweighted
 * (Brandes 2001): one breadth-first search per source node and a pass back over the nodes in
 * reverse order of distance accumulating the pair dependencies.
 * <p>
 * The searches run over the CSR arrays with primitive arrays only (BFS order doubling as the
 * stack, path counts as doubles, as networkx), nothing allocated per source; the backward pass
 * goes level by level and sums over all neighbours without a distance test (see the worker).
 * Sources are split across threads, each with its own arrays, and the per-thread sums are
 * added at the end.
 */
public final class Betweenness {

    private Betweenness() {
    }

    /**
     * Betweenness of every node, endpoints not counted, as networkx's
     * {@code betweenness_centrality(G, normalized=normalized)} on an undirected graph: the
     * number of shortest paths between unordered pairs {s, t} (s, t other than the node) that
     * pass through the node, each pair weighing 1 shared among its shortest paths. Normalized,
     * the sum is divided by the (n-1)(n-2)/2 pairs that could pass through a node, i.e. values
     * are multiplied by 2/((n-1)(n-2)) (graphs of two nodes or fewer are all zero).
     *
     * @param threads worker threads; {@code <= 0} means available processors
     * @param monitor progress in sources done; may be {@code null}
     * @throws java.util.concurrent.CancellationException if the monitor is cancelled
     */
    public static double[] compute(Graph g, boolean normalized, int threads, Progress monitor) {
        int n = g.nodeCount();
        List<Worker> workers = SourceLoop.run(n, threads, t -> new Worker(g), monitor, "Betweenness centrality");
        double[] bc = new double[n];
        for (Worker w : workers) {
            double[] part = w.bc;
            for (int v = 0; v < n; v++) {
                bc[v] += part[v];
            }
        }
        // every unordered pair was counted once from each end
        double scale;
        if (normalized) {
            scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 1.0;
        } else {
            scale = 0.5;
        }
        for (int v = 0; v < n; v++) {
            bc[v] *= scale;
        }
        return bc;
    }

    /** One thread's arrays and partial sums; nothing is allocated per source. */
    private static final class Worker implements SourceLoop.Worker {
        private final int[] off;
        private final int[] nb;
        /** Distance from the source, -1 for nodes not reached (reset after each source). */
        private final int[] dist;
        /** Number of shortest paths from the source. */
        private final double[] sigma;
        /**
         * (1 + dependency) / sigma of the nodes whose level is done in the backward pass, 0 for
         * all others (reset after each source).
         */
        private final double[] share;
        /** Dependency of the node at each BFS position, while its level is being done. */
        private final double[] delta;
        /** Nodes in BFS order, level after level. */
        private final int[] order;
        /** Where each level starts in {@link #order}; one past the last level ends it. */
        private final int[] levelStart;
        final double[] bc;

        Worker(Graph g) {
            int n = g.nodeCount();
            off = g.offsets();
            nb = g.neighbours();
            dist = new int[n];
            Arrays.fill(dist, -1);
            sigma = new double[n];
            share = new double[n];
            delta = new double[n];
            order = new int[n];
            levelStart = new int[n + 1];
            bc = new double[n];
        }

        @Override
        public void source(int s) {
            int[] off = this.off;
            int[] nb = this.nb;
            int[] dist = this.dist;
            int[] order = this.order;
            int[] levelStart = this.levelStart;
            double[] sigma = this.sigma;
            double[] share = this.share;
            double[] delta = this.delta;
            double[] bc = this.bc;

            // forward: BFS one level at a time, counting shortest paths
            order[0] = s;
            dist[s] = 0;
            sigma[s] = 1.0;
            levelStart[0] = 0;
            int levels = 0;
            int tail = 1;
            int start = 0;
            while (start < tail) {
                int end = tail;
                levelStart[++levels] = end;
                int next = levels;
                for (int k = start; k < end; k++) {
                    int v = order[k];
                    double sv = sigma[v];
                    for (int i = off[v], stop = off[v + 1]; i < stop; i++) {
                        int w = nb[i];
                        int dw = dist[w];
                        if (dw < 0) {
                            dist[w] = next;
                            sigma[w] = sv;
                            order[tail++] = w;
                        } else if (dw == next) {
                            sigma[w] += sv;
                        }
                    }
                }
                start = end;
            }

            // backward, farthest level first: dependency(v) = sigma(v) * sum over the successors
            // w of v (neighbours one level farther) of (1 + dependency(w)) / sigma(w). Shares are
            // published only once a whole level is done, so when a level is summed its own
            // nodes and the nearer ones still hold 0 and the sum can run over all neighbours
            // without testing distances.
            for (int level = levels - 1; level > 0; level--) {
                int from = levelStart[level];
                int to = levelStart[level + 1];
                for (int k = from; k < to; k++) {
                    int v = order[k];
                    double sum = 0.0;
                    for (int i = off[v], stop = off[v + 1]; i < stop; i++) {
                        sum += share[nb[i]];
                    }
                    delta[k] = sigma[v] * sum;
                }
                for (int k = from; k < to; k++) {
                    int v = order[k];
                    double d = delta[k];
                    bc[v] += d;
                    share[v] = (1.0 + d) / sigma[v];
                }
            }
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                dist[v] = -1;
                share[v] = 0.0;
            }
        }
    }
}
