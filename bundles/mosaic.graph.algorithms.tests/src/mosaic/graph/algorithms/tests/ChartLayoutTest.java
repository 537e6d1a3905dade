package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.RandomGraphs;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;

/** What every layout algorithm must do, and the public API around them. */
class ChartLayoutTest {

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void everyNodeGetsItsOwnFinitePosition(LayoutAlgorithm algorithm) {
        Graph g = RandomGraphs.gnm(60, 90, 7);
        Positions p = Layouts.layout(g, algorithm, LayoutOptions.defaults(), null);
        assertEquals(60, p.size());
        for (int i = 0; i < p.size(); i++) {
            assertTrue(Double.isFinite(p.x()[i]) && Double.isFinite(p.y()[i]), algorithm + ": node " + i + " at " + p.x()[i] + ", " + p.y()[i]);
        }
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                assertTrue(p.distance(i, j) > 1, algorithm + ": nodes " + i + " and " + j + " on the same spot");
            }
        }
        Positions.Box box = p.boundingBox();
        assertEquals(LayoutOptions.DEFAULT_NODE_WIDTH / 2, box.minX(), 1e-6, "node boxes start at x = 0");
        assertEquals(LayoutOptions.DEFAULT_NODE_HEIGHT / 2, box.minY(), 1e-6, "node boxes start at y = 0");
    }

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void aNewChartWithEveryNodeAtTheOriginIsSpreadBothWays(LayoutAlgorithm algorithm) {
        Graph g = RandomGraphs.gnm(40, 60, 3);
        LayoutOptions options = LayoutOptions.builder().initial(Positions.zeros(40)).build();
        Positions.Box box = Layouts.layout(g, algorithm, options, null).boundingBox();
        double least = 2 * LayoutOptions.DEFAULT_NODE_WIDTH;
        assertTrue(box.width() > least && box.height() > least, algorithm + ": " + box);
    }

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void nodeBoxesDoNotOverlap(LayoutAlgorithm algorithm) {
        Graph g = RandomGraphs.gnm(120, 240, 4);
        Positions p = Layouts.layout(g, algorithm, LayoutOptions.defaults(), null);
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                boolean overlap = Math.abs(p.x()[i] - p.x()[j]) < LayoutOptions.DEFAULT_NODE_WIDTH
                        && Math.abs(p.y()[i] - p.y()[j]) < LayoutOptions.DEFAULT_NODE_HEIGHT;
                assertFalse(overlap, algorithm + ": boxes of nodes " + i + " and " + j + " overlap");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void componentsDoNotOverlap(LayoutAlgorithm algorithm) {
        Graph.Builder b = Graph.builder();
        List<int[]> components = new ArrayList<>();
        components.add(clique(b, "k", 6));
        components.add(path(b, "p", 5));
        components.add(star(b, "s", 7));
        components.add(new int[] { b.node("alone1") });
        components.add(new int[] { b.node("alone2") });
        Graph g = b.build();

        Positions p = Layouts.layout(g, algorithm, LayoutOptions.defaults(), null);

        List<Positions.Box> boxes = new ArrayList<>();
        for (int[] nodes : components) {
            boxes.add(box(p, nodes).grown(LayoutOptions.DEFAULT_NODE_WIDTH / 2, LayoutOptions.DEFAULT_NODE_HEIGHT / 2));
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), algorithm + ": components " + i + " and " + j + " overlap: " + boxes.get(i) + " " + boxes.get(j));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void pinnedNodesKeepTheirPositionsExactly(LayoutAlgorithm algorithm) {
        Graph g = RandomGraphs.gnm(40, 70, 3);
        int n = g.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) { // a grid far from the origin
            x[i] = 5000 + 170 * (i % 8) + 0.25;
            y[i] = -3000 + 90 * (i / 8) + 0.125;
        }
        boolean[] pinned = new boolean[n];
        pinned[0] = true;
        pinned[7] = true;
        pinned[33] = true;
        LayoutOptions options = LayoutOptions.builder().initial(new Positions(x.clone(), y.clone())).pinned(pinned).build();

        Positions p = Layouts.layout(g, algorithm, options, null);

        for (int i : new int[] { 0, 7, 33 }) {
            assertEquals(x[i], p.x()[i], 0.0, algorithm + ": pinned node " + i);
            assertEquals(y[i], p.y()[i], 0.0, algorithm + ": pinned node " + i);
        }
        boolean moved = false;
        for (int i = 0; i < n; i++) {
            moved |= !pinned[i] && (p.x()[i] != x[i] || p.y()[i] != y[i]);
        }
        assertTrue(moved, algorithm + ": the free nodes were laid out");
    }

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void theSameSeedGivesTheSamePositions(LayoutAlgorithm algorithm) {
        Graph g = RandomGraphs.gnm(50, 80, 11);
        LayoutOptions options = LayoutOptions.builder().seed(42).build();
        Positions a = Layouts.layout(g, algorithm, options, null);
        Positions b = Layouts.layout(g, algorithm, options, null);
        assertArrayEquals(a.x(), b.x(), algorithm.id());
        assertArrayEquals(a.y(), b.y(), algorithm.id());
    }

    @Test
    void anotherSeedGivesAnotherForceAtlas2Layout() {
        Graph g = RandomGraphs.gnm(50, 80, 11);
        Positions a = Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.builder().seed(1).build(), null);
        Positions b = Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.builder().seed(2).build(), null);
        assertFalse(Arrays.equals(a.x(), b.x()));
    }

    @ParameterizedTest
    @EnumSource(value = LayoutAlgorithm.class, names = { "LAYERED", "FORCE", "STRESS", "FORCE_ATLAS_2", "RADIAL" })
    void aCanceledMonitorStopsTheLayout(LayoutAlgorithm algorithm) {
        Graph g = RandomGraphs.gnm(30, 45, 5);
        Progress monitor = new Progress() {
            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> Layouts.layout(g, algorithm, LayoutOptions.defaults(), monitor));
    }

    @Test
    void cancelingDuringElkLayeredStopsIt() {
        Graph g = RandomGraphs.gnm(200, 400, 5);
        CancelAfter monitor = new CancelAfter(1);
        assertThrows(CancellationException.class, () -> Layouts.layout(g, LayoutAlgorithm.LAYERED, LayoutOptions.defaults(), monitor));
        assertTrue(monitor.worked >= 1, "ELK reported progress before the cancel");
    }

    @Test
    void emptyGraphHasNoPositions() {
        Positions p = Layouts.layout(Graph.builder().build(), LayoutAlgorithm.FORCE, null, null);
        assertEquals(0, p.size());
    }

    @Test
    void idsRoundTripAndUnknownIdsAreRefusedWithTheValidOnes() {
        for (LayoutAlgorithm a : LayoutAlgorithm.values()) {
            assertSame(a, LayoutAlgorithm.byId(a.id()));
            assertFalse(a.label().isBlank());
        }
        assertEquals("forceatlas2", LayoutAlgorithm.FORCE_ATLAS_2.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayoutAlgorithm.byId("spring"));
        assertTrue(e.getMessage().contains("\"spring\""), e.getMessage());
        for (String id : List.of("layered", "radial", "force", "stress", "forceatlas2")) {
            assertTrue(e.getMessage().contains(id), e.getMessage());
        }
    }

    @Test
    void forSizeTakesElkForceForSmallChartsAndForceAtlas2ForLargeOnes() {
        assertEquals(LayoutAlgorithm.FORCE, LayoutAlgorithm.forSize(12, 20));
        assertEquals(LayoutAlgorithm.FORCE, LayoutAlgorithm.forSize(LayoutAlgorithm.FORCE_MAX_NODES, 600));
        assertEquals(LayoutAlgorithm.FORCE_ATLAS_2, LayoutAlgorithm.forSize(LayoutAlgorithm.FORCE_MAX_NODES + 1, 600));
        assertEquals(LayoutAlgorithm.FORCE_ATLAS_2, LayoutAlgorithm.forSize(10_000, 30_000));
    }

    @Test
    void optionsThatDoNotFitAreRefused() {
        Graph g = RandomGraphs.gnm(5, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> LayoutOptions.builder().pinned(new boolean[5]).build());
        assertThrows(IllegalArgumentException.class, () -> LayoutOptions.builder().nodeSize(0, 40).build());
        assertThrows(IllegalArgumentException.class, () -> LayoutOptions.builder().iterations(-1).build());
        LayoutOptions threeNodes = LayoutOptions.builder().initial(Positions.zeros(3)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Layouts.layout(g, LayoutAlgorithm.FORCE, threeNodes, null));
        assertTrue(e.getMessage().contains("3 initial positions for 5 nodes"), e.getMessage());
        LayoutOptions badRoot = LayoutOptions.builder().root(9).build();
        assertThrows(IllegalArgumentException.class, () -> Layouts.layout(g, LayoutAlgorithm.RADIAL, badRoot, null));
    }

    private static Positions.Box box(Positions p, int[] nodes) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v : nodes) {
            minX = Math.min(minX, p.x()[v]);
            maxX = Math.max(maxX, p.x()[v]);
            minY = Math.min(minY, p.y()[v]);
            maxY = Math.max(maxY, p.y()[v]);
        }
        return new Positions.Box(minX, minY, maxX, maxY);
    }

    private static int[] clique(Graph.Builder b, String prefix, int size) {
        int[] nodes = new int[size];
        for (int i = 0; i < size; i++) {
            nodes[i] = b.node(prefix + i);
            for (int j = 0; j < i; j++) {
                b.edge(nodes[j], nodes[i]);
            }
        }
        return nodes;
    }

    private static int[] path(Graph.Builder b, String prefix, int size) {
        int[] nodes = new int[size];
        for (int i = 0; i < size; i++) {
            nodes[i] = b.node(prefix + i);
            if (i > 0) {
                b.edge(nodes[i - 1], nodes[i]);
            }
        }
        return nodes;
    }

    private static int[] star(Graph.Builder b, String prefix, int size) {
        int[] nodes = new int[size];
        nodes[0] = b.node(prefix + 0);
        for (int i = 1; i < size; i++) {
            nodes[i] = b.node(prefix + i);
            b.edge(nodes[0], nodes[i]);
        }
        return nodes;
    }

    /** A real progress monitor that the user cancels after some work has been reported. */
    private static final class CancelAfter implements Progress {

        private final int ticks;
        double worked;
        private boolean canceled;

        CancelAfter(int ticks) {
            this.ticks = ticks;
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (worked >= ticks) {
                canceled = true;
            }
        }

        @Override
        public boolean isCanceled() {
            return canceled;
        }
    }
}
