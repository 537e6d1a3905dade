package mosaic.graph.layout;

/**
 * How to lay out a chart: the size of the node boxes, the spacing between them, where nodes
 * are now and which of them stay put, the root of tree-like layouts, and the random seed.
 * Immutable; make one with {@link #builder()} or take {@link #defaults()}.
 */
public final class LayoutOptions {

    /** Width of a chart node box (an icon and a name), in chart units. */
    public static final double DEFAULT_NODE_WIDTH = 120;
    /** Height of a chart node box. */
    public static final double DEFAULT_NODE_HEIGHT = 40;
    /** Free space kept between node boxes. */
    public static final double DEFAULT_SPACING = 40;
    /** Default random seed: the same chart and options give the same layout. */
    public static final long DEFAULT_SEED = 1;

    private static final LayoutOptions DEFAULTS = builder().build();

    private final double nodeWidth;
    private final double nodeHeight;
    private final double spacing;
    private final Positions initial;
    private final boolean[] pinned;
    private final int root;
    private final int iterations;
    private final long seed;

    private LayoutOptions(Builder b) {
        nodeWidth = b.nodeWidth;
        nodeHeight = b.nodeHeight;
        spacing = b.spacing;
        initial = b.initial;
        pinned = b.pinned == null ? null : b.pinned.clone();
        root = b.root;
        iterations = b.iterations;
        seed = b.seed;
    }

    /** Node boxes of 120 x 40, spacing 40, no initial positions, nothing pinned, seed 1. */
    public static LayoutOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.nodeWidth = nodeWidth;
        b.nodeHeight = nodeHeight;
        b.spacing = spacing;
        b.initial = initial;
        b.pinned = pinned;
        b.root = root;
        b.iterations = iterations;
        b.seed = seed;
        return b;
    }

    public double nodeWidth() {
        return nodeWidth;
    }

    public double nodeHeight() {
        return nodeHeight;
    }

    /** Free space between node boxes (between layers and rings too). */
    public double spacing() {
        return spacing;
    }

    /** Where the nodes are now, or null. Force layouts start from here. */
    public Positions initial() {
        return initial;
    }

    /**
     * The edge length that network layouts aim at, {@code 2 * nodeWidth + spacing}: room for a
     * node box between two linked ones.
     */
    public double edgeLength() {
        return 2 * nodeWidth + spacing;
    }

    /** Whether the node keeps its initial position. */
    public boolean pinned(int node) {
        return pinned != null && pinned[node];
    }

    /**
     * The root of {@link LayoutAlgorithm#RADIAL} and {@link LayoutAlgorithm#LAYERED} layouts, or
     * -1 to take the node of highest degree (in each connected component).
     */
    public int root() {
        return root;
    }

    /** ForceAtlas2 iterations, or 0 to choose by graph size. */
    public int iterations() {
        return iterations;
    }

    /** Seed of the random start positions and of ELK's random choices. */
    public long seed() {
        return seed;
    }

    /** Collects options; {@link #build()} checks them. */
    public static final class Builder {

        private double nodeWidth = DEFAULT_NODE_WIDTH;
        private double nodeHeight = DEFAULT_NODE_HEIGHT;
        private double spacing = DEFAULT_SPACING;
        private Positions initial;
        private boolean[] pinned;
        private int root = -1;
        private int iterations;
        private long seed = DEFAULT_SEED;

        private Builder() {
        }

        /** The size of every node box, in chart units. */
        public Builder nodeSize(double width, double height) {
            this.nodeWidth = width;
            this.nodeHeight = height;
            return this;
        }

        /** Free space kept between node boxes. */
        public Builder spacing(double spacing) {
            this.spacing = spacing;
            return this;
        }

        /** Where the nodes are now (null: nowhere yet). */
        public Builder initial(Positions initial) {
            this.initial = initial;
            return this;
        }

        /**
         * Which nodes keep their initial position (null: none). Pinned nodes need
         * {@link #initial(Positions) initial positions}. The array is copied.
         */
        public Builder pinned(boolean[] pinned) {
            this.pinned = pinned;
            return this;
        }

        /** The root node of radial and layered layouts, or -1 for the node of highest degree. */
        public Builder root(int root) {
            this.root = root;
            return this;
        }

        /** ForceAtlas2 iterations, or 0 to choose by graph size. */
        public Builder iterations(int iterations) {
            this.iterations = iterations;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the option that is out of range
         */
        public LayoutOptions build() {
            if (!(nodeWidth > 0) || !(nodeHeight > 0) || Double.isInfinite(nodeWidth) || Double.isInfinite(nodeHeight)) {
                throw new IllegalArgumentException("layout options: node size must be positive and finite, not " + nodeWidth + " x " + nodeHeight);
            }
            if (!(spacing >= 0) || Double.isInfinite(spacing)) {
                throw new IllegalArgumentException("layout options: spacing must be zero or more and finite, not " + spacing);
            }
            if (root < -1) {
                throw new IllegalArgumentException("layout options: root must be a node index or -1, not " + root);
            }
            if (iterations < 0) {
                throw new IllegalArgumentException("layout options: iterations must be zero (automatic) or more, not " + iterations);
            }
            if (pinned != null && initial == null) {
                throw new IllegalArgumentException("layout options: pinned nodes need initial positions");
            }
            if (pinned != null && pinned.length != initial.size()) {
                throw new IllegalArgumentException("layout options: " + pinned.length + " pinned flags for " + initial.size() + " initial positions");
            }
            if (initial != null) {
                for (int i = 0; i < initial.size(); i++) {
                    if (!Double.isFinite(initial.x()[i]) || !Double.isFinite(initial.y()[i])) {
                        throw new IllegalArgumentException("layout options: initial position of node " + i + " is not finite");
                    }
                }
            }
            return new LayoutOptions(this);
        }
    }
}
