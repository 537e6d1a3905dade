package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;

/** The radial tree layout: the root in the middle, the others on rings by their distance. */
class RadialLayoutTest {

    /** Node depths of the test tree, indexed by node. */
    private final List<Integer> depth = new ArrayList<>();

    /**
     * A root with four children; three of them have three children each, one of those a chain
     * of two more. Node 0 is the root. Plus one edge across the tree, between two grandchildren.
     */
    private Graph tree() {
        Graph.Builder b = Graph.builder();
        int root = add(b, "root", 0);
        int chainStart = -1;
        for (int c = 0; c < 4; c++) {
            int child = add(b, "c" + c, 1);
            b.edge(root, child);
            for (int g = 0; c < 3 && g < 3; g++) {
                int grandchild = add(b, "c" + c + "g" + g, 2);
                b.edge(child, grandchild);
                if (chainStart < 0) {
                    chainStart = grandchild;
                }
            }
        }
        int deep = add(b, "deep", 3);
        b.edge(chainStart, deep);
        int deeper = add(b, "deeper", 4);
        b.edge(deep, deeper);
        b.edge(b.node("c1g2"), b.node("c2g0"));
        return b.build();
    }

    private int add(Graph.Builder b, String id, int d) {
        depth.add(d);
        return b.node(id);
    }

    @Test
    void nodesLieOnRingsAroundTheRootByDepth() {
        Graph g = tree();
        Positions p = Layouts.layout(g, LayoutAlgorithm.RADIAL, LayoutOptions.builder().root(0).build(), null);

        double[] ring = new double[5];
        for (int v = 1; v < g.nodeCount(); v++) {
            double r = p.distance(0, v);
            int d = depth.get(v);
            if (ring[d] == 0) {
                ring[d] = r;
            }
            assertEquals(ring[d], r, 1e-6, "node " + g.id(v) + " on ring " + d);
        }
        for (int d = 2; d < ring.length; d++) {
            assertTrue(ring[d] >= ring[d - 1] + LayoutOptions.DEFAULT_NODE_WIDTH, "ring " + d + " outside ring " + (d - 1) + ": " + ring[d] + " vs " + ring[d - 1]);
        }
        Positions.Box box = p.boundingBox();
        assertTrue(Math.abs(p.x()[0] - box.centreX()) < ring[4] && Math.abs(p.y()[0] - box.centreY()) < ring[4], "root inside the rings");
    }

    @Test
    void nodesOnARingKeepANodeWidthApart() {
        Graph g = tree();
        Positions p = Layouts.layout(g, LayoutAlgorithm.RADIAL, LayoutOptions.builder().root(0).build(), null);
        for (int a = 1; a < g.nodeCount(); a++) {
            for (int b = a + 1; b < g.nodeCount(); b++) {
                if (depth.get(a).equals(depth.get(b))) {
                    assertTrue(p.distance(a, b) >= LayoutOptions.DEFAULT_NODE_WIDTH + LayoutOptions.DEFAULT_SPACING - 1e-6,
                            g.id(a) + " and " + g.id(b) + " only " + p.distance(a, b) + " apart");
                }
            }
        }
    }

    @Test
    void withoutARootTheBestConnectedNodeIsInTheMiddle() {
        Graph.Builder b = Graph.builder();
        int hub = b.node("hub");
        int first = b.node("first");
        b.edge(first, hub);
        for (int i = 0; i < 5; i++) {
            b.edge(hub, b.node("spoke" + i));
        }
        int far = b.node("far");
        b.edge(first, far);
        Graph g = b.build();

        Positions p = Layouts.layout(g, LayoutAlgorithm.RADIAL, LayoutOptions.defaults(), null);

        double spoke = p.distance(hub, b.node("spoke0"));
        for (int i = 1; i < 5; i++) {
            assertEquals(spoke, p.distance(hub, b.node("spoke" + i)), 1e-6);
        }
        assertEquals(spoke, p.distance(hub, first), 1e-6);
        assertTrue(p.distance(hub, far) > spoke, "the node two steps away is on the second ring");
    }
}
