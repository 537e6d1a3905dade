package mosaic.graph.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import mosaic.graph.Graph;
import mosaic.graph.Progress;

/**
 * Runs Eclipse ELK on one connected component: layered (top to bottom), force
 * (Fruchterman–Reingold) or stress majorization.
 */
final class ElkLayout {

    private ElkLayout() {
    }

    /**
     * Centres in local numbers of the component.
     *
     * @param root local root: undirected edges of a layered layout point away from it
     */
    static Positions layout(Graph g, Component c, int[] localOf, int root, LayoutAlgorithm algorithm,
            LayoutOptions options, Progress monitor) {
        Registration.ensure();
        int n = c.size();
        double w = options.nodeWidth();
        double h = options.nodeHeight();
        Positions initial = options.initial();

        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.RANDOM_SEED, (int) options.seed());
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, options.spacing());
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        ElkNode[] nodes = new ElkNode[n];
        SplittableRandom random = new SplittableRandom(options.seed());
        Set<List<Double>> taken = new HashSet<>();
        for (int i = 0; i < n; i++) {
            nodes[i] = ElkGraphUtil.createNode(graph);
            nodes[i].setDimensions(w, h);
            if (initial != null) {
                int v = c.nodes[i];
                double x = initial.x()[v];
                double y = initial.y()[v];
                if (!taken.add(List.of(x, y)) && !options.pinned(v)) {
                    // nodes dropped on one spot (new ones at the origin) are spread over a node
                    // box, or the force and stress models cannot tell them apart
                    x += (random.nextDouble() - 0.5) * w;
                    y += (random.nextDouble() - 0.5) * w;
                }
                nodes[i].setLocation(x - w / 2, y - h / 2);
            }
        }
        switch (algorithm) {
        case LAYERED -> {
            graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
            graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.spacing());
            addArcs(g, c, localOf, root, nodes);
        }
        case FORCE -> {
            graph.setProperty(CoreOptions.ALGORITHM, ForceOptions.ALGORITHM_ID);
            graph.setProperty(ForceOptions.INTERACTIVE, initial != null);
            addUndirectedEdges(c, nodes);
        }
        case STRESS -> {
            graph.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
            graph.setProperty(StressOptions.INTERACTIVE, initial != null);
            graph.setProperty(StressOptions.DESIRED_EDGE_LENGTH, options.edgeLength());
            for (int i = 0; i < n; i++) {
                if (options.pinned(c.nodes[i])) {
                    nodes[i].setProperty(StressOptions.FIXED, true);
                }
            }
            addUndirectedEdges(c, nodes);
        }
        default -> throw new IllegalArgumentException("not an ELK layout: " + algorithm);
        }

        if (monitor.isCanceled()) {
            throw new CancellationException();
        }
        new RecursiveGraphLayoutEngine().layout(graph, new ElkMonitor(monitor));
        if (monitor.isCanceled()) {
            throw new CancellationException();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = nodes[i].getX() + w / 2;
            y[i] = nodes[i].getY() + h / 2;
        }
        return new Positions(x, y);
    }

    /**
     * Directed edges keep their direction; undirected ones point away from the root (from the
     * smaller breadth-first depth, on ties from the smaller index). Each arc is added once.
     */
    private static void addArcs(Graph g, Component c, int[] localOf, int root, ElkNode[] nodes) {
        int[] depth = c.bfs(root).depth();
        Set<Long> seen = new HashSet<>();
        for (int e : c.edges) {
            int s = localOf[g.source(e)];
            int t = localOf[g.target(e)];
            if (!g.directed(e) && (depth[t] < depth[s] || (depth[t] == depth[s] && t < s))) {
                int swap = s;
                s = t;
                t = swap;
            }
            if (seen.add(((long) s << 32) | t)) {
                ElkGraphUtil.createSimpleEdge(nodes[s], nodes[t]);
            }
        }
    }

    private static void addUndirectedEdges(Component c, ElkNode[] nodes) {
        for (int u = 0; u < c.size(); u++) {
            for (int k = c.offsets[u]; k < c.offsets[u + 1]; k++) {
                int v = c.neighbours[k];
                if (u < v) {
                    ElkGraphUtil.createSimpleEdge(nodes[u], nodes[v]);
                }
            }
        }
    }

    /**
     * Registers ELK's layered, force and stress algorithms once. ELK finds its algorithms with
     * a {@link java.util.ServiceLoader} on its own class loader, which in OSGi sees only
     * org.eclipse.elk.core; on a flat class path they are found already and are not added twice.
     * Class initialisation makes this thread-safe.
     */
    private static final class Registration {

        static {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            register(service, LayeredOptions.ALGORITHM_ID, new LayeredMetaDataProvider());
            register(service, ForceOptions.ALGORITHM_ID, new ForceMetaDataProvider());
            register(service, StressOptions.ALGORITHM_ID, new StressMetaDataProvider());
        }

        private static void register(LayoutMetaDataService service, String algorithm, ILayoutMetaDataProvider provider) {
            if (service.getAlgorithmData(algorithm) == null) {
                service.registerLayoutMetaDataProviders(provider);
            }
        }

        /** Runs the static initialiser, once. */
        static void ensure() {
            // nothing more to do
        }
    }

    /**
     * ELK's progress monitor reporting to a {@link Progress}: the top task's share of work done and
     * cancellation, which ELK's algorithms poll on the monitors of their sub-tasks.
     */
    private static final class ElkMonitor extends BasicProgressMonitor {

        private static final int TICKS = 1000;
        private final Progress target;
        private int reported;

        ElkMonitor(Progress target) {
            this.target = target;
        }

        @Override
        protected void doBegin(String name, float totalWork, boolean topInstance, int maxHierarchyLevels) {
            if (topInstance) {
                target.begin(name, TICKS);
            }
        }

        @Override
        protected void doWorked(float completedWork, float totalWork, boolean topInstance) {
            if (topInstance && totalWork > 0) {
                int ticks = (int) Math.min(TICKS, completedWork / totalWork * TICKS);
                if (ticks > reported) {
                    target.worked(ticks - reported);
                    reported = ticks;
                }
            }
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            return new ElkMonitor(target);
        }

        @Override
        public boolean isCanceled() {
            return target.isCanceled();
        }
    }
}
