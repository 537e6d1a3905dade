package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.RandomGraphs;

class GraphTest {

    @Test
    void simpleViewMergesParallelEdgesAndDropsLoops() {
        Graph.Builder b = Graph.builder();
        int a = b.node("a", "A", "actor");
        int c = b.node("c", "C", "actor");
        int d = b.node("d");
        b.edge(a, c, 2.0, true, "r1", "alliance");
        b.edge(c, a, 0.5, false, "r2", "support");
        b.edge(d, d);
        b.edge(d, a);
        Graph g = b.build();

        assertEquals(4, g.edgeCount());
        assertEquals(2, g.simpleEdgeCount());
        assertEquals(2, g.degree(a));
        assertEquals(1, g.degree(c));
        assertEquals(1, g.degree(d));
        int[] off = g.offsets();
        assertArrayEquals(new int[] { c, d }, Arrays.copyOfRange(g.neighbours(), off[a], off[a + 1]));
        assertEquals(2.5, g.neighbourWeights()[off[a]], 1e-12);
        assertEquals("alliance", g.edgeType(0));
        assertEquals("r2", g.edgeId(1));
        assertEquals(c, g.indexOf("c"));
        assertEquals(-1, g.indexOf("nobody"));
        assertEquals("d", g.label(d));
    }

    @Test
    void sameIdIsOneNode() {
        Graph.Builder b = Graph.builder();
        assertEquals(b.node("x"), b.node("x", "other label", "event"));
        assertEquals(1, b.nodeCount());
    }

    @Test
    void edgeToUnknownNodeIsRefused() {
        Graph.Builder b = Graph.builder();
        b.node("x");
        assertThrows(IllegalArgumentException.class, () -> b.edge(0, 3));
    }

    @Test
    void randomGraphHasExactlyTheEdgesAskedForAndIsReproducible() {
        Graph g = RandomGraphs.gnm(1000, 3000, 42);
        assertEquals(1000, g.nodeCount());
        assertEquals(3000, g.simpleEdgeCount());
        assertArrayEquals(g.neighbours(), RandomGraphs.gnm(1000, 3000, 42).neighbours());
        assertThrows(IllegalArgumentException.class, () -> RandomGraphs.gnm(3, 4, 1));
    }
}
