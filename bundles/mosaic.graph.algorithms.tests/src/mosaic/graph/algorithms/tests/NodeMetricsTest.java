package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.metrics.Centrality;
import mosaic.graph.metrics.Communities;
import mosaic.graph.metrics.NodeMetrics;

/** All measures at once. */
class NodeMetricsTest {

    @Test
    void karateClubMeasuresAreNetworkxs() {
        Graph g = CentralityMetricsTest.karate();
        NodeMetrics m = NodeMetrics.compute(g, null);
        assertEquals(16, m.degree()[0]);
        assertEquals(17, m.degree()[33]);
        assertArrayEquals(Arrays.stream(CentralityMetricsTest.KARATE_DEGREE).map(d -> d * 33).toArray(),
                Arrays.stream(m.degree()).asDoubleStream().toArray(), 1e-9);
        assertArrayEquals(Arrays.stream(m.degree()).asDoubleStream().toArray(), m.weightedDegree(), 0);
        assertEquals(0.43763528138528146, m.betweenness()[0], 1e-12);
        assertArrayEquals(CentralityMetricsTest.KARATE_CLOSENESS, m.closeness(), 1e-12);
        assertArrayEquals(CentralityMetricsTest.KARATE_EIGENVECTOR, m.eigenvector(), 1e-12);
        assertArrayEquals(CentralityMetricsTest.KARATE_PAGERANK, m.pagerank(), 1e-12);
        assertArrayEquals(Communities.louvain(g, NodeMetrics.LOUVAIN_SEED), m.community());
        assertTrue(Communities.modularity(g, m.community()) > 0.40);
        assertTrue(Arrays.stream(m.component()).allMatch(c -> c == 0));
    }

    @Test
    void disconnectedGraphNeverFails() {
        // a path of 200 nodes (its eigenvector iteration converges far too slowly) and a
        // triangle: networkx's eigenvector_centrality raises; here the triangle gets its own
        // eigenvector (1/sqrt(3) each) scaled by sqrt(3/203), the path zeros
        Graph.Builder b = CentralityMetricsTest.nodes(203);
        for (int i = 0; i + 1 < 200; i++) {
            b.edge(i, i + 1);
        }
        b.edge(200, 201);
        b.edge(201, 202);
        b.edge(202, 200);
        Graph g = b.build();
        assertThrows(IllegalStateException.class, () -> Centrality.eigenvector(g));
        NodeMetrics m = NodeMetrics.compute(g, Progress.NONE);
        for (int v = 0; v < 200; v++) {
            assertEquals(0.0, m.eigenvector()[v], "node " + v);
            assertEquals(0, m.component()[v]);
        }
        for (int v = 200; v < 203; v++) {
            assertEquals(1 / Math.sqrt(203), m.eigenvector()[v], 1e-12);
            assertEquals(1, m.component()[v]);
            assertEquals(2, m.degree()[v]);
        }
        assertEquals(1.0, Arrays.stream(m.pagerank()).sum(), 1e-9);
    }

    @Test
    void cancelledMonitorStopsTheComputation() {
        Progress monitor = new Progress() {
            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> NodeMetrics.compute(CentralityMetricsTest.karate(), monitor));
    }
}
