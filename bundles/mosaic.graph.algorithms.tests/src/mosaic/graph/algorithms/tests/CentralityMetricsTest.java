package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.metrics.Centrality;

/**
 * Degree, weighted degree, closeness, eigenvector and PageRank against closed forms (derived in
 * the comments) and against networkx on Zachary's karate club. Also holds the small graphs the
 * other metrics tests share.
 */
class CentralityMetricsTest {

    /** Power iterations stop at networkx's tolerance, so they are this close to the exact eigenvector. */
    private static final double ITERATIVE = 1e-5;
    private static final double EXACT = 1e-12;

    // ---- graphs shared by the metrics tests -------------------------------------------------

    /** Nodes "0".."n-1", no edges yet. */
    static Graph.Builder nodes(int n) {
        Graph.Builder b = Graph.builder();
        for (int i = 0; i < n; i++) {
            b.node(Integer.toString(i));
        }
        return b;
    }

    /** Star: node 0 joined to leaves 1..leaves. */
    static Graph star(int leaves) {
        Graph.Builder b = nodes(leaves + 1);
        for (int i = 1; i <= leaves; i++) {
            b.edge(0, i);
        }
        return b.build();
    }

    /** Path 0 - 1 - ... - (n-1). */
    static Graph path(int n) {
        Graph.Builder b = nodes(n);
        for (int i = 0; i + 1 < n; i++) {
            b.edge(i, i + 1);
        }
        return b.build();
    }

    /** Cycle 0 - 1 - ... - (n-1) - 0. */
    static Graph cycle(int n) {
        Graph.Builder b = nodes(n);
        for (int i = 0; i < n; i++) {
            b.edge(i, (i + 1) % n);
        }
        return b.build();
    }

    /** Complete graph on n nodes. */
    static Graph complete(int n) {
        Graph.Builder b = nodes(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b.edge(i, j);
            }
        }
        return b.build();
    }

    /** Zachary's karate club: 34 members, 78 friendships (networkx's karate_club_graph edges). */
    static final int[][] KARATE_EDGES = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 }, { 0, 5 }, { 0, 6 }, { 0, 7 },
            { 0, 8 }, { 0, 10 }, { 0, 11 }, { 0, 12 }, { 0, 13 }, { 0, 17 }, { 0, 19 }, { 0, 21 }, { 0, 31 },
            { 1, 2 }, { 1, 3 }, { 1, 7 }, { 1, 13 }, { 1, 17 }, { 1, 19 }, { 1, 21 }, { 1, 30 }, { 2, 3 },
            { 2, 7 }, { 2, 8 }, { 2, 9 }, { 2, 13 }, { 2, 27 }, { 2, 28 }, { 2, 32 }, { 3, 7 }, { 3, 12 },
            { 3, 13 }, { 4, 6 }, { 4, 10 }, { 5, 6 }, { 5, 10 }, { 5, 16 }, { 6, 16 }, { 8, 30 }, { 8, 32 },
            { 8, 33 }, { 9, 33 }, { 13, 33 }, { 14, 32 }, { 14, 33 }, { 15, 32 }, { 15, 33 }, { 18, 32 },
            { 18, 33 }, { 19, 33 }, { 20, 32 }, { 20, 33 }, { 22, 32 }, { 22, 33 }, { 23, 25 }, { 23, 27 },
            { 23, 29 }, { 23, 32 }, { 23, 33 }, { 24, 25 }, { 24, 27 }, { 24, 31 }, { 25, 31 }, { 26, 29 },
            { 26, 33 }, { 27, 33 }, { 28, 31 }, { 28, 33 }, { 29, 32 }, { 29, 33 }, { 30, 32 }, { 30, 33 },
            { 31, 32 }, { 31, 33 }, { 32, 33 } };

    /** The karate club, every edge of weight 1. */
    static Graph karate() {
        Graph.Builder b = nodes(34);
        for (int[] e : KARATE_EDGES) {
            b.edge(e[0], e[1]);
        }
        return b.build();
    }

    static void assertAll(double expected, double[] actual, double delta) {
        for (int v = 0; v < actual.length; v++) {
            assertEquals(expected, actual[v], delta, "node " + v);
        }
    }

    // ---- reference values -------------------------------------------------------------------
    // networkx 3.6.1 on nx.Graph(karate_club_graph().edges()) (unweighted): degree_centrality(G),
    // closeness_centrality(G), eigenvector_centrality(G), pagerank(G) and pagerank(G, alpha=0.5),
    // values printed with repr() in node order.

    static final double[] KARATE_DEGREE = { 0.48484848484848486, 0.2727272727272727, 0.30303030303030304,
            0.18181818181818182, 0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.12121212121212122,
            0.15151515151515152, 0.06060606060606061, 0.09090909090909091, 0.030303030303030304, 0.06060606060606061,
            0.15151515151515152, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061,
            0.06060606060606061, 0.09090909090909091, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061,
            0.15151515151515152, 0.09090909090909091, 0.09090909090909091, 0.06060606060606061, 0.12121212121212122,
            0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.18181818181818182, 0.36363636363636365,
            0.5151515151515151 };

    static final double[] KARATE_CLOSENESS = { 0.5689655172413793, 0.4852941176470588, 0.559322033898305,
            0.4647887323943662, 0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625,
            0.4342105263157895, 0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625,
            0.3707865168539326, 0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5,
            0.3707865168539326, 0.375, 0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626,
            0.4583333333333333, 0.4520547945205479, 0.38372093023255816, 0.4583333333333333, 0.5409836065573771,
            0.515625, 0.55 };

    static final double[] KARATE_EIGENVECTOR = { 0.35548349418519426, 0.2659538704545024, 0.3171893899684447,
            0.21117407832057056, 0.0759664588165738, 0.07948057788594245, 0.07948057788594245, 0.1709551149803543,
            0.22740509147166046, 0.10267519030637756, 0.0759664588165738, 0.05285416945233646, 0.08425192086558085,
            0.22646969838808145, 0.10140627846270832, 0.10140627846270832, 0.02363479426059687, 0.0923967566684595,
            0.10140627846270832, 0.14791134007618667, 0.10140627846270832, 0.0923967566684595, 0.10140627846270832,
            0.15012328691726787, 0.057053735638028055, 0.0592082025027901, 0.07558192219009324, 0.13347932684333308,
            0.13107925627221215, 0.13496528673866567, 0.17476027834493088, 0.191036269797917, 0.3086510477336959,
            0.37337121301323506 };

    static final double[] KARATE_PAGERANK = { 0.09700181758983706, 0.052878391037427, 0.05707842304763673,
            0.035860643223064786, 0.021979406974834498, 0.02911334166344221, 0.029113341663442205, 0.02449075803950918,
            0.029765339186167028, 0.014308950284462798, 0.021979406974834494, 0.009564916863537146,
            0.014645186487916188, 0.02953631497720298, 0.014535161524273824, 0.014535161524273824,
            0.016785378110253487, 0.01455885977424349, 0.014535161524273824, 0.01960441671193729, 0.014535161524273824,
            0.01455885977424349, 0.014535161524273824, 0.03152091531163227, 0.021075455001162945, 0.02100562817474579,
            0.015043395360629753, 0.025638803528350497, 0.019572960509438537, 0.026287262837112076,
            0.024589336534292478, 0.037156635922679405, 0.07169213006588289, 0.1009179167487121 };

    static final double[] KARATE_PAGERANK_HALF = { 0.07640439414061907, 0.0443211423629843, 0.04502041660333677,
            0.03250874308536558, 0.025119599948944953, 0.030715816135582382, 0.030715816135582382,
            0.024515796502047386, 0.027234658864986203, 0.01930900971209646, 0.025119599948944953,
            0.017093485952766153, 0.019802541005683405, 0.02686791318323282, 0.019509136438037956,
            0.019509136438037956, 0.02238487906135158, 0.019555730771160282, 0.019509136438037956,
            0.021907847452345718, 0.019509136438037956, 0.019555730771160282, 0.019509136438037956,
            0.03040434195627298, 0.02496350356885464, 0.024729238832229633, 0.020517913913273022,
            0.026510035614560064, 0.02213134028892131, 0.027679108218708306, 0.024694883644531998,
            0.033867382873406765, 0.05882903433693859, 0.07997441292392223 };

    // ---- tests ------------------------------------------------------------------------------

    @Test
    void karateClubMatchesNetworkx() {
        Graph g = karate();
        assertArrayEquals(KARATE_DEGREE, Centrality.degree(g), EXACT);
        assertArrayEquals(KARATE_CLOSENESS, Centrality.closeness(g), EXACT);
        assertArrayEquals(KARATE_CLOSENESS, Centrality.closeness(g, 1, null), EXACT);
        // same iteration, same stopping step: equal to rounding, not just to the tolerance
        assertArrayEquals(KARATE_EIGENVECTOR, Centrality.eigenvector(g), EXACT);
        assertArrayEquals(KARATE_PAGERANK, Centrality.pageRank(g, 0.85), EXACT);
        assertArrayEquals(KARATE_PAGERANK_HALF, Centrality.pageRank(g, 0.5), EXACT);
    }

    @Test
    void starClosedForms() {
        int k = 4; // n = 5
        Graph g = star(k);
        // degree centrality: centre k/(n-1) = 1, leaf 1/k
        assertArrayEquals(new double[] { 1, 0.25, 0.25, 0.25, 0.25 }, Centrality.degree(g), EXACT);
        // closeness: centre reaches all k at distance 1 -> k/k = 1; a leaf reaches the centre at 1
        // and k-1 leaves at 2, total 2k-1 -> k/(2k-1) = 4/7
        double[] closeness = Centrality.closeness(g);
        assertEquals(1.0, closeness[0], EXACT);
        assertAll(4.0 / 7.0, Arrays.copyOfRange(closeness, 1, 5), EXACT);
        // eigenvector: A (sqrt(k), 1, ..., 1) = sqrt(k) (sqrt(k), 1, ..., 1); length sqrt(2k)
        // -> centre 1/sqrt(2), leaves 1/sqrt(2k)
        double[] eigenvector = Centrality.eigenvector(g);
        assertEquals(1 / Math.sqrt(2), eigenvector[0], ITERATIVE);
        assertAll(1 / Math.sqrt(2 * k), Arrays.copyOfRange(eigenvector, 1, 5), ITERATIVE);
        // PageRank: c = (1-a)/n + a k l and l = (1-a)/n + a c/k give c = (1+ak)/(n(1+a)),
        // l = (1-c)/k; for a = 0.85, n = 5: c = 4.4/9.25. The iteration stops when a step changes
        // the vector by less than n*1e-6 in L1 and the error left decays by a = 0.85 a step, so
        // the stopped vector can be a few 1e-5 off.
        double c = (1 + 0.85 * k) / (5 * 1.85);
        double[] pr = Centrality.pageRank(g, 0.85);
        assertEquals(c, pr[0], 1e-4);
        assertAll((1 - c) / k, Arrays.copyOfRange(pr, 1, 5), 1e-4);
        assertEquals(1.0, Arrays.stream(pr).sum(), 1e-12);
        // weighted degree: unit weights = degree
        assertArrayEquals(new double[] { 4, 1, 1, 1, 1 }, Centrality.weightedDegree(g), EXACT);
    }

    @Test
    void pathClosedForms() {
        Graph g = path(5);
        assertArrayEquals(new double[] { 0.25, 0.5, 0.5, 0.5, 0.25 }, Centrality.degree(g), EXACT);
        // closeness (n-1)/sum of distances: node 0: 1+2+3+4 = 10 -> 4/10; node 1: 1+1+2+3 = 7 -> 4/7;
        // node 2: 1+1+2+2 = 6 -> 4/6
        assertArrayEquals(new double[] { 0.4, 4 / 7.0, 4 / 6.0, 4 / 7.0, 0.4 }, Centrality.closeness(g), EXACT);
        // eigenvector of the path P5: (sin(j pi/6))_{j=1..5} = (1/2, sqrt3/2, 1, sqrt3/2, 1/2),
        // squared length 3 -> divide by sqrt(3)
        double s3 = Math.sqrt(3);
        assertArrayEquals(new double[] { 0.5 / s3, 0.5, 1 / s3, 0.5, 0.5 / s3 }, Centrality.eigenvector(g), ITERATIVE);
    }

    @Test
    void cycleAndCompleteGraphAreUniform() {
        // every node alike: eigenvector 1/sqrt(n) (the start vector is already the eigenvector,
        // so exact), PageRank 1/n
        Graph c6 = cycle(6);
        assertAll(2 / 5.0, Centrality.degree(c6), EXACT);
        // distances 1, 1, 2, 2, 3 -> 5/9
        assertAll(5 / 9.0, Centrality.closeness(c6), EXACT);
        assertAll(1 / Math.sqrt(6), Centrality.eigenvector(c6), EXACT);
        assertAll(1 / 6.0, Centrality.pageRank(c6, 0.85), EXACT);

        Graph k5 = complete(5);
        assertAll(1.0, Centrality.degree(k5), EXACT);
        assertAll(1.0, Centrality.closeness(k5), EXACT);
        assertAll(1 / Math.sqrt(5), Centrality.eigenvector(k5), EXACT);
        assertAll(1 / 5.0, Centrality.pageRank(k5, 0.85), EXACT);
    }

    @Test
    void closenessIsScaledByTheReachableShareOnDisconnectedGraphs() {
        // an edge 0-1 and an isolated node 2 (n = 3): node 0 reaches 1 node at total distance 1
        // -> 1/1 * (1/(n-1)) = 0.5; node 2 reaches nobody -> 0
        Graph.Builder b = nodes(3);
        b.edge(0, 1);
        Graph g = b.build();
        assertArrayEquals(new double[] { 0.5, 0.5, 0.0 }, Centrality.closeness(g), EXACT);
        // PageRank: the isolated node spreads its rank over all nodes (networkx's dangling
        // nodes); by symmetry 0 and 1 are equal, and the values still sum to 1
        double[] pr = Centrality.pageRank(g, 0.85);
        assertEquals(pr[0], pr[1], EXACT);
        assertEquals(1.0, pr[0] + pr[1] + pr[2], 1e-12);
        assertTrue(pr[2] < pr[0]);
    }

    @Test
    void weightedDegreeSumsParallelEdges() {
        Graph.Builder b = nodes(3);
        b.edge(0, 1, 2.0, false, "a", null);
        b.edge(1, 0, 0.5, true, "b", null);
        b.edge(1, 2, 3.0, false, "c", null);
        b.edge(2, 2, 9.0, false, "loop", null);
        assertArrayEquals(new double[] { 2.5, 5.5, 3.0 }, Centrality.weightedDegree(b.build()), EXACT);
    }

    @Test
    void eigenvectorThatDoesNotConvergeFailsClearly() {
        // a long path: the second eigenvalue of A + I is too close to the first for 100 steps
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Centrality.eigenvector(path(60)));
        assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
    }

    @Test
    void eigenvectorByComponentScalesEachComponent() {
        // a triangle (0,1,2), a star with 4 leaves (3..7) and an isolated node 8: n = 9
        Graph.Builder b = nodes(9);
        b.edge(0, 1);
        b.edge(1, 2);
        b.edge(2, 0);
        for (int i = 4; i <= 7; i++) {
            b.edge(3, i);
        }
        double[] x = Centrality.eigenvectorByComponent(b.build(), 1000);
        // each component's own unit vector times sqrt(size / 9)
        assertAll(1 / Math.sqrt(3) * Math.sqrt(3 / 9.0), Arrays.copyOfRange(x, 0, 3), EXACT);
        assertEquals(1 / Math.sqrt(2) * Math.sqrt(5 / 9.0), x[3], ITERATIVE);
        assertAll(1 / Math.sqrt(8) * Math.sqrt(5 / 9.0), Arrays.copyOfRange(x, 4, 8), ITERATIVE);
        assertEquals(Math.sqrt(1 / 9.0), x[8], EXACT);
        assertEquals(1.0, Math.sqrt(Arrays.stream(x).map(v -> v * v).sum()), 1e-9);
        // on a connected graph it is networkx's value
        assertArrayEquals(KARATE_EIGENVECTOR, Centrality.eigenvectorByComponent(karate(), 1000), EXACT);
    }

    @Test
    void badDampingFactorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Centrality.pageRank(star(3), 1.5));
        assertThrows(IllegalArgumentException.class, () -> Centrality.pageRank(star(3), Double.NaN));
    }

    @Test
    void tinyGraphs() {
        Graph one = nodes(1).build();
        assertArrayEquals(new double[] { 1.0 }, Centrality.degree(one), EXACT);
        assertArrayEquals(new double[] { 0.0 }, Centrality.closeness(one), EXACT);
        assertArrayEquals(new double[] { 1.0 }, Centrality.eigenvector(one), EXACT);
        assertArrayEquals(new double[] { 1.0 }, Centrality.pageRank(one, 0.85), EXACT);
        Graph none = nodes(0).build();
        assertEquals(0, Centrality.pageRank(none, 0.85).length);
        assertEquals(0, Centrality.eigenvector(none).length);
        assertEquals(0, Centrality.closeness(none).length);
    }
}
