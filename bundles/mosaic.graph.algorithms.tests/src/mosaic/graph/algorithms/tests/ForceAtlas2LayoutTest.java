package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.RandomGraphs;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;

/** ForceAtlas2 with the Barnes–Hut quadtree. */
class ForceAtlas2LayoutTest {

    private static final int CLUSTER = 15;

    /** Two clusters of 15 nodes, each pair inside linked with probability 0.6, one edge between. */
    private static Graph twoClusters() {
        Graph.Builder b = Graph.builder();
        for (int i = 0; i < 2 * CLUSTER; i++) {
            b.node("n" + i);
        }
        SplittableRandom random = new SplittableRandom(8);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < CLUSTER; i++) {
                for (int j = i + 1; j < CLUSTER; j++) {
                    if (random.nextDouble() < 0.6) {
                        b.edge(c * CLUSTER + i, c * CLUSTER + j);
                    }
                }
            }
        }
        b.edge(0, CLUSTER);
        return b.build();
    }

    @Test
    void twoClustersJoinedByOneEdgeComeOutApart() {
        Positions p = Layouts.layout(twoClusters(), LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.defaults(), null);

        double[] cx = new double[2];
        double[] cy = new double[2];
        for (int i = 0; i < 2 * CLUSTER; i++) {
            cx[i / CLUSTER] += p.x()[i] / CLUSTER;
            cy[i / CLUSTER] += p.y()[i] / CLUSTER;
        }
        double between = Math.hypot(cx[0] - cx[1], cy[0] - cy[1]);
        double inside = 0;
        int pairs = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = c * CLUSTER; i < (c + 1) * CLUSTER; i++) {
                for (int j = i + 1; j < (c + 1) * CLUSTER; j++) {
                    inside += p.distance(i, j);
                    pairs++;
                }
            }
        }
        inside /= pairs;
        assertTrue(3 * inside < between, "mean distance inside a cluster " + inside + ", between the clusters " + between);
    }

    @Test
    void freeNodesOfAPathSettleBetweenItsPinnedEnds() {
        Graph.Builder b = Graph.builder();
        for (int i = 0; i < 8; i++) {
            b.node("n" + i);
            if (i > 0) {
                b.edge(i - 1, i);
            }
        }
        Graph g = b.build();
        double[] x = new double[8];
        double[] y = new double[8];
        x[7] = 4000;
        boolean[] pinned = new boolean[8];
        pinned[0] = true;
        pinned[7] = true;
        LayoutOptions options = LayoutOptions.builder().initial(new Positions(x, y)).pinned(pinned).build();

        Positions p = Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, options, null);

        assertEquals(0, p.x()[0], 0.0);
        assertEquals(4000, p.x()[7], 0.0);
        for (int i = 1; i < 7; i++) {
            assertTrue(p.x()[i] > 0 && p.x()[i] < 4000, "node " + i + " between the ends: " + p.x()[i]);
        }
    }

    @Test
    void progressIsReportedAndCancelingStopsTheIterations() {
        Graph g = RandomGraphs.gnm(300, 600, 2);
        Counting counting = new Counting(Integer.MAX_VALUE);
        Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.builder().iterations(50).build(), counting);
        assertTrue(counting.calls >= 50, "one report per iteration at least, got " + counting.calls);
        assertTrue(counting.total > 0.95 * counting.begun && counting.total <= counting.begun, "the bar filled: " + counting.total + " of " + counting.begun);

        Counting canceling = new Counting(10);
        assertThrows(CancellationException.class,
                () -> Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.builder().iterations(100_000).build(), canceling));
        assertTrue(canceling.calls < 100, "stopped soon after the cancel, not after " + canceling.calls + " reports");
    }

    @Test
    void aLargeNetworkIsLaidOutTheSameOnEveryRun() {
        // large enough for the repulsion to be split over threads
        Graph g = RandomGraphs.gnm(3000, 6000, 9);
        LayoutOptions options = LayoutOptions.builder().iterations(40).seed(5).build();
        Positions a = Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, options, null);
        Positions b = Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, options, null);
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertTrue(Arrays.stream(a.x()).allMatch(Double::isFinite) && Arrays.stream(a.y()).allMatch(Double::isFinite));
    }

    /** A progress monitor that counts reports and is canceled after some of them. */
    private static final class Counting implements Progress {

        private final int cancelAfter;
        int calls;
        double total;
        int begun;
        private boolean canceled;

        Counting(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(String task, int totalWork) {
            begun = totalWork;
        }

        @Override
        public void worked(int work) {
            calls++;
            total += work;
            if (calls >= cancelAfter) {
                canceled = true;
            }
        }

        @Override
        public boolean isCanceled() {
            return canceled;
        }
    }
}
