package mosaic.graph.ui.internal;

import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import mosaic.graph.Graph;

/**
 * Chart layouts computed here until the graph bundle's layouts are wired in: a circle, and a
 * Fruchterman–Reingold force layout (quadratic: for hand-built charts of a few hundred nodes).
 * Pinned nodes stay where they are and still push and pull the others.
 */
public final class SimpleLayouts {

    /** The layouts offered, by id. */
    public static final String CIRCLE = "circle";
    public static final String FORCE = "force";

    private SimpleLayouts() {
    }

    /**
     * New centres for the graph's nodes.
     *
     * @param x current centres, replaced in place
     * @param pinned nodes that keep their place
     */
    public static void layout(String id, Graph graph, double[] x, double[] y, boolean[] pinned, IProgressMonitor monitor) {
        int n = graph.nodeCount();
        if (n == 0) {
            return;
        }
        if (CIRCLE.equals(id)) {
            double radius = Math.max(150, n * 120 / (2 * Math.PI));
            for (int i = 0; i < n; i++) {
                if (!pinned[i]) {
                    x[i] = radius * Math.cos(2 * Math.PI * i / n);
                    y[i] = radius * Math.sin(2 * Math.PI * i / n);
                }
            }
            return;
        }
        if (!FORCE.equals(id)) {
            throw new IllegalArgumentException("unknown layout: " + id);
        }
        force(graph, x, y, pinned, monitor);
    }

    private static void force(Graph graph, double[] x, double[] y, boolean[] pinned, IProgressMonitor monitor) {
        int n = graph.nodeCount();
        int iterations = 300;
        SubMonitor progress = SubMonitor.convert(monitor, "Force layout", iterations);
        double k = 170;
        double side = k * Math.sqrt(n);
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            if (!pinned[i]) {
                x[i] = (random.nextDouble() - 0.5) * side;
                y[i] = (random.nextDouble() - 0.5) * side;
            }
        }
        double[] dx = new double[n];
        double[] dy = new double[n];
        double temperature = side / 8;
        for (int iteration = 0; iteration < iterations; iteration++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    double ddx = x[u] - x[v];
                    double ddy = y[u] - y[v];
                    double d2 = Math.max(ddx * ddx + ddy * ddy, 1);
                    double f = k * k / d2;
                    dx[u] += ddx * f;
                    dy[u] += ddy * f;
                    dx[v] -= ddx * f;
                    dy[v] -= ddy * f;
                }
            }
            int[] offsets = graph.offsets();
            int[] neighbours = graph.neighbours();
            for (int u = 0; u < n; u++) {
                for (int j = offsets[u]; j < offsets[u + 1]; j++) {
                    int v = neighbours[j];
                    double ddx = x[u] - x[v];
                    double ddy = y[u] - y[v];
                    double d = Math.max(Math.hypot(ddx, ddy), 1);
                    double f = d / k;
                    dx[u] -= ddx * f;
                    dy[u] -= ddy * f;
                }
                // a weak pull to the middle keeps separate groups on the page
                dx[u] -= x[u] * 0.02;
                dy[u] -= y[u] * 0.02;
            }
            for (int u = 0; u < n; u++) {
                if (pinned[u]) {
                    continue;
                }
                double d = Math.max(Math.hypot(dx[u], dy[u]), 1e-9);
                double step = Math.min(d, temperature);
                x[u] += dx[u] / d * step;
                y[u] += dy[u] / d * step;
            }
            temperature = Math.max(2, temperature * 0.985);
            progress.worked(1);
        }
    }
}
