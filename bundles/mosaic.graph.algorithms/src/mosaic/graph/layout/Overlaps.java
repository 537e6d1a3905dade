package mosaic.graph.layout;

import java.util.Arrays;

/**
 * Removes overlaps between node boxes by pushing overlapping pairs apart, each by half the
 * overlap (a pinned node not at all, its partner by all of it), along the axis where the
 * overlap is smaller relative to the box, round after round until none is left or the rounds
 * run out. Boxes are looked up in a grid of box-sized cells, so a round costs O(n log n).
 * Meant for layouts that are already spread out: it settles local crowding, it does not make
 * room in a crowded layout.
 */
final class Overlaps {

    private Overlaps() {
    }

    /**
     * Moves nodes so that no two boxes of {@code width} x {@code height} centred on them
     * overlap, within {@code rounds} rounds.
     *
     * @param fixed nodes that must not move, or null
     * @return the number of overlapping pairs left
     */
    static int remove(double[] x, double[] y, boolean[] fixed, double width, double height, int rounds) {
        int n = x.length;
        int overlaps = 0;
        for (int round = 0; round < rounds; round++) {
            overlaps = round(x, y, fixed, width, height, n);
            if (overlaps == 0) {
                break;
            }
        }
        return overlaps;
    }

    /** One round: finds each overlapping pair once and pushes it apart at once. */
    private static int round(double[] x, double[] y, boolean[] fixed, double width, double height, int n) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
        }
        // grid cells as large as a box: overlapping boxes are in the same or neighbouring cells
        int[] cellX = new int[n];
        int[] cellY = new int[n];
        int rows = 1;
        for (int i = 0; i < n; i++) {
            cellX[i] = (int) Math.floor((x[i] - minX) / width);
            cellY[i] = (int) Math.floor((y[i] - minY) / height);
            rows = Math.max(rows, cellY[i] + 2);
        }
        long[] keys = new long[n]; // cell number * n + node: sorted, the nodes of each cell together
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) cellX[i] * rows + cellY[i]) * n + i;
        }
        Arrays.sort(keys);
        int overlaps = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) (keys[k] % n);
            for (int ax = 0; ax <= 1; ax++) {
                for (int ay = -1; ay <= 1; ay++) {
                    if (ax == 0 && ay < 0) {
                        continue; // each pair of cells once: this cell, the one below, the next column
                    }
                    long cell = (long) (cellX[i] + ax) * rows + cellY[i] + ay;
                    int from = ax == 0 && ay == 0 ? k + 1 : firstOf(keys, cell * n);
                    for (int m = from; m < n && keys[m] / n == cell; m++) {
                        int j = (int) (keys[m] % n);
                        if (push(x, y, fixed, i, j, width, height)) {
                            overlaps++;
                        }
                    }
                }
            }
        }
        return overlaps;
    }

    /** The index of the first key at least {@code key}. */
    private static int firstOf(long[] keys, long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? at : -at - 1;
    }

    /** Pushes i and j apart if their boxes overlap; returns whether they did. */
    private static boolean push(double[] x, double[] y, boolean[] fixed, int i, int j, double width, double height) {
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double overlapX = width - Math.abs(dx);
        double overlapY = height - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) {
            return false;
        }
        boolean fixedI = fixed != null && fixed[i];
        boolean fixedJ = fixed != null && fixed[j];
        if (fixedI && fixedJ) {
            return true;
        }
        double shareI = fixedI ? 0 : fixedJ ? 1 : 0.5;
        double shareJ = 1 - shareI;
        if (overlapX / width < overlapY / height) {
            double sign = dx > 0 || (dx == 0 && i < j) ? 1 : -1;
            x[i] -= sign * overlapX * shareI;
            x[j] += sign * overlapX * shareJ;
        } else {
            double sign = dy > 0 || (dy == 0 && i < j) ? 1 : -1;
            y[i] -= sign * overlapY * shareI;
            y[j] += sign * overlapY * shareJ;
        }
        return true;
    }
}
