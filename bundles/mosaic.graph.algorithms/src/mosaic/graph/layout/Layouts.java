package mosaic.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.SubProgress;

/**
 * Lays out charts. Each connected component is laid out on its own; components with pinned
 * nodes stay where their pinned nodes are, the others are packed in rows, tallest first,
 * below them (or from the origin when nothing is pinned), so that the node boxes of a result
 * start at (0, 0).
 * <p>
 * {@link LayoutAlgorithm#FORCE_ATLAS_2} and {@link LayoutAlgorithm#STRESS} keep pinned nodes
 * where they are while the others move. The other algorithms do not know about pinning: their
 * layout of a component is shifted so that its pinned nodes are, on average, where they were,
 * and then the pinned nodes are put back exactly.
 * <p>
 * After the network layouts ({@link LayoutAlgorithm#FORCE}, {@link LayoutAlgorithm#STRESS},
 * {@link LayoutAlgorithm#FORCE_ATLAS_2}) node boxes that overlap, spacing included, are pushed
 * apart; the layered and radial layouts keep boxes apart by construction.
 */
public final class Layouts {

    /** Rounds of pushing overlapping node boxes apart after a force or stress layout. */
    private static final int OVERLAP_ROUNDS = 100;

    private Layouts() {
    }

    /**
     * Lays out a chart.
     *
     * @param options null for {@link LayoutOptions#defaults()}
     * @param monitor progress and cancellation, may be null
     * @return the centre of each node box, in chart units
     * @throws IllegalArgumentException if the options' initial positions or root do not fit the graph
     * @throws CancellationException if the monitor is canceled
     */
    public static Positions layout(Graph graph, LayoutAlgorithm algorithm, LayoutOptions options, Progress monitor) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(algorithm, "algorithm");
        LayoutOptions o = options == null ? LayoutOptions.defaults() : options;
        int n = graph.nodeCount();
        if (o.initial() != null && o.initial().size() != n) {
            throw new IllegalArgumentException("layout of " + graph + ": " + o.initial().size() + " initial positions for " + n + " nodes");
        }
        if (o.root() >= n) {
            throw new IllegalArgumentException("layout of " + graph + ": root " + o.root() + " is not a node");
        }
        SubProgress sub = SubProgress.convert(monitor, "Layout: " + algorithm.label(), Math.max(1, n));
        int[] localOf = new int[n];
        List<Component> components = Component.split(graph, localOf);
        double[] x = new double[n];
        double[] y = new double[n];
        List<Component> loose = new ArrayList<>();
        Positions.Box anchored = null;
        for (Component c : components) {
            if (sub.isCanceled()) {
                throw new CancellationException();
            }
            Positions p = layoutComponent(graph, c, localOf, algorithm, o, sub.split(c.size()));
            boolean[] pinned = pinned(c, o);
            if (pinned != null) {
                align(c, p, pinned, o.initial());
            }
            if (algorithm == LayoutAlgorithm.FORCE || algorithm == LayoutAlgorithm.STRESS || algorithm == LayoutAlgorithm.FORCE_ATLAS_2) {
                Overlaps.remove(p.x(), p.y(), pinned, o.nodeWidth() + o.spacing(), o.nodeHeight() + o.spacing(), OVERLAP_ROUNDS);
            }
            for (int i = 0; i < c.size(); i++) {
                x[c.nodes[i]] = p.x()[i];
                y[c.nodes[i]] = p.y()[i];
            }
            if (pinned != null) {
                Positions.Box box = box(c, x, y, o);
                anchored = anchored == null ? box : union(anchored, box);
            } else {
                loose.add(c);
            }
        }
        pack(loose, x, y, o, anchored);
        return new Positions(x, y);
    }

    private static Positions layoutComponent(Graph graph, Component c, int[] localOf, LayoutAlgorithm algorithm,
            LayoutOptions options, SubProgress monitor) {
        if (c.size() == 1) {
            return Positions.zeros(1);
        }
        return switch (algorithm) {
        case RADIAL -> RadialLayout.layout(c, c.rootFor(options.root(), localOf), options);
        case FORCE_ATLAS_2 -> ForceAtlas2.layout(c, options, monitor);
        case LAYERED, FORCE, STRESS -> ElkLayout.layout(graph, c, localOf, c.rootFor(options.root(), localOf), algorithm, options, monitor);
        };
    }

    /** The pinned flags of a component's nodes, in local numbers, or null if none is pinned. */
    private static boolean[] pinned(Component c, LayoutOptions o) {
        boolean[] pinned = null;
        for (int i = 0; i < c.size(); i++) {
            if (o.pinned(c.nodes[i])) {
                if (pinned == null) {
                    pinned = new boolean[c.size()];
                }
                pinned[i] = true;
            }
        }
        return pinned;
    }

    /**
     * Shifts a component's layout so that its pinned nodes are on average at their initial
     * positions, and puts them there exactly.
     */
    private static void align(Component c, Positions p, boolean[] pinned, Positions initial) {
        double dx = 0;
        double dy = 0;
        int count = 0;
        for (int i = 0; i < c.size(); i++) {
            if (pinned[i]) {
                dx += initial.x()[c.nodes[i]] - p.x()[i];
                dy += initial.y()[c.nodes[i]] - p.y()[i];
                count++;
            }
        }
        dx /= count;
        dy /= count;
        for (int i = 0; i < c.size(); i++) {
            if (pinned[i]) {
                p.x()[i] = initial.x()[c.nodes[i]];
                p.y()[i] = initial.y()[c.nodes[i]];
            } else {
                p.x()[i] += dx;
                p.y()[i] += dy;
            }
        }
    }

    /**
     * Packs components in rows, tallest first, the rows about 1.6 times as wide as they are high
     * together, from the bottom left of {@code below} or from the origin.
     */
    private static void pack(List<Component> components, double[] x, double[] y, LayoutOptions o, Positions.Box below) {
        if (components.isEmpty()) {
            return;
        }
        double gap = 2 * o.spacing();
        List<Positions.Box> boxes = new ArrayList<>(components.size());
        double area = 0;
        double widest = 0;
        for (Component c : components) {
            Positions.Box b = box(c, x, y, o);
            boxes.add(b);
            area += (b.width() + gap) * (b.height() + gap);
            widest = Math.max(widest, b.width());
        }
        Integer[] order = new Integer[components.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -boxes.get(i).height()).thenComparingInt(i -> i));
        double rowLimit = Math.max(widest, Math.sqrt(area * 1.6));
        double left = below == null ? 0 : below.minX();
        double top = below == null ? 0 : below.maxY() + gap;
        double cursorX = left;
        double rowHeight = 0;
        for (int i : order) {
            Positions.Box b = boxes.get(i);
            if (cursorX > left && cursorX + b.width() > left + rowLimit) {
                top += rowHeight + gap;
                cursorX = left;
                rowHeight = 0;
            }
            double dx = cursorX - b.minX();
            double dy = top - b.minY();
            for (int v : components.get(i).nodes) {
                x[v] += dx;
                y[v] += dy;
            }
            cursorX += b.width() + gap;
            rowHeight = Math.max(rowHeight, b.height());
        }
    }

    /** The box around a component's node boxes. */
    private static Positions.Box box(Component c, double[] x, double[] y, LayoutOptions o) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v : c.nodes) {
            minX = Math.min(minX, x[v]);
            maxX = Math.max(maxX, x[v]);
            minY = Math.min(minY, y[v]);
            maxY = Math.max(maxY, y[v]);
        }
        return new Positions.Box(minX, minY, maxX, maxY).grown(o.nodeWidth() / 2, o.nodeHeight() / 2);
    }

    private static Positions.Box union(Positions.Box a, Positions.Box b) {
        return new Positions.Box(Math.min(a.minX(), b.minX()), Math.min(a.minY(), b.minY()),
                Math.max(a.maxX(), b.maxX()), Math.max(a.maxY(), b.maxY()));
    }
}
