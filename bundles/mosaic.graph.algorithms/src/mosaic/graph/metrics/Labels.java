package mosaic.graph.metrics;

import java.util.Arrays;

/** Renumbering of node labels (components, communities). */
final class Labels {

    private Labels() {
    }

    /**
     * Renumbers labels 0..count-1 so that label 0 is the largest group, ties broken by the
     * smallest node of each group; returns a new array.
     */
    static int[] bySize(int[] labels, int count) {
        int[] size = new int[count];
        int[] first = new int[count];
        Arrays.fill(first, -1);
        for (int v = 0; v < labels.length; v++) {
            int c = labels[v];
            size[c]++;
            if (first[c] < 0) {
                first[c] = v;
            }
        }
        // sort (size desc, first node asc) packed into longs: both fit in 31 bits
        long[] keys = new long[count];
        int used = 0;
        for (int c = 0; c < count; c++) {
            if (size[c] > 0) {
                keys[used++] = ((long) (Integer.MAX_VALUE - size[c]) << 32) | first[c];
            }
        }
        Arrays.sort(keys, 0, used);
        int[] rank = new int[count];
        for (int r = 0; r < used; r++) {
            rank[labels[(int) keys[r]]] = r;
        }
        int[] out = new int[labels.length];
        for (int v = 0; v < labels.length; v++) {
            out[v] = rank[labels[v]];
        }
        return out;
    }
}
