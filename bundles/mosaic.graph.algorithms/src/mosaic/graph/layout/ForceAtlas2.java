package mosaic.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import mosaic.graph.Progress;
import mosaic.graph.SubProgress;

/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian, "ForceAtlas2, a continuous graph layout
 * algorithm for handy network visualization", PLoS ONE 9(6), 2014) on one connected component:
 * <ul>
 * <li>repulsion between every two nodes {@code k_r (deg1 + 1)(deg2 + 1) / d}, approximated with a
 * Barnes–Hut quadtree: a cell seen at an angle below {@link #THETA} acts as one body of its
 * total mass at its centre of mass;</li>
 * <li>linear attraction along each edge, {@code d} (edge weights are not used);</li>
 * <li>gravity towards the centre, {@code k_g (deg + 1)} whatever the distance, which keeps
 * loosely connected parts from drifting away;</li>
 * <li>adaptive speed: each node's <i>swing</i> (how much its force changed direction since the
 * last step) and <i>traction</i> (how much it kept it) set a global speed, raised by at most
 * half per step, and each node moves slower the more it swings.</li>
 * </ul>
 * The simulation runs in its own units, in which an edge comes out about
 * {@link #naturalEdgeLength(int)} long; the result is scaled to chart units afterwards (and
 * {@link Layouts} then pushes apart node boxes that still overlap). Pinned nodes repel and
 * attract others but never move. The repulsion, the costly part, is split over the processors
 * for large components; the result does not depend on the split.
 */
final class ForceAtlas2 {

    /** Barnes–Hut opening angle: larger is faster and coarser. */
    static final double THETA = 1.2;
    /** Repulsion constant k_r. */
    private static final double REPULSION = 2;
    /**
     * Tolerance to swinging (the paper's tau): 1, its default; 5 made no difference to how fast
     * random graphs of 2,000 and 10,000 nodes settled, as the step limit governs them.
     */
    private static final double TOLERANCE = 1;
    /** Gravity constant k_g. */
    private static final double GRAVITY = 1;
    /** k_s of the paper: scales each node's speed. */
    private static final double NODE_SPEED = 0.1;
    /**
     * The paper's k_smax, the most a node moves in one step, in natural edge lengths (see
     * {@link #naturalEdgeLength(int)}) so that graphs of any size settle in a few hundred steps.
     */
    private static final double MAX_STEP = 0.25;
    /** Random start positions fill a square this many natural edge lengths wide. */
    private static final double START_SPREAD = 3;
    /**
     * Node boxes with their spacing take at most 1 / ROOM of a layout's bounding box, see
     * {@link #chartScale}: in a round layout about 42% of the disc, which the boxes fill more
     * densely in the middle. On a random network of 10,000 nodes and 30,000 edges, 2,112 pairs
     * of boxes still overlapped after the overlap removal with 2 instead of 3; with 3, 7 pairs.
     */
    private static final double ROOM = 3;
    /** Components at least this large compute the repulsion on several threads. */
    private static final int PARALLEL_NODES = 2000;
    /** Chunks of nodes per thread in the parallel repulsion. */
    private static final int CHUNKS_PER_THREAD = 4;

    private final int n;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] mass;
    private final boolean[] fixed;
    private final double[] x;
    private final double[] y;
    private final double[] fx;
    private final double[] fy;
    private final double[] oldFx;
    private final double[] oldFy;
    private final QuadTree tree;
    private double globalSpeed;
    private final double maxStep;

    /**
     * @param x start positions in simulation units, moved in place
     * @param fixed nodes that do not move, or null
     */
    ForceAtlas2(Component c, double[] x, double[] y, boolean[] fixed) {
        n = c.size();
        offsets = c.offsets;
        neighbours = c.neighbours;
        mass = new double[n];
        for (int i = 0; i < n; i++) {
            mass[i] = c.degree(i) + 1;
        }
        this.fixed = fixed == null ? new boolean[n] : fixed;
        this.x = x;
        this.y = y;
        fx = new double[n];
        fy = new double[n];
        oldFx = new double[n];
        oldFy = new double[n];
        tree = new QuadTree(n);
        maxStep = MAX_STEP * naturalEdgeLength(n);
    }

    /**
     * Lays out a component in chart units. Without pinned nodes the layout is scaled by
     * {@link #chartScale}; with pinned nodes the scale is fixed beforehand from the size of the
     * component and the pinned nodes keep their initial positions.
     */
    static Positions layout(Component c, LayoutOptions options, Progress monitor) {
        int n = c.size();
        SplittableRandom random = new SplittableRandom(options.seed());
        double natural = naturalEdgeLength(n);
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] fixed = new boolean[n];
        boolean anyFixed = false;
        for (int i = 0; i < n; i++) {
            fixed[i] = options.pinned(c.nodes[i]);
            anyFixed |= fixed[i];
        }
        Positions initial = options.initial();
        double unit = options.edgeLength() / natural; // chart units per simulation unit
        double originX = 0;
        double originY = 0;
        if (initial != null) {
            int centred = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i] || !anyFixed) {
                    originX += initial.x()[c.nodes[i]];
                    originY += initial.y()[c.nodes[i]];
                    centred++;
                }
            }
            originX /= centred;
            originY /= centred;
            if (!anyFixed) {
                double median = medianEdgeLength(c, initial.x(), initial.y(), c.nodes);
                if (median > 0) {
                    unit = median / natural;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] = (initial.x()[c.nodes[i]] - originX) / unit;
                y[i] = (initial.y()[c.nodes[i]] - originY) / unit;
                if (!fixed[i]) { // nodes placed on top of each other must be told apart
                    x[i] += (random.nextDouble() - 0.5) * natural / 100;
                    y[i] += (random.nextDouble() - 0.5) * natural / 100;
                }
            }
        } else {
            double side = START_SPREAD * natural;
            for (int i = 0; i < n; i++) {
                x[i] = (random.nextDouble() - 0.5) * side;
                y[i] = (random.nextDouble() - 0.5) * side;
            }
        }

        int iterations = options.iterations() > 0 ? options.iterations() : defaultIterations(n);
        new ForceAtlas2(c, x, y, fixed).run(iterations, monitor);
        if (!anyFixed) {
            unit = chartScale(c, x, y, options);
        }
        for (int i = 0; i < n; i++) {
            x[i] = x[i] * unit + originX;
            y[i] = y[i] * unit + originY;
        }
        return new Positions(x, y);
    }

    /**
     * Chart units per simulation unit for a finished layout: the median edge at
     * {@link LayoutOptions#edgeLength()}, or larger if the node boxes with their spacing
     * would then fill more than 1 / {@link #ROOM} of the layout's bounding box (dense networks,
     * whose edges cross the whole layout), so that pushing overlapping boxes apart afterwards
     * is a local matter.
     */
    private static double chartScale(Component c, double[] x, double[] y, LayoutOptions o) {
        double median = medianEdgeLength(c, x, y, null);
        double scale = median > 0 ? o.edgeLength() / median : 1;
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
        double area = (maxX - minX) * (maxY - minY);
        double boxes = x.length * (o.nodeWidth() + o.spacing()) * (o.nodeHeight() + o.spacing());
        if (area > 0) {
            scale = Math.max(scale, Math.sqrt(ROOM * boxes / area));
        }
        return scale;
    }

    /**
     * The median edge length of a finished layout of so many nodes, in simulation units, as
     * measured on random and clustered graphs (about 20 for 40 nodes, 75 for 500, 150 for
     * 2,000): it grows with the square root of the size, as gravity does not.
     */
    static double naturalEdgeLength(int nodes) {
        return Math.max(2, 3.3 * Math.sqrt(nodes));
    }

    /**
     * Iterations when none are asked for: 1,000 for small components, fewer for large ones so
     * that 10,000 nodes take a few seconds; a few hundred steps settle them, as the swing
     * control lets large graphs move fast.
     */
    static int defaultIterations(int nodes) {
        return (int) Math.max(300, Math.min(1000, 3_000_000L / Math.max(1, nodes)));
    }

    /** Median length of the component's edges, positions indexed through {@code map} if not null. */
    private static double medianEdgeLength(Component c, double[] x, double[] y, int[] map) {
        int m = c.simpleEdgeCount();
        if (m == 0) {
            return 0;
        }
        double[] lengths = new double[m];
        int k = 0;
        for (int u = 0; u < c.size(); u++) {
            for (int j = c.offsets[u]; j < c.offsets[u + 1]; j++) {
                int v = c.neighbours[j];
                if (u < v) {
                    int a = map == null ? u : map[u];
                    int b = map == null ? v : map[v];
                    lengths[k++] = length(x[a] - x[b], y[a] - y[b]);
                }
            }
        }
        Arrays.sort(lengths);
        return lengths[m / 2];
    }

    /** Runs the iterations, one tick each, cancellation checked before each. */
    void run(int iterations, Progress monitor) {
        SubProgress sub = SubProgress.convert(monitor, iterations);
        int threads = n >= PARALLEL_NODES ? Math.min(Runtime.getRuntime().availableProcessors(), 8) : 1;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemonThreads("ForceAtlas2 layout")) : null;
        try {
            for (int it = 0; it < iterations; it++) {
                if (sub.isCanceled()) {
                    throw new CancellationException();
                }
                step(pool, threads);
                sub.worked(1);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** One step: forces, then speeds, then moves. */
    private void step(ExecutorService pool, int threads) {
        System.arraycopy(fx, 0, oldFx, 0, n);
        System.arraycopy(fy, 0, oldFy, 0, n);
        tree.build(x, y, mass);
        repulsion(pool, threads);
        for (int u = 0; u < n; u++) {
            // gravity: constant pull of k_g (deg + 1) towards the origin
            double r = length(x[u], y[u]);
            if (r > 0) {
                double f = GRAVITY * mass[u] / r;
                fx[u] -= x[u] * f;
                fy[u] -= y[u] * f;
            }
            // linear attraction along each edge, each pair once
            for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                int v = neighbours[k];
                if (u < v) {
                    double dx = x[v] - x[u];
                    double dy = y[v] - y[u];
                    fx[u] += dx;
                    fy[u] += dy;
                    fx[v] -= dx;
                    fy[v] -= dy;
                }
            }
        }
        move();
    }

    /**
     * Sets each free node's force to its repulsion. With a pool, the nodes in quadtree order
     * are cut into a few chunks per thread, so that a thread done with a sparse part of the
     * layout takes on another part while others are still in a dense one.
     */
    private void repulsion(ExecutorService pool, int threads) {
        if (pool == null) {
            repulsion(0, n, new int[QuadTree.STACK]);
            return;
        }
        int chunks = threads * CHUNKS_PER_THREAD;
        List<Callable<Void>> parts = new ArrayList<>(chunks);
        for (int p = 0; p < chunks; p++) {
            int from = (int) ((long) n * p / chunks);
            int to = (int) ((long) n * (p + 1) / chunks);
            parts.add(() -> {
                repulsion(from, to, new int[QuadTree.STACK]);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(parts)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("layout interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("ForceAtlas2 repulsion failed", e.getCause());
        }
    }

    /** Sets the forces of the nodes {@code tree.order[from..to)} to their repulsion. */
    private void repulsion(int from, int to, int[] stack) {
        int[] order = tree.order;
        for (int k = from; k < to; k++) {
            int i = order[k];
            if (fixed[i]) {
                fx[i] = 0;
                fy[i] = 0;
            } else {
                repulsion(i, stack);
            }
        }
    }

    /** Sets the force on node i to its repulsion from all others, walking the quadtree. */
    private void repulsion(int i, int[] stack) {
        QuadTree t = tree;
        double px = x[i];
        double py = y[i];
        double km = REPULSION * mass[i];
        double theta2 = THETA * THETA;
        double sx = 0;
        double sy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            if (t.mass[c] == 0) {
                continue;
            }
            if (t.child[c] < 0) {
                for (int j = t.body[c]; j >= 0; j = t.next[j]) {
                    double dx = px - x[j];
                    double dy = py - y[j];
                    double d2 = dx * dx + dy * dy;
                    if (j == i || d2 == 0) {
                        continue;
                    }
                    double f = km * mass[j] / d2;
                    sx += dx * f;
                    sy += dy * f;
                }
                continue;
            }
            double dx = px - t.sumX[c] / t.mass[c];
            double dy = py - t.sumY[c] / t.mass[c];
            double d2 = dx * dx + dy * dy;
            if (t.size[c] * t.size[c] < theta2 * d2) {
                double f = km * t.mass[c] / d2;
                sx += dx * f;
                sy += dy * f;
            } else {
                int first = t.child[c];
                stack[top++] = first;
                stack[top++] = first + 1;
                stack[top++] = first + 2;
                stack[top++] = first + 3;
            }
        }
        fx[i] = sx;
        fy[i] = sy;
    }

    /** The length of a vector; Math.hypot guards against overflow, which costs time here. */
    private static double length(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Adaptive speed from swing and traction, then each free node moves by speed x force. */
    private void move() {
        double swing = 0;
        double traction = 0;
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                swing += mass[i] * length(fx[i] - oldFx[i], fy[i] - oldFy[i]);
                traction += mass[i] * length(fx[i] + oldFx[i], fy[i] + oldFy[i]) / 2;
            }
        }
        if (swing <= 0) {
            return; // nothing free, or no force at all
        }
        double speed = TOLERANCE * traction / swing;
        if (globalSpeed > 0) {
            speed = Math.min(speed, 1.5 * globalSpeed);
        }
        globalSpeed = speed;
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                continue;
            }
            double force = length(fx[i], fy[i]);
            if (force == 0) {
                continue;
            }
            double nodeSwing = length(fx[i] - oldFx[i], fy[i] - oldFy[i]);
            double nodeSpeed = NODE_SPEED * speed / (1 + speed * Math.sqrt(nodeSwing));
            nodeSpeed = Math.min(nodeSpeed, maxStep / force);
            x[i] += fx[i] * nodeSpeed;
            y[i] += fy[i] * nodeSpeed;
        }
    }

    /**
     * A Barnes–Hut quadtree kept in flat arrays and rebuilt each step. Each cell holds the total
     * mass and mass-weighted position sum of its bodies; a leaf holds one body, or, at the
     * depth limit, a list of bodies too close to tell apart.
     */
    static final class QuadTree {

        private static final int MAX_DEPTH = 48;
        /** Enough stack for a depth-first walk: at most 3 siblings waiting per level. */
        static final int STACK = 4 * (MAX_DEPTH + 2);

        private int cells;
        double[] mass;
        double[] sumX;
        double[] sumY;
        double[] minX;
        double[] minY;
        double[] size;
        int[] child; // first of four children, -1 for a leaf
        int[] body; // first body of a leaf, -1 if empty
        final int[] next; // next body in the same leaf, -1 at the end
        /**
         * The bodies in depth-first order of their leaves: neighbours in space come together,
         * so walking the tree for one body after another finds the same cells in the cache.
         */
        final int[] order;

        QuadTree(int bodies) {
            next = new int[bodies];
            order = new int[bodies];
            allocate(Math.max(16, 2 * bodies));
        }

        private void allocate(int capacity) {
            mass = new double[capacity];
            sumX = new double[capacity];
            sumY = new double[capacity];
            minX = new double[capacity];
            minY = new double[capacity];
            size = new double[capacity];
            child = new int[capacity];
            body = new int[capacity];
        }

        private void grow() {
            int capacity = mass.length * 2;
            mass = Arrays.copyOf(mass, capacity);
            sumX = Arrays.copyOf(sumX, capacity);
            sumY = Arrays.copyOf(sumY, capacity);
            minX = Arrays.copyOf(minX, capacity);
            minY = Arrays.copyOf(minY, capacity);
            size = Arrays.copyOf(size, capacity);
            child = Arrays.copyOf(child, capacity);
            body = Arrays.copyOf(body, capacity);
        }

        private int newCell(double left, double top, double side) {
            if (cells == mass.length) {
                grow();
            }
            int c = cells++;
            mass[c] = 0;
            sumX[c] = 0;
            sumY[c] = 0;
            minX[c] = left;
            minY[c] = top;
            size[c] = side;
            child[c] = -1;
            body[c] = -1;
            return c;
        }

        void build(double[] x, double[] y, double[] m) {
            double left = Double.POSITIVE_INFINITY;
            double top = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                left = Math.min(left, x[i]);
                right = Math.max(right, x[i]);
                top = Math.min(top, y[i]);
                bottom = Math.max(bottom, y[i]);
            }
            double side = Math.max(right - left, bottom - top) * 1.0001 + 1e-9;
            cells = 0;
            newCell(left, top, side);
            for (int i = 0; i < x.length; i++) {
                insert(i, x, y, m);
            }
            int[] stack = new int[STACK];
            int depth = 0;
            int k = 0;
            stack[depth++] = 0;
            while (depth > 0) {
                int c = stack[--depth];
                if (child[c] >= 0) {
                    for (int q = 3; q >= 0; q--) {
                        stack[depth++] = child[c] + q;
                    }
                } else {
                    for (int j = body[c]; j >= 0; j = next[j]) {
                        order[k++] = j;
                    }
                }
            }
        }

        private void insert(int i, double[] x, double[] y, double[] m) {
            double px = x[i];
            double py = y[i];
            double pm = m[i];
            int c = 0;
            int depth = 0;
            while (true) {
                mass[c] += pm;
                sumX[c] += pm * px;
                sumY[c] += pm * py;
                if (child[c] >= 0) {
                    c = quadrant(c, px, py);
                    depth++;
                } else if (body[c] < 0) {
                    body[c] = i;
                    next[i] = -1;
                    return;
                } else if (depth >= MAX_DEPTH) {
                    next[i] = body[c];
                    body[c] = i;
                    return;
                } else {
                    // split the leaf: its single body moves down one level
                    int j = body[c];
                    body[c] = -1;
                    double half = size[c] / 2;
                    int first = newCell(minX[c], minY[c], half);
                    newCell(minX[c] + half, minY[c], half);
                    newCell(minX[c], minY[c] + half, half);
                    newCell(minX[c] + half, minY[c] + half, half);
                    child[c] = first;
                    int cj = quadrant(c, x[j], y[j]);
                    mass[cj] = m[j];
                    sumX[cj] = m[j] * x[j];
                    sumY[cj] = m[j] * y[j];
                    body[cj] = j;
                    next[j] = -1;
                    c = quadrant(c, px, py);
                    depth++;
                }
            }
        }

        private int quadrant(int c, double px, double py) {
            double half = size[c] / 2;
            int q = (px >= minX[c] + half ? 1 : 0) + (py >= minY[c] + half ? 2 : 0);
            return child[c] + q;
        }
    }

    /** Daemon threads named {@code name}: a pool of them never keeps the program from exiting. */
    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
