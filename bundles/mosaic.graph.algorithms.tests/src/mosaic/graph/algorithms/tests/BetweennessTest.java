package mosaic.graph.algorithms.tests;

import static mosaic.graph.algorithms.tests.CentralityMetricsTest.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.RandomGraphs;
import mosaic.graph.metrics.Betweenness;

/** Brandes betweenness against closed forms, networkx, JGraphT; threads, progress, cancellation. */
class BetweennessTest {

    private static final double EXACT = 1e-12;

    /**
     * networkx 3.6.1 betweenness_centrality(G) (normalized, endpoints excluded) on the unweighted
     * karate club, printed with repr() in node order.
     */
    private static final double[] KARATE = { 0.43763528138528146, 0.053936688311688304, 0.14365680615680618,
            0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0,
            0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0,
            0.0, 0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595,
            0.0038404882154882154, 0.0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218,
            0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596 };

    @Test
    void karateClubMatchesNetworkx() {
        double[] bc = Betweenness.compute(CentralityMetricsTest.karate(), true, 2, null);
        assertArrayEquals(KARATE, bc, EXACT);
    }

    @Test
    void starPathCycleCompleteClosedForms() {
        // star, k leaves: the centre is on the one shortest path of each of the k(k-1)/2 leaf
        // pairs; normalized by 2/((n-1)(n-2)) = 2/(k(k-1)) -> 1; leaves 0
        double[] star = Betweenness.compute(CentralityMetricsTest.star(5), true, 1, null);
        assertArrayEquals(new double[] { 1, 0, 0, 0, 0, 0 }, star, EXACT);
        double[] starRaw = Betweenness.compute(CentralityMetricsTest.star(5), false, 1, null);
        assertEquals(10.0, starRaw[0], EXACT);

        // path of 5: node i is inside the i(4-i) pairs {a < i < b}: 0, 3, 4, 3, 0; normalized by
        // 2/(4*3) = 1/6
        assertArrayEquals(new double[] { 0, 3, 4, 3, 0 },
                Betweenness.compute(CentralityMetricsTest.path(5), false, 1, null), EXACT);
        assertArrayEquals(new double[] { 0, 0.5, 4 / 6.0, 0.5, 0 },
                Betweenness.compute(CentralityMetricsTest.path(5), true, 1, null), EXACT);

        // cycle of 6: summed over nodes, each pair adds its distance minus 1 (split over its
        // shortest paths): 6 pairs at distance 2 add 1, 3 opposite pairs add 2 -> 12, 2 per node;
        // normalized 2 * 2/(5*4) = 0.2
        assertAll(2.0, Betweenness.compute(CentralityMetricsTest.cycle(6), false, 2, null), EXACT);
        assertAll(0.2, Betweenness.compute(CentralityMetricsTest.cycle(6), true, 2, null), EXACT);

        // complete graph: every pair is adjacent, nobody is between
        assertAll(0.0, Betweenness.compute(CentralityMetricsTest.complete(6), true, 2, null), EXACT);
    }

    @Test
    void disconnectedGraphCountsOnlyReachablePairs() {
        // path 0-1-2 and path 3-4-5-6, n = 7: node 1 is on 1 pair, nodes 4 and 5 on 2 each;
        // normalized by 2/(6*5) = 1/15
        Graph.Builder b = CentralityMetricsTest.nodes(7);
        b.edge(0, 1);
        b.edge(1, 2);
        b.edge(3, 4);
        b.edge(4, 5);
        b.edge(5, 6);
        double[] bc = Betweenness.compute(b.build(), true, 2, null);
        assertArrayEquals(new double[] { 0, 1 / 15.0, 0, 0, 2 / 15.0, 2 / 15.0, 0 }, bc, EXACT);
    }

    @Test
    void matchesJGraphTOnARandomGraph() {
        Graph g = RandomGraphs.gnm(300, 900, 7);
        SimpleGraph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.nodeCount(); v++) {
            j.addVertex(v);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            j.addEdge(g.source(e), g.target(e));
        }
        Map<Integer, Double> normalized = new BetweennessCentrality<>(j, true).getScores();
        Map<Integer, Double> raw = new BetweennessCentrality<>(j, false).getScores();
        double[] ours = Betweenness.compute(g, true, 2, null);
        double[] oursRaw = Betweenness.compute(g, false, 2, null);
        double max = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
            // JGraphT normalizes undirected scores by (n-1)(n-2), networkx by (n-1)(n-2)/2
            assertEquals(2 * normalized.get(v), ours[v], 1e-12, "node " + v);
            assertEquals(raw.get(v), oursRaw[v], 1e-8, "node " + v);
            max = Math.max(max, ours[v]);
        }
        assertTrue(max > 0.01, "a random graph of average degree 6 has central nodes");
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 3, 0 })
    void threadCountDoesNotChangeTheResult(int threads) {
        Graph g = RandomGraphs.gnm(500, 1500, 3);
        double[] one = Betweenness.compute(g, true, 1, null);
        assertArrayEquals(one, Betweenness.compute(g, true, threads, null), 1e-12);
    }

    @Test
    void progressReachesTheTotal() {
        Graph g = RandomGraphs.gnm(200, 600, 5);
        CountingMonitor monitor = new CountingMonitor(Integer.MAX_VALUE);
        Betweenness.compute(g, true, 2, monitor);
        assertTrue(monitor.total > 0);
        assertEquals(monitor.total, monitor.worked);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2 })
    void cancellationStopsTheComputation(int threads) {
        Graph g = RandomGraphs.gnm(2000, 6000, 11);
        CountingMonitor monitor = new CountingMonitor(1);
        assertThrows(CancellationException.class, () -> Betweenness.compute(g, true, threads, monitor));
        assertTrue(monitor.worked < monitor.total / 2, "stopped after " + monitor.worked + " of " + monitor.total);
    }

    @Test
    void tinyGraphs() {
        assertEquals(0, Betweenness.compute(CentralityMetricsTest.nodes(0).build(), true, 2, null).length);
        assertArrayEquals(new double[] { 0, 0 }, Betweenness.compute(CentralityMetricsTest.path(2), true, 4, null));
        assertArrayEquals(new double[] { 0, 1, 0 }, Betweenness.compute(CentralityMetricsTest.path(3), true, 4, null),
                EXACT);
        assertTrue(Arrays.stream(Betweenness.compute(CentralityMetricsTest.nodes(5).build(), true, 2, null))
                .allMatch(v -> v == 0.0));
    }

    /** Counts work; reports cancelled once {@code cancelAfter} units are done. */
    private static final class CountingMonitor implements Progress {
        private final int cancelAfter;
        volatile int total;
        volatile int worked;

        CountingMonitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(String task, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return worked >= cancelAfter;
        }
    }
}
