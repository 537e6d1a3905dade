package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;

/** ELK layered: layers from top to bottom along the edges. */
class LayeredLayoutTest {

    @Test
    void aCommandChainIsDrawnTopDown() {
        Graph.Builder b = Graph.builder();
        int commander = b.node("commander", "Force Commander", "person");
        int[] deputies = new int[3];
        int[] units = new int[9];
        for (int d = 0; d < 3; d++) {
            deputies[d] = b.node("deputy" + d, "Sector " + d, "person");
            b.edge(commander, deputies[d], 1, true, null, "commands");
            for (int u = 0; u < 3; u++) {
                int unit = b.node("unit" + d + u, "Battalion " + d + u, "unit");
                units[3 * d + u] = unit;
                b.edge(deputies[d], unit, 1, true, null, "commands");
            }
        }
        Graph g = b.build();

        Positions p = Layouts.layout(g, LayoutAlgorithm.LAYERED, LayoutOptions.defaults(), null);

        for (int e = 0; e < g.edgeCount(); e++) {
            double drop = p.y()[g.target(e)] - p.y()[g.source(e)];
            assertTrue(drop >= LayoutOptions.DEFAULT_NODE_HEIGHT, "edge " + g.source(e) + " -> " + g.target(e) + " goes down a layer, not " + drop);
        }
        for (int d : deputies) {
            assertEquals(p.y()[deputies[0]], p.y()[d], 1e-9, "deputies share a layer");
        }
        for (int u : units) {
            assertEquals(p.y()[units[0]], p.y()[u], 1e-9, "units share a layer");
        }
        for (int i = 0; i < units.length; i++) {
            for (int j = i + 1; j < units.length; j++) {
                assertTrue(Math.abs(p.x()[units[i]] - p.x()[units[j]]) >= LayoutOptions.DEFAULT_NODE_WIDTH, "units side by side, not on top of each other");
            }
        }
    }

    @Test
    void undirectedEdgesPointAwayFromTheRoot() {
        Graph.Builder b = Graph.builder();
        for (int i = 0; i < 6; i++) {
            b.node("n" + i);
        }
        // a path 0 - 1 - 2 - 3 - 4 - 5, undirected, edges added in both orders
        b.edge(1, 0);
        b.edge(1, 2);
        b.edge(3, 2);
        b.edge(3, 4);
        b.edge(5, 4);
        Graph g = b.build();

        Positions p = Layouts.layout(g, LayoutAlgorithm.LAYERED, LayoutOptions.builder().root(3).build(), null);

        assertTrue(p.y()[3] < p.y()[2] && p.y()[2] < p.y()[1] && p.y()[1] < p.y()[0], "3 above 2 above 1 above 0");
        assertTrue(p.y()[3] < p.y()[4] && p.y()[4] < p.y()[5], "3 above 4 above 5");
    }
}
