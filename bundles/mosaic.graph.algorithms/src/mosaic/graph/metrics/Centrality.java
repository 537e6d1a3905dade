package mosaic.graph.metrics;

import java.util.Arrays;

import mosaic.graph.Graph;
import mosaic.graph.Progress;

/**
 * Node centralities of the simple undirected view, each as networkx computes it (named per
 * method), returned as arrays indexed by node. Betweenness is in {@link Betweenness}.
 */
public final class Centrality {

    /** networkx's defaults for eigenvector centrality and PageRank. */
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-6;

    private Centrality() {
    }

    /**
     * networkx {@code degree_centrality}: the number of distinct neighbours divided by n - 1
     * (every node 1.0 in a graph of one node).
     */
    public static double[] degree(Graph g) {
        int n = g.nodeCount();
        double[] c = new double[n];
        if (n == 1) {
            c[0] = 1.0;
            return c;
        }
        double s = 1.0 / (n - 1);
        for (int v = 0; v < n; v++) {
            c[v] = g.degree(v) * s;
        }
        return c;
    }

    /** The sum of the weights of the edges at each node (parallel edges summed, self-loops left out). */
    public static double[] weightedDegree(Graph g) {
        int n = g.nodeCount();
        int[] off = g.offsets();
        double[] wt = g.neighbourWeights();
        double[] c = new double[n];
        for (int v = 0; v < n; v++) {
            double sum = 0.0;
            for (int i = off[v]; i < off[v + 1]; i++) {
                sum += wt[i];
            }
            c[v] = sum;
        }
        return c;
    }

    /**
     * networkx {@code closeness_centrality(G)} (unweighted, {@code wf_improved=True}): for a node
     * reaching r nodes (itself included) at total distance d, {@code (r-1)/d * (r-1)/(n-1)};
     * 0 for a node reaching nobody. One BFS per node, on all available processors.
     */
    public static double[] closeness(Graph g) {
        return closeness(g, 0, null);
    }

    /**
     * {@link #closeness(Graph)} on the given number of threads ({@code <= 0}: available
     * processors), reporting progress in nodes done.
     *
     * @throws java.util.concurrent.CancellationException if the monitor is cancelled
     */
    public static double[] closeness(Graph g, int threads, Progress monitor) {
        int n = g.nodeCount();
        double[] c = new double[n];
        SourceLoop.run(n, threads, t -> new ClosenessWorker(g, c), monitor, "Closeness centrality");
        return c;
    }

    /** BFS from each source; writes the source's own cell of the shared result. */
    private static final class ClosenessWorker implements SourceLoop.Worker {
        private final int[] off;
        private final int[] nb;
        private final int[] dist;
        private final int[] queue;
        private final double[] result;

        ClosenessWorker(Graph g, double[] result) {
            off = g.offsets();
            nb = g.neighbours();
            dist = new int[g.nodeCount()];
            Arrays.fill(dist, -1);
            queue = new int[g.nodeCount()];
            this.result = result;
        }

        @Override
        public void source(int s) {
            int n = dist.length;
            int head = 0;
            int tail = 1;
            long total = 0;
            queue[0] = s;
            dist[s] = 0;
            while (head < tail) {
                int v = queue[head++];
                int next = dist[v] + 1;
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    int w = nb[i];
                    if (dist[w] < 0) {
                        dist[w] = next;
                        total += next;
                        queue[tail++] = w;
                    }
                }
            }
            for (int k = 0; k < tail; k++) {
                dist[queue[k]] = -1;
            }
            double c = 0.0;
            if (total > 0 && n > 1) {
                double reached = tail - 1.0;
                c = reached / total;
                c *= reached / (n - 1.0);
            }
            result[s] = c;
        }
    }

    /**
     * networkx {@code eigenvector_centrality(G)} (unweighted, 100 iterations, tolerance 1e-6):
     * power iteration with A + I from the uniform vector, normalized to unit Euclidean length
     * after each step, stopping when the L1 change is below n * 1e-6. An empty graph gives an
     * empty array.
     *
     * @throws IllegalStateException if the iteration does not converge (as networkx: often on
     *         disconnected graphs or long chains; see {@link #eigenvectorByComponent(Graph, int)})
     */
    public static double[] eigenvector(Graph g) {
        int n = g.nodeCount();
        int[] one = new int[n];
        double[] x = new double[n];
        boolean[] converged = powerIteration(g, one, 1, MAX_ITERATIONS, x);
        if (n > 0 && !converged[0]) {
            throw new IllegalStateException("eigenvector centrality did not converge in " + MAX_ITERATIONS
                    + " iterations (tolerance " + TOLERANCE + " per node) on " + g
                    + "; this is usual for disconnected graphs or long chains, see eigenvectorByComponent");
        }
        return x;
    }

    /**
     * Eigenvector centrality that is defined on any graph: each connected component gets
     * networkx's {@link #eigenvector(Graph) eigenvector centrality} of that component alone
     * (allowed up to {@code maxIterations} power iterations), scaled by sqrt(component size / n)
     * so that the whole vector has unit length; a component that still does not converge gets
     * zeros. For a connected graph on which networkx converges this is exactly networkx's value.
     */
    public static double[] eigenvectorByComponent(Graph g, int maxIterations) {
        int n = g.nodeCount();
        int[] comp = Components.of(g);
        int count = Components.count(comp);
        double[] x = new double[n];
        boolean[] converged = powerIteration(g, comp, count, maxIterations, x);
        int[] size = new int[count];
        for (int c : comp) {
            size[c]++;
        }
        for (int v = 0; v < n; v++) {
            int c = comp[v];
            x[v] = converged[c] ? x[v] * Math.sqrt((double) size[c] / n) : 0.0;
        }
        return x;
    }

    /**
     * networkx's power iteration run separately (normalized, tested for convergence and frozen
     * once converged) on each group of nodes; the groups must be unions of components. Writes
     * the vectors into {@code x} and returns which groups converged.
     */
    private static boolean[] powerIteration(Graph g, int[] group, int groups, int maxIterations, double[] x) {
        int n = g.nodeCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] size = new int[groups];
        for (int c : group) {
            size[c]++;
        }
        for (int v = 0; v < n; v++) {
            x[v] = 1.0 / size[group[v]];
        }
        boolean[] converged = new boolean[groups];
        int open = groups;
        double[] last = new double[n];
        double[] norm = new double[groups];
        double[] change = new double[groups];
        for (int iteration = 0; iteration < maxIterations && open > 0; iteration++) {
            System.arraycopy(x, 0, last, 0, n);
            Arrays.fill(norm, 0.0);
            for (int v = 0; v < n; v++) {
                if (converged[group[v]]) {
                    continue;
                }
                double sum = last[v];
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    sum += last[nb[i]];
                }
                x[v] = sum;
                norm[group[v]] += sum * sum;
            }
            for (int c = 0; c < groups; c++) {
                double length = Math.sqrt(norm[c]);
                norm[c] = length == 0.0 ? 1.0 : length;
            }
            Arrays.fill(change, 0.0);
            for (int v = 0; v < n; v++) {
                int c = group[v];
                if (!converged[c]) {
                    x[v] /= norm[c];
                    change[c] += Math.abs(x[v] - last[v]);
                }
            }
            for (int c = 0; c < groups; c++) {
                if (!converged[c] && change[c] < size[c] * TOLERANCE) {
                    converged[c] = true;
                    open--;
                }
            }
        }
        return converged;
    }

    /**
     * networkx {@code pagerank(G, alpha, weight=None)} on the undirected simple graph: each node
     * shares its rank equally among its neighbours, isolated nodes spread theirs over all
     * nodes, teleport uniform; 100 iterations at most, stopping when the L1 change is below
     * n * 1e-6. The values sum to 1.
     *
     * @param alpha damping factor in [0, 1] (networkx's usual 0.85)
     * @throws IllegalStateException if the iteration does not converge in 100 iterations
     */
    public static double[] pageRank(Graph g, double alpha) {
        if (!(alpha >= 0.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException("PageRank damping factor must be in [0, 1], not " + alpha);
        }
        int n = g.nodeCount();
        if (n == 0) {
            return new double[0];
        }
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        double[] share = new double[n];
        for (int v = 0; v < n; v++) {
            int d = g.degree(v);
            share[v] = d == 0 ? 0.0 : 1.0 / d;
        }
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        double[] last = new double[n];
        double[] spread = new double[n];
        double p = 1.0 / n;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] t = last;
            last = x;
            x = t;
            double dangling = 0.0;
            for (int v = 0; v < n; v++) {
                spread[v] = last[v] * share[v];
                if (off[v] == off[v + 1]) {
                    dangling += last[v];
                }
            }
            double err = 0.0;
            for (int v = 0; v < n; v++) {
                double sum = 0.0;
                for (int i = off[v], end = off[v + 1]; i < end; i++) {
                    sum += spread[nb[i]];
                }
                x[v] = alpha * (sum + dangling * p) + (1.0 - alpha) * p;
                err += Math.abs(x[v] - last[v]);
            }
            if (err < n * TOLERANCE) {
                return x;
            }
        }
        throw new IllegalStateException("PageRank did not converge in " + MAX_ITERATIONS + " iterations (tolerance "
                + TOLERANCE + " per node, alpha " + alpha + ") on " + g);
    }
}
