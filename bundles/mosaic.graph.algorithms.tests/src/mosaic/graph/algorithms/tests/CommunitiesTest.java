package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mosaic.graph.Graph;
import mosaic.graph.RandomGraphs;
import mosaic.graph.metrics.Communities;
import mosaic.graph.metrics.Components;

/** Louvain communities and modularity. */
class CommunitiesTest {

    /** The karate club's split after the quarrel (networkx's "club" attribute: 0 Mr. Hi, 1 Officer). */
    private static final int[] CLUB = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1 };

    /** networkx's karate_club_graph() edge weights, in the order of CentralityMetricsTest.KARATE_EDGES. */
    private static final int[] KARATE_WEIGHTS = { 4, 5, 3, 3, 3, 3, 2, 2, 2, 3, 1, 3, 2, 2, 2, 2, 6, 3, 4, 5, 1, 2, 2,
            2, 3, 4, 5, 1, 3, 2, 2, 2, 3, 3, 3, 2, 3, 5, 3, 3, 3, 3, 3, 4, 2, 3, 3, 2, 3, 4, 1, 2, 1, 3, 1, 2, 3, 5,
            4, 3, 5, 4, 2, 3, 2, 7, 4, 2, 4, 2, 2, 4, 2, 3, 3, 4, 4, 5 };

    /** Two 5-cliques, 0..4 and 5..9, joined by the one edge 4-5. */
    private static Graph twoCliques() {
        Graph.Builder b = CentralityMetricsTest.nodes(10);
        for (int base : new int[] { 0, 5 }) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    b.edge(base + i, base + j);
                }
            }
        }
        b.edge(4, 5);
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, 1, 2, 42, -7 })
    void louvainFindsTwoCliques(long seed) {
        int[] c = Communities.louvain(twoCliques(), seed);
        // two communities of equal size: the one holding node 0 comes first
        assertArrayEquals(new int[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 }, c);
    }

    @Test
    void twoCliquesModularityClosedForm() {
        // m = 21 edges; each clique: 10 edges inside, degree sum 2*10 + 1 = 21 of 2m = 42:
        // Q = 2 * (10/21 - (21/42)^2) = 20/21 - 1/2
        assertEquals(20 / 21.0 - 0.5, Communities.modularity(twoCliques(), new int[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 }),
                1e-12);
        // everything in one community: 1 - 1 = 0
        assertEquals(0.0, Communities.modularity(twoCliques(), new int[10]), 1e-12);
    }

    @Test
    void modularityMatchesNetworkxOnTheKarateClub() {
        // networkx 3.6.1, G = nx.Graph(karate_club_graph().edges()):
        // modularity(G, [club 0, club 1]) == 0.3582347140039448, and for the partition i % 3,
        // -0.009615384615384623
        Graph g = CentralityMetricsTest.karate();
        assertEquals(0.3582347140039448, Communities.modularity(g, CLUB), 1e-12);
        int[] mod3 = new int[34];
        for (int i = 0; i < 34; i++) {
            mod3[i] = i % 3;
        }
        assertEquals(-0.009615384615384623, Communities.modularity(g, mod3), 1e-12);
    }

    @Test
    void weightedModularityMatchesNetworkx() {
        // networkx 3.6.1 modularity(karate_club_graph(), [club 0, club 1]) with its edge
        // weights (weight="weight" by default) == 0.39143756676224206
        Graph.Builder b = CentralityMetricsTest.nodes(34);
        for (int e = 0; e < CentralityMetricsTest.KARATE_EDGES.length; e++) {
            int[] edge = CentralityMetricsTest.KARATE_EDGES[e];
            b.edge(edge[0], edge[1], KARATE_WEIGHTS[e], false, null, null);
        }
        assertEquals(0.39143756676224206, Communities.modularity(b.build(), CLUB), 1e-12);
    }

    @Test
    void louvainOnTheKarateClubFindsAGoodPartition() {
        Graph g = CentralityMetricsTest.karate();
        int[] c = Communities.louvain(g, 3);
        double q = Communities.modularity(g, c);
        // the best partition has Q = 0.4198; networkx's Louvain gets 0.415 to 0.419 depending on the seed
        assertTrue(q > 0.40 && q <= 0.4198 + 1e-9, "Q = " + q);
        int k = Components.count(c);
        assertTrue(k >= 3 && k <= 5, k + " communities");
        // renumbered by decreasing size
        int[] size = new int[k];
        for (int x : c) {
            size[x]++;
        }
        for (int i = 1; i < k; i++) {
            assertTrue(size[i - 1] >= size[i]);
        }
        assertArrayEquals(c, Communities.louvain(g, 3), "same seed, same communities");
    }

    @Test
    void louvainOnARandomGraphBeatsItsComponents() {
        Graph g = RandomGraphs.gnm(2000, 4000, 9);
        int[] c = Communities.louvain(g, 5);
        double q = Communities.modularity(g, c);
        // networkx 3.6.1 louvain_communities on this graph's edges, seeds 0..3: Q 0.5246 to 0.5294
        assertTrue(q > 0.515, "Q = " + q);
        assertTrue(q > Communities.modularity(g, Components.of(g)));
    }

    @Test
    void isolatedNodesAreCommunitiesOfTheirOwn() {
        Graph.Builder b = CentralityMetricsTest.nodes(5);
        b.edge(1, 2);
        int[] c = Communities.louvain(b.build(), 0);
        // the pair first (largest), then 0, 3, 4 by node
        assertArrayEquals(new int[] { 1, 0, 0, 2, 3 }, c);
        assertArrayEquals(new int[] { 0, 1, 2 }, Communities.louvain(CentralityMetricsTest.nodes(3).build(), 0));
        assertTrue(Double.isNaN(Communities.modularity(CentralityMetricsTest.nodes(3).build(), new int[] { 0, 1, 2 })));
    }

    @Test
    void badInputIsRefused() {
        Graph g = twoCliques();
        assertThrows(IllegalArgumentException.class, () -> Communities.modularity(g, new int[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Communities.modularity(g, new int[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, -1 }));
        assertTrue(e.getMessage().contains("node 9"), e.getMessage());
        Graph.Builder b = CentralityMetricsTest.nodes(2);
        b.edge(0, 1, -1.0, false, null, null);
        assertThrows(IllegalArgumentException.class, () -> Communities.louvain(b.build(), 0));
    }
}
