package mosaic.graph.layout;

import java.util.Arrays;

/**
 * A radial tree layout of one connected component: the breadth-first tree from the root, the
 * root at the origin, the nodes at depth d on ring d, each node given an angular sector of its
 * parent's sector in proportion to the leaves below it and placed in the middle of it. Edges
 * outside the tree are drawn but do not shape the layout.
 * <p>
 * Rings are at least the larger node side plus the spacing apart, and each ring is wide enough
 * that neighbouring nodes on it are a node width plus the spacing apart.
 */
final class RadialLayout {

    private RadialLayout() {
    }

    /** Centres in local numbers of the component, the root at (0, 0). */
    static Positions layout(Component c, int root, LayoutOptions options) {
        int n = c.size();
        Component.Bfs tree = c.bfs(root);
        int[] order = tree.order();
        int[] parent = tree.parent();
        int[] depth = tree.depth();

        // leaves under each node, children after parents in BFS order so sum backwards
        double[] leaves = new double[n];
        int[] childCount = new int[n];
        for (int i = 1; i < n; i++) {
            childCount[parent[order[i]]]++;
        }
        for (int i = n - 1; i >= 0; i--) {
            int u = order[i];
            if (childCount[u] == 0) {
                leaves[u] = 1;
            }
            if (parent[u] >= 0) {
                leaves[parent[u]] += leaves[u];
            }
        }

        // sectors: children of a node share its sector in BFS order, start of the next free part
        double[] sectorStart = new double[n];
        double[] sectorSize = new double[n];
        double[] nextFree = new double[n];
        sectorStart[root] = -Math.PI / 2;
        sectorSize[root] = 2 * Math.PI;
        nextFree[root] = sectorStart[root];
        int maxDepth = 0;
        for (int i = 1; i < n; i++) {
            int u = order[i];
            int p = parent[u];
            sectorStart[u] = nextFree[p];
            sectorSize[u] = sectorSize[p] * leaves[u] / leaves[p];
            nextFree[p] += sectorSize[u];
            nextFree[u] = sectorStart[u];
            maxDepth = Math.max(maxDepth, depth[u]);
        }

        // ring radii: apart by the larger node side, and wide enough for the narrowest sector
        double[] minSector = new double[maxDepth + 1];
        int[] onRing = new int[maxDepth + 1];
        Arrays.fill(minSector, 2 * Math.PI);
        for (int u = 0; u < n; u++) {
            minSector[depth[u]] = Math.min(minSector[depth[u]], sectorSize[u]);
            onRing[depth[u]]++;
        }
        double ringGap = Math.max(options.nodeWidth(), options.nodeHeight()) + options.spacing();
        double along = options.nodeWidth() + options.spacing();
        double[] radius = new double[maxDepth + 1];
        for (int d = 1; d <= maxDepth; d++) {
            double r = radius[d - 1] + ringGap;
            if (onRing[d] > 1) {
                // neighbours on the ring are at least minSector apart: chord 2 r sin(a / 2)
                double half = Math.min(minSector[d], Math.PI) / 2;
                r = Math.max(r, along / (2 * Math.sin(half)));
            }
            radius[d] = r;
        }

        double[] x = new double[n];
        double[] y = new double[n];
        for (int u = 0; u < n; u++) {
            if (u != root) {
                double angle = sectorStart[u] + sectorSize[u] / 2;
                x[u] = radius[depth[u]] * Math.cos(angle);
                y[u] = radius[depth[u]] * Math.sin(angle);
            }
        }
        return new Positions(x, y);
    }
}
