package mosaic.graph.metrics;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.graph.Graph;

/**
 * Exact shortest-path betweenness centrality of the simple undirected view, unweighted
 * (Brandes 2001): one breadth-first search per source node and a pass back over the nodes in
 * reverse order of distance accumulating the pair dependencies.
 * <p>
 * The searches run over the CSR arrays with primitive arrays only (BFS order doubling as the
 * stack, path counts as doubles, as networkx), nothing allocated per source; sources are split
 * across threads, each with its own arrays, and the per-thread sums are added at the end.
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
     * @throws OperationCanceledException if the monitor is cancelled
     */
    public static double[] compute(Graph g, boolean normalized, int threads, IProgressMonitor monitor) {
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

    /** One thread's arrays and partial sums. */
    private static final class Worker implements SourceLoop.Worker {
        private final int[] off;
        private final int[] nb;
        private final int[] dist;
        /**
         * Shortest-path counts from the source; in the backward pass, once a node is done, its
         * cell becomes (1 + its dependency) / its count, the share its predecessors pull.
         */
        private final double[] sigma;
        private final int[] order;
        final double[] bc;

        Worker(Graph g) {
            int n = g.nodeCount();
            off = g.offsets();
            nb = g.neighbours();
            dist = new int[n];
            Arrays.fill(dist, -1);
            sigma = new double[n];
            order = new int[n];
            bc = new double[n];
        }

        @Override
        public void source(int s) {
            int[] off = this.off;
            int[] nb = this.nb;
            int[] dist = this.dist;
            int[] order = this.order;
            double[] sigma = this.sigma;

            // forward: BFS from s counting shortest paths; order[] is the visiting order
            int head = 0;
            int tail = 1;
            order[0] = s;
            dist[s] = 0;
            sigma[s] = 1.0;
            while (head < tail) {
                int v = order[head++];
                int next = dist[v] + 1;
                double sv = sigma[v];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
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

            // backward, farthest first: dependency(v) = sigma(v) * sum over successors w of
            // (1 + dependency(w)) / sigma(w), successors being neighbours one step farther;
            // sigma(w) of a done node already holds that quotient
            double[] bc = this.bc;
            for (int k = tail - 1; k > 0; k--) {
                int v = order[k];
                int next = dist[v] + 1;
                double sum = 0.0;
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = nb[i];
                    if (dist[w] == next) {
                        sum += sigma[w];
                    }
                }
                double sv = sigma[v];
                double delta = sv * sum;
                bc[v] += delta;
                sigma[v] = (1.0 + delta) / sv;
            }
            for (int k = 0; k < tail; k++) {
                dist[order[k]] = -1;
            }
        }
    }
}
