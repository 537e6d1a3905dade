package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.metrics.Paths;

/** Shortest paths, simple paths up to a length, k-hop neighbourhoods. */
class PathsTest {

    @Test
    void shortestPathTakesFewestEdges() {
        // cycle 0..5 plus the chord 1-4: 0-1-2-3, 0-1-4-3 and 0-5-4-3 all take 3 edges; BFS with
        // neighbours in index order reaches 3 first from 2 (2 is queued before 4)
        Graph.Builder b = CentralityMetricsTest.nodes(6);
        for (int i = 0; i < 6; i++) {
            b.edge(i, (i + 1) % 6);
        }
        b.edge(1, 4);
        Graph g = b.build();
        assertArrayEquals(new int[] { 0, 1, 2, 3 }, Paths.shortest(g, 0, 3));
        assertArrayEquals(new int[] { 0, 1, 4 }, Paths.shortest(g, 0, 4));
        assertArrayEquals(new int[] { 5, 0 }, Paths.shortest(g, 5, 0));
        assertArrayEquals(new int[] { 2 }, Paths.shortest(g, 2, 2));
    }

    @Test
    void noPathIsEmpty() {
        Graph.Builder b = CentralityMetricsTest.nodes(4);
        b.edge(0, 1);
        b.edge(2, 3);
        Graph g = b.build();
        assertEquals(0, Paths.shortest(g, 0, 3).length);
        assertTrue(Paths.allSimple(g, 0, 3, 5, 10).isEmpty());
    }

    @Test
    void shortestPathOnTheKarateClub() {
        // networkx: shortest_path_length(G, 16, 33) == 4 (e.g. 16-5-0-8-33)
        int[] p = Paths.shortest(CentralityMetricsTest.karate(), 16, 33);
        assertEquals(5, p.length);
        assertEquals(16, p[0]);
        assertEquals(33, p[4]);
        assertIsPath(CentralityMetricsTest.karate(), p);
    }

    @Test
    void allSimplePathsShortestFirstWithinLengthAndLimit() {
        // complete graph on 4 nodes, from 0 to 3: [0,3]; [0,1,3], [0,2,3]; [0,1,2,3], [0,2,1,3]
        Graph k4 = CentralityMetricsTest.complete(4);
        List<int[]> all = Paths.allSimple(k4, 0, 3, 3, 100);
        assertEquals(5, all.size());
        assertArrayEquals(new int[] { 0, 3 }, all.get(0));
        assertArrayEquals(new int[] { 0, 1, 3 }, all.get(1));
        assertArrayEquals(new int[] { 0, 2, 3 }, all.get(2));
        assertArrayEquals(new int[] { 0, 1, 2, 3 }, all.get(3));
        assertArrayEquals(new int[] { 0, 2, 1, 3 }, all.get(4));

        assertEquals(3, Paths.allSimple(k4, 0, 3, 2, 100).size());
        assertEquals(1, Paths.allSimple(k4, 0, 3, 1, 100).size());
        assertEquals(0, Paths.allSimple(k4, 0, 3, 0, 100).size());
        // the limit keeps the shortest
        List<int[]> two = Paths.allSimple(k4, 0, 3, 3, 2);
        assertEquals(2, two.size());
        assertArrayEquals(new int[] { 0, 3 }, two.get(0));
        assertArrayEquals(new int[] { 0, 1, 3 }, two.get(1));
        // a node to itself: the trivial path, as networkx
        assertArrayEquals(new int[] { 2 }, Paths.allSimple(k4, 2, 2, 3, 10).get(0));
        assertTrue(Paths.allSimple(k4, 0, 3, 3, 0).isEmpty());
    }

    @Test
    void allSimplePathsCountMatchesNetworkxOnTheKarateClub() {
        // networkx 3.6.1: len(list(nx.all_simple_paths(G, 0, 33, cutoff=4))) == 106, cutoff=3: 18
        Graph g = CentralityMetricsTest.karate();
        List<int[]> paths = Paths.allSimple(g, 0, 33, 4, 1000);
        assertEquals(106, paths.size());
        assertEquals(18, Paths.allSimple(g, 0, 33, 3, 1000).size());
        Set<String> distinct = new HashSet<>();
        int previous = 0;
        for (int[] p : paths) {
            assertIsPath(g, p);
            assertEquals(0, p[0]);
            assertEquals(33, p[p.length - 1]);
            assertTrue(p.length - 1 <= 4);
            assertTrue(p.length >= previous, "shortest first");
            previous = p.length;
            assertEquals(p.length, Arrays.stream(p).distinct().count(), "simple");
            assertTrue(distinct.add(Arrays.toString(p)));
        }
        assertEquals(25, Paths.allSimple(g, 0, 33, 4, 25).size());
    }

    @Test
    void neighbourhoodWithinHops() {
        Graph p = CentralityMetricsTest.path(7);
        assertArrayEquals(new int[] { 3 }, Paths.neighbourhood(p, 3, 0));
        assertArrayEquals(new int[] { 2, 3, 4 }, Paths.neighbourhood(p, 3, 1));
        assertArrayEquals(new int[] { 1, 2, 3, 4, 5 }, Paths.neighbourhood(p, 3, 2));
        assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6 }, Paths.neighbourhood(p, 3, 10));
        assertArrayEquals(new int[] { 0, 1, 2 }, Paths.neighbourhood(p, 0, 2));
        // the karate club's instructor (0) and his 16 friends
        assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31 },
                Paths.neighbourhood(CentralityMetricsTest.karate(), 0, 1));
    }

    @Test
    void badArgumentsAreRefused() {
        Graph p = CentralityMetricsTest.path(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Paths.shortest(p, 0, 3));
        assertTrue(e.getMessage().contains("node 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Paths.neighbourhood(p, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Paths.neighbourhood(p, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> Paths.allSimple(p, 0, 2, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> Paths.allSimple(p, 0, 2, 3, -5));
    }

    private static void assertIsPath(Graph g, int[] p) {
        int[] off = g.offsets();
        for (int i = 0; i + 1 < p.length; i++) {
            boolean adjacent = false;
            for (int k = off[p[i]]; k < off[p[i] + 1]; k++) {
                adjacent |= g.neighbours()[k] == p[i + 1];
            }
            assertTrue(adjacent, p[i] + " and " + p[i + 1] + " are not neighbours");
        }
    }
}
