package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.RandomGraphs;
import mosaic.graph.metrics.Components;
import mosaic.graph.metrics.Paths;

/** Connected components, numbered by decreasing size. */
class ComponentsMetricsTest {

    @Test
    void componentsOfADisconnectedGraph() {
        // 0 alone; 1-2; path 3-4-5-6; triangle 7-8-9; 10 alone
        Graph.Builder b = CentralityMetricsTest.nodes(11);
        b.edge(1, 2);
        b.edge(3, 4);
        b.edge(4, 5);
        b.edge(5, 6);
        b.edge(7, 8);
        b.edge(8, 9);
        b.edge(9, 7);
        int[] c = Components.of(b.build());
        // sizes 4, 3, 2, then the two single nodes by index
        assertArrayEquals(new int[] { 3, 2, 2, 0, 0, 0, 0, 1, 1, 1, 4 }, c);
        assertEquals(5, Components.count(c));
    }

    @Test
    void componentsAgreeWithReachability() {
        Graph g = RandomGraphs.gnm(300, 200, 4); // sparse: many components
        int[] c = Components.of(g);
        for (int v = 0; v < g.nodeCount(); v += 17) {
            int[] reach = Paths.neighbourhood(g, v, g.nodeCount());
            int inComponent = 0;
            for (int w = 0; w < g.nodeCount(); w++) {
                if (c[w] == c[v]) {
                    inComponent++;
                }
            }
            assertEquals(inComponent, reach.length, "node " + v);
            for (int w : reach) {
                assertEquals(c[v], c[w]);
            }
        }
    }

    @Test
    void countOfEmptyAndBadLabels() {
        assertEquals(0, Components.count(new int[0]));
        assertEquals(1, Components.count(Components.of(CentralityMetricsTest.complete(4))));
        assertThrows(IllegalArgumentException.class, () -> Components.count(new int[] { 0, -1 }));
    }
}
