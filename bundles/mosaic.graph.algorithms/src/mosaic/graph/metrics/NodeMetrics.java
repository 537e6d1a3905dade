package mosaic.graph.metrics;


import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.SubProgress;

/**
 * The usual measures of every node of a graph, each array indexed by node. The arrays belong to
 * the caller (records compare arrays by identity).
 *
 * @param degree         number of distinct neighbours (an integer, not networkx's normalized
 *                       degree centrality; see {@link Centrality#degree(Graph)} for that)
 * @param weightedDegree summed weight of the edges at the node ({@link Centrality#weightedDegree(Graph)})
 * @param betweenness    networkx-normalized betweenness ({@link Betweenness#compute})
 * @param closeness      networkx closeness ({@link Centrality#closeness(Graph)})
 * @param eigenvector    eigenvector centrality per component
 *                       ({@link Centrality#eigenvectorByComponent(Graph, int)} with up to
 *                       {@value #EIGENVECTOR_ITERATIONS} iterations): networkx's value on a
 *                       connected graph where networkx converges; never fails
 * @param pagerank       networkx PageRank at alpha 0.85 ({@link Centrality#pageRank(Graph, double)})
 * @param community      Louvain community with seed {@value #LOUVAIN_SEED} ({@link Communities#louvain(Graph, long)})
 * @param component      connected component ({@link Components#of(Graph)})
 */
public record NodeMetrics(int[] degree, double[] weightedDegree, double[] betweenness, double[] closeness,
        double[] eigenvector, double[] pagerank, int[] community, int[] component) {

    /** The seed of the Louvain run, fixed so the same graph always gets the same communities. */
    public static final long LOUVAIN_SEED = 1L;

    /** Power iterations allowed per component for eigenvector centrality (networkx's default is 100). */
    public static final int EIGENVECTOR_ITERATIONS = 1000;

    /** PageRank damping factor (networkx's default). */
    public static final double PAGERANK_ALPHA = 0.85;

    /**
     * Computes every measure, the BFS-based ones (betweenness, closeness) on all available
     * processors.
     *
     * @param monitor progress and cancellation; may be {@code null}
     * @throws java.util.concurrent.CancellationException if the monitor is cancelled
     * @throws IllegalArgumentException if an edge weight is negative or not finite (Louvain)
     */
    public static NodeMetrics compute(Graph g, Progress monitor) {
        SubProgress progress = SubProgress.convert(monitor, "Network metrics of " + g, 100);
        int n = g.nodeCount();
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) {
            degree[v] = g.degree(v);
        }
        double[] weighted = Centrality.weightedDegree(g);
        int[] component = Components.of(g);
        progress.split(1);
        double[] betweenness = Betweenness.compute(g, true, 0, progress.split(60));
        double[] closeness = Centrality.closeness(g, 0, progress.split(30));
        progress.subTask("eigenvector centrality, PageRank");
        double[] eigenvector = Centrality.eigenvectorByComponent(g, EIGENVECTOR_ITERATIONS);
        double[] pagerank = Centrality.pageRank(g, PAGERANK_ALPHA);
        progress.split(4);
        progress.subTask("communities");
        int[] community = Communities.louvain(g, LOUVAIN_SEED);
        progress.split(5);
        return new NodeMetrics(degree, weighted, betweenness, closeness, eigenvector, pagerank, community, component);
    }
}
