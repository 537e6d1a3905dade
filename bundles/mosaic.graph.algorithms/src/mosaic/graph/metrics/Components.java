package mosaic.graph.metrics;

import java.util.Arrays;

import mosaic.graph.Graph;

/** Connected components of the simple undirected view. */
public final class Components {

    private Components() {
    }

    /**
     * The component of every node: components are numbered 0, 1, ... by decreasing size, ties
     * broken by the smallest node in each (so an isolated node is a component of its own).
     */
    public static int[] of(Graph g) {
        int n = g.nodeCount();
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 1;
            queue[0] = s;
            comp[s] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int i = off[v]; i < off[v + 1]; i++) {
                    int w = nb[i];
                    if (comp[w] < 0) {
                        comp[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return Labels.bySize(comp, count);
    }

    /** The number of components (or communities) in a labelling numbered 0..k-1: k. */
    public static int count(int[] labels) {
        int max = -1;
        for (int c : labels) {
            if (c < 0) {
                throw new IllegalArgumentException("labels must be 0 or more, found " + c);
            }
            max = Math.max(max, c);
        }
        return max + 1;
    }
}
