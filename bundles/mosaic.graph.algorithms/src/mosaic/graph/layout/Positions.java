package mosaic.graph.layout;

import java.util.Objects;

/**
 * The centres of a chart's nodes: node {@code i} is at ({@code x[i]}, {@code y[i]}), in chart
 * units (pixels at 100% zoom), y growing downwards. The arrays are held as given, not copied
 * (and {@code equals} compares them by identity, as records do).
 *
 * @param x the x coordinate of each node's centre
 * @param y the y coordinate of each node's centre, as long as {@code x}
 */
public record Positions(double[] x, double[] y) {

    /**
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public Positions {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("positions: " + x.length + " x coordinates but " + y.length + " y coordinates");
        }
    }

    /** Positions for {@code nodes} nodes, all at the origin. */
    public static Positions zeros(int nodes) {
        return new Positions(new double[nodes], new double[nodes]);
    }

    /** The number of nodes. */
    public int size() {
        return x.length;
    }

    /** The smallest rectangle holding every centre; all zero when there are no nodes. */
    public Box boundingBox() {
        if (x.length == 0) {
            return new Box(0, 0, 0, 0);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new Box(minX, minY, maxX, maxY);
    }

    /** The distance between the centres of two nodes. */
    public double distance(int a, int b) {
        return Math.hypot(x[a] - x[b], y[a] - y[b]);
    }

    /** An axis-parallel rectangle. */
    public record Box(double minX, double minY, double maxX, double maxY) {

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        public double centreX() {
            return (minX + maxX) / 2;
        }

        public double centreY() {
            return (minY + maxY) / 2;
        }

        /** Whether the two rectangles share interior points (touching edges do not count). */
        public boolean overlaps(Box other) {
            return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY;
        }

        /** This rectangle grown by {@code dx} left and right and {@code dy} above and below. */
        public Box grown(double dx, double dy) {
            return new Box(minX - dx, minY - dy, maxX + dx, maxY + dy);
        }
    }
}
