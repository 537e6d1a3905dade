package mosaic.bench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import mosaic.graph.Graph;
import mosaic.graph.RandomGraphs;
import mosaic.graph.ui.internal.ChartContext;
import mosaic.graph.ui.internal.ChartPart;
import mosaic.graph.ui.internal.PartFactory;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

/**
 * How fast the chart canvas is on a large chart: a chart of N actors and 3N relations (a G(n,m)
 * random graph, the worst case for painting: long lines everywhere), built in memory outside any
 * workspace, shown in the chart viewer in a shell of its own. Times setting the contents and the
 * first paint, then the paint of 20 zoom steps and 20 scroll steps, each painted in full into an
 * offscreen image after the update manager has validated the figures: a redraw only queues a
 * paint for later, so timing it would time nothing). Run on the UI thread of a running workbench.
 */
public final class ChartBenchmark {

    /** Side of the canvas shell, in pixels. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 800;

    private static final double[] ZOOMS = {1, 0.75, 0.5, 0.3, 0.2, 0.1, 0.2, 0.3, 0.5, 0.75};

    private ChartBenchmark() {
    }

    /**
     * The figures of one run.
     *
     * @param setContentsMillis building every edit part and figure
     * @param firstPaintMillis validating and painting the first view
     * @param zoomPaintMedianMillis median paint after a zoom step (levels 1 down to 0.1 and back)
     * @param zoomPaintMaxMillis slowest of those
     * @param scrollPaintMedianMillis median paint after a scroll step of a quarter view at zoom 1
     * @param scrollPaintMaxMillis slowest of those
     */
    public record Result(int nodes, int edges, long setContentsMillis, long firstPaintMillis, double zoomPaintMedianMillis,
        double zoomPaintMaxMillis, double scrollPaintMedianMillis, double scrollPaintMaxMillis) {

        @Override
        public String toString() {
            return String.format("chart %,d nodes %,d edges: setContents %d ms, first paint %d ms, zoom paint median %.1f ms (max %.1f), "
                + "scroll paint median %.1f ms (max %.1f)", nodes, edges, setContentsMillis, firstPaintMillis, zoomPaintMedianMillis,
                zoomPaintMaxMillis, scrollPaintMedianMillis, scrollPaintMaxMillis);
        }
    }

    /**
     * Builds, shows and measures a chart of {@code nodes} actors and {@code 3 * nodes} relations.
     * Must run on the UI thread; the shell is closed afterwards.
     */
    public static Result run(int nodes, long seed) {
        if (nodes < 2) {
            throw new IllegalArgumentException("a benchmark chart needs at least 2 nodes, not " + nodes);
        }
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("ChartBenchmark.run must be called on the UI thread");
        }
        Graph graph = RandomGraphs.gnm(nodes, 3 * nodes, seed);
        Chart chart = MosaicFactory.eINSTANCE.createChart();
        List<Relation> relations = build(graph, chart, seed);
        MissionRules rules = MissionRules.defaults();
        ChartContext context = new ChartContext(chart, () -> relations, o -> true, rules);

        Shell shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Chart benchmark: " + nodes + " nodes");
        shell.setLayout(new FillLayout());
        shell.setSize(WIDTH, HEIGHT);
        ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
        viewer.createControl(shell);
        viewer.getControl().setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new PartFactory(context));
        shell.open();
        drain(display);
        try {
            long start = System.nanoTime();
            viewer.setContents(chart);
            long setContents = millis(start);
            IFigure top = root.getFigure();
            while (top.getParent() != null) {
                top = top.getParent();
            }
            ChartPart chartPart = (ChartPart) viewer.getContents();
            root.getZoomManager().addZoomListener(chartPart::zoomed);
            long firstPaint = (long) paint(viewer, top);
            double[] zooms = new double[20];
            for (int i = 0; i < zooms.length; i++) {
                root.getZoomManager().setZoom(ZOOMS[(i + 1) % ZOOMS.length]);
                zooms[i] = paint(viewer, top);
            }
            root.getZoomManager().setZoom(1);
            paint(viewer, top);
            Viewport viewport = (Viewport) root.getFigure();
            double[] scrolls = new double[20];
            for (int i = 0; i < scrolls.length; i++) {
                Point at = viewport.getViewLocation();
                viewport.setViewLocation(at.x + WIDTH / 4, at.y + (i % 2 == 0 ? HEIGHT / 8 : 0));
                scrolls[i] = paint(viewer, top);
            }
            return new Result(nodes, graph.edgeCount(), setContents, firstPaint, median(zooms), max(zooms), median(scrolls), max(scrolls));
        } finally {
            shell.dispose();
        }
    }

    /** Actors on a square grid jittered at random, one relation per graph edge, in a resource of their own. */
    private static List<Relation> build(Graph graph, Chart chart, long seed) {
        Resource resource = new XMIResourceImpl();
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(chart);
        chart.setName("Benchmark");
        chart.setMarking(marking());
        Random random = new Random(seed);
        int n = graph.nodeCount();
        int side = (int) Math.ceil(Math.sqrt(n));
        ActorKind[] kinds = ActorKind.values();
        List<Actor> actors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Actor actor = MosaicFactory.eINSTANCE.createActor();
            actor.setId("actor-" + i);
            actor.setName("Actor " + i);
            actor.setKind(kinds[i % kinds.length]);
            actor.setMarking(marking());
            resource.getContents().add(actor);
            actors.add(actor);
            ChartNode node = MosaicFactory.eINSTANCE.createChartNode();
            node.setObject(actor);
            node.setX((i % side) * 160 + random.nextInt(60));
            node.setY((i / side) * 130 + random.nextInt(50));
            chart.getNodes().add(node);
        }
        String[] types = {"alliance", "clash", "command", "rivalry", "economic-support"};
        List<Relation> relations = new ArrayList<>(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); e++) {
            Relation relation = MosaicFactory.eINSTANCE.createRelation();
            relation.setId("relation-" + e);
            relation.setType(types[e % types.length]);
            relation.setFrom(actors.get(graph.source(e)));
            relation.setTo(actors.get(graph.target(e)));
            relation.setWeight(random.nextDouble());
            relation.setMarking(marking());
            resource.getContents().add(relation);
            relations.add(relation);
        }
        return relations;
    }

    private static Marking marking() {
        Marking marking = MosaicFactory.eINSTANCE.createMarking();
        marking.setClassification("UNCLASSIFIED");
        return marking;
    }

    /** Validates the figures and paints the whole canvas into an offscreen image; returns ms. */
    private static double paint(ScrollingGraphicalViewer viewer, IFigure top) {
        Display display = viewer.getControl().getDisplay();
        org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
        long start = System.nanoTime();
        top.getUpdateManager().performUpdate();
        Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            top.paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        image.dispose();
        return elapsed;
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // let the shell appear
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
