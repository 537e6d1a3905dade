package mosaic.graph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.graph.metrics.NodeMetrics;
import mosaic.graph.metrics.Paths;
import mosaic.graph.model.ModelGraph;
import mosaic.graph.ui.internal.ChartMetrics;
import mosaic.graph.ui.internal.ChartScene;
import mosaic.graph.ui.internal.NodeFigure;
import mosaic.graph.ui.internal.Styling;
import mosaic.graph.ui.internal.LinkFigure;
import mosaic.graph.ui.internal.LinkPart;
import mosaic.graph.ui.internal.NodePart;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.model.Actor;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.ChartNote;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.ui.MosaicUi;
import mosaic.ui.Screenshots;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.internal.navigator.NavigatorView;
import mosaic.ui.markings.MarkingStyle;
import mosaic.ui.session.Sessions;
import mosaic.ui.testing.RecordingPrompter;
import mosaic.ui.testing.Workbenches;

/** What an analyst does with a link chart of the Carana demo, in the real workbench. */
class ChartEditorTest {

    @TempDir
    static Path tmp;

    private Workspace workspace;
    private Chart chart;
    private ChartEditor editor;
    private String testName;
    /** Answers the workbench's questions while a test has registered it. */
    private RecordingPrompter prompts;

    private static IWorkbenchPage page() {
        return Workbenches.page();
    }

    private static void settle() {
        Workbenches.settle(ChartMetrics.FAMILY);
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("mosaic.screenshots", "target/screenshots"));
    }

    private void shot() throws Exception {
        settle();
        Screenshots.capture(page().getWorkbenchWindow().getShell(), screenshots().resolve("ChartEditorTest-" + testName + ".png"));
    }

    @BeforeEach
    void openChart(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        assumeTrue(Workbenches.demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        Path ws = Workbenches.copyDemo(tmp.resolve("carana-" + System.nanoTime()));
        Workbenches.open(ws, ChartMetrics.FAMILY);
        workspace = Sessions.current().workspace();
        assertEquals(ws.toRealPath(), workspace.root());
        page().showView(MosaicUi.VIEW_WORKSPACE);
        chart = workspace.objects(Chart.class).stream().findFirst().orElseGet(this::demoChart);
        editor = (ChartEditor) Editors.open(page(), chart);
        assertNotNull(editor, "a chart opens in the chart editor");
        settle();
    }

    /** The demo has no chart yet: one of the dozen actors with the most relations among actors. */
    private Chart demoChart() {
        Map<Actor, Integer> degree = new HashMap<>();
        for (Relation relation : workspace.objects(Relation.class)) {
            if (relation.getFrom() instanceof Actor a && relation.getTo() instanceof Actor b) {
                degree.merge(a, 1, Integer::sum);
                degree.merge(b, 1, Integer::sum);
            }
        }
        List<Actor> actors = degree.entrySet().stream().sorted(Map.Entry.<Actor, Integer>comparingByValue().reversed())
            .limit(12).map(Map.Entry::getKey).toList();
        Chart created = workspace.create(MosaicPackage.Literals.CHART);
        created.setName("Kamako armed groups");
        for (int i = 0; i < actors.size(); i++) {
            ChartNode node = MosaicFactory.eINSTANCE.createChartNode();
            node.setObject(actors.get(i));
            node.setX(220 * (i % 4));
            node.setY(170 * (i / 4));
            created.getNodes().add(node);
        }
        workspace.add(created);
        Sessions.current().fire();
        return created;
    }

    @AfterEach
    void close() throws Exception {
        if (editor != null && page().getActiveEditor() == editor) {
            editor.fit();
            shot();
        }
        if (prompts != null) {
            prompts.close();
            prompts = null;
        }
        page().closeAllEditors(false);
        settle();
    }

    private List<NodePart> nodeParts() {
        return editor.chartPart().getChildren().stream().filter(NodePart.class::isInstance).map(NodePart.class::cast).toList();
    }

    private List<LinkPart> linkParts() {
        List<LinkPart> links = new ArrayList<>();
        for (NodePart node : nodeParts()) {
            node.getSourceConnections().forEach(l -> links.add((LinkPart) l));
        }
        return links;
    }

    private static org.eclipse.emf.common.command.CommandStack stack() {
        return Sessions.current().domain().getCommandStack();
    }

    @Test
    void showsActorsRelationsAndTheHighestMarking() throws Exception {
        assertEquals(chart.getNodes().size(), nodeParts().size(), "one node per chart node");
        Set<MosaicObject> shown = new HashSet<>();
        chart.getNodes().forEach(n -> shown.add(n.getObject()));
        long expectedLinks = workspace.objects(Relation.class).stream()
            .filter(r -> shown.contains(r.getFrom()) && shown.contains(r.getTo()) && r.getFrom() != r.getTo()).count();
        assertTrue(expectedLinks > 0, "the demo actors are related");
        assertEquals(expectedLinks, linkParts().size(), "every relation between shown actors is drawn");
        LinkPart first = linkParts().get(0);
        Relation relation = (Relation) first.getModel();
        LinkFigure line = (LinkFigure) first.getFigure();
        assertEquals(relation.getType(), line.text(), "a line is labelled with its type only, so that labels do not crowd");
        String tip = ((org.eclipse.draw2d.Label) line.getToolTip()).getText();
        if (relation.getValidFrom() != null) {
            assertTrue(tip.contains(relation.getValidFrom().toString()), "its dates are in the tooltip: " + tip);
        }

        // labels: all of them from 75% up; below, only on the lines of the selected node
        editor.zoomManager().setZoom(1);
        assertTrue(linkParts().stream().allMatch(l -> ((LinkFigure) l.getFigure()).labelShown()), "every label at 100%");
        editor.zoomManager().setZoom(0.5);
        assertTrue(linkParts().stream().noneMatch(l -> ((LinkFigure) l.getFigure()).labelShown()), "no label at 50%");
        NodePart hub = (NodePart) first.getSource();
        editor.viewer().select(hub);
        for (LinkPart l : linkParts()) {
            boolean atHub = l.getSource() == hub || l.getTarget() == hub;
            assertEquals(atHub, ((LinkFigure) l.getFigure()).labelShown(), "labels of the selected node's lines only");
        }
        shot();
        editor.viewer().deselectAll();

        // the banner: the highest classification among chart, actors and drawn relations
        var rules = workspace.rules();
        MosaicObject highest = chart;
        List<MosaicObject> all = new ArrayList<>(shown);
        linkParts().forEach(l -> all.add((Relation) l.getModel()));
        for (MosaicObject object : all) {
            if (rules.rank(object.getMarking()) > rules.rank(highest.getMarking())) {
                highest = object;
            }
        }
        // objects of the same level may differ in caveats: the banner shows one of the highest
        int top = rules.rank(highest.getMarking());
        List<String> highestTexts = all.stream().filter(o -> rules.rank(o.getMarking()) == top)
            .map(o -> MarkingStyle.text(o.getMarking(), rules)).toList();
        if (rules.rank(chart.getMarking()) == top) {
            highestTexts = new ArrayList<>(highestTexts);
            highestTexts.add(MarkingStyle.text(chart.getMarking(), rules));
        }
        assertTrue(highestTexts.contains(editor.bannerText()), editor.bannerText() + " among " + highestTexts);
        assertEquals(MarkingStyle.background(highest.getMarking().getClassification(), rules), editor.bannerColour());

        // raising one actor's marking (as its form editor would, on the shared stack) raises the banner
        Actor actor = (Actor) chart.getNodes().get(0).getObject();
        stack().execute(SetCommand.create(Sessions.current().domain(), actor.getMarking(), MosaicPackage.Literals.MARKING__CLASSIFICATION,
            "STRICTLY_CONFIDENTIAL"));
        stack().execute(SetCommand.create(Sessions.current().domain(), actor, MosaicPackage.Literals.NAMED_OBJECT__NAME, "Renamed group"));
        settle();
        assertTrue(editor.bannerText().startsWith("STRICTLY CONFIDENTIAL"), editor.bannerText());
        NodePart part = (NodePart) editor.partOf(actor);
        assertEquals("Renamed group", ((mosaic.graph.ui.internal.NodeFigure) part.getFigure()).name(), "the chart follows edits made elsewhere");
        editor.fit();
    }

    @Test
    void dropFromTheNavigatorAddsANodeAndUndoTakesItAway() throws Exception {
        Set<MosaicObject> shown = new HashSet<>();
        chart.getNodes().forEach(n -> shown.add(n.getObject()));
        Actor outside = workspace.objects(Actor.class).stream().filter(a -> !shown.contains(a)).findFirst().orElseThrow();
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        navigator.select(outside);
        settle();
        // what the navigator's drag source does when the drag starts
        LocalSelectionTransfer.getTransfer().setSelection(navigator.viewer().getStructuredSelection());
        page().activate(editor);
        Control canvas = editor.viewer().getControl();
        var point = canvas.toDisplay(canvas.getSize().x / 2, canvas.getSize().y / 2);
        assertTrue(editor.dropTarget().drop(LocalSelectionTransfer.getTransfer().getSelection(), point));
        settle();
        assertNotNull(editor.partOf(outside), "the dropped actor is on the chart");
        assertTrue(chart.getNodes().stream().anyMatch(n -> n.getObject() == outside));
        assertTrue(editor.isDirty());
        stack().undo();
        settle();
        assertNull(editor.partOf(outside), "undo takes it off");
        assertFalse(chart.getNodes().stream().anyMatch(n -> n.getObject() == outside));
        stack().redo();
        settle();
        assertNotNull(editor.partOf(outside), "redo puts it back");
    }

    @Test
    void relationToolCreatesARelationAndUndoRemovesItFromChartAndWorkspace() throws Exception {
        List<NodePart> nodes = nodeParts();
        NodePart from = null;
        NodePart to = null;
        // two actors that are not related yet
        outer:
        for (NodePart a : nodes) {
            for (NodePart b : nodes) {
                if (a != b && workspace.objects(Relation.class).stream().noneMatch(r ->
                    (r.getFrom() == a.object() && r.getTo() == b.object()) || (r.getFrom() == b.object() && r.getTo() == a.object()))) {
                    from = a;
                    to = b;
                    break outer;
                }
            }
        }
        assertNotNull(from);
        int relations = workspace.objects(Relation.class).size();
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(new CreationFactory() {
            @Override
            public Object getNewObject() {
                return MosaicPackage.Literals.RELATION;
            }

            @Override
            public Object getObjectType() {
                return MosaicPackage.Literals.RELATION;
            }
        });
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(from);
        request.setTargetEditPart(from);
        Command start = from.getCommand(request);
        assertNotNull(start);
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(to);
        Command complete = to.getCommand(request);
        assertNotNull(complete);
        assertTrue(complete.canExecute());
        editor.editDomain().getCommandStack().execute(complete);
        settle();
        assertEquals(relations + 1, workspace.objects(Relation.class).size(), "the relation is in the workspace");
        final MosaicObject source = from.object();
        final MosaicObject target = to.object();
        Relation created = workspace.objects(Relation.class).stream().filter(r -> r.getFrom() == source && r.getTo() == target)
            .findFirst().orElseThrow();
        assertNotNull(editor.partOf(created), "and drawn");
        shot();

        editor.getEditorSite().getActionBars().getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId()).run();
        settle();
        assertTrue(workspace.get(created.getId()).isEmpty(), "undo removes it from the workspace");
        assertNull(editor.partOf(created), "and from the chart");
        assertEquals(relations, workspace.objects(Relation.class).size());
    }

    @Test
    void paletteCreatesAnActorOnChartAndInWorkspaceAsOneCommand() throws Exception {
        int actors = workspace.objects(Actor.class).size();
        CreateRequest request = new CreateRequest();
        request.setFactory(new CreationFactory() {
            @Override
            public Object getNewObject() {
                return MosaicPackage.Literals.ACTOR;
            }

            @Override
            public Object getObjectType() {
                return MosaicPackage.Literals.ACTOR;
            }
        });
        request.setLocation(new org.eclipse.draw2d.geometry.Point(60, 60));
        Command command = editor.chartPart().getCommand(request);
        assertNotNull(command);
        editor.editDomain().getCommandStack().execute(command);
        settle();
        assertEquals(actors + 1, workspace.objects(Actor.class).size());
        Actor created = workspace.objects(Actor.class).stream().filter(a -> "New actor".equals(a.getName())).findFirst().orElseThrow();
        assertNotNull(editor.partOf(created));
        stack().undo();
        settle();
        assertEquals(actors, workspace.objects(Actor.class).size(), "one undo removes the actor from the workspace");
        assertNull(editor.partOf(created), "and from the chart");
    }

    @Test
    void timeSliderHidesARelationNotValidOnThatDay() throws Exception {
        ChartScene scene = ChartScene.of(chart, workspace.objects(Relation.class), o -> true);
        LocalDate earliest = scene.earliest();
        Relation later = scene.links().stream().filter(Relation.class::isInstance).map(Relation.class::cast)
            .filter(r -> r.getValidFrom() != null && r.getValidFrom().isAfter(earliest)).findFirst().orElse(null);
        assumeTrue(later != null, "a drawn relation that starts after the earliest date");
        assertNotNull(editor.partOf(later));
        LocalDate before = later.getValidFrom().minusDays(1);
        editor.slideTo(before);
        settle();
        assertEquals(before, chart.getAt(), "the slider sets the chart's date");
        assertNull(editor.partOf(later), "a relation that starts later is not drawn");
        shot();
        stack().undo();
        settle();
        assertNull(chart.getAt());
        assertNotNull(editor.partOf(later), "undo shows all of time again");
    }

    @Test
    void layoutsFromTheToolbarMoveNodesAsOneCommandAndKeepPinnedNodes() throws Exception {
        ChartNode pinned = chart.getNodes().get(0);
        stack().execute(SetCommand.create(Sessions.current().domain(), pinned, MosaicPackage.Literals.CHART_NODE__PINNED, true));
        List<org.eclipse.jface.action.IAction> menu = editor.layoutMenu();
        assertEquals("Automatic", menu.get(0).getText());
        assertEquals(LayoutAlgorithm.values().length + 1, menu.size(), "every layout is offered");
        for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
            Map<ChartNode, double[]> before = new HashMap<>();
            chart.getNodes().forEach(n -> before.put(n, new double[] {n.getX(), n.getY()}));
            menu.stream().filter(a -> a.getText().equals(algorithm.label())).findFirst().orElseThrow().run();
            settle();
            assertEquals(algorithm.id(), chart.getLayout(), "the chart records its layout");
            assertEquals(before.get(pinned)[0], pinned.getX(), algorithm + ": the pinned node stays");
            assertEquals(before.get(pinned)[1], pinned.getY());
            long moved = chart.getNodes().stream().filter(n -> n.getX() != before.get(n)[0] || n.getY() != before.get(n)[1]).count();
            assertTrue(moved >= chart.getNodes().size() / 2, algorithm + ": unpinned nodes moved (" + moved + ")");
            NodePart part = (NodePart) editor.partOf(chart.getNodes().get(1).getObject());
            assertEquals((int) Math.round(chart.getNodes().get(1).getX()), part.getFigure().getBounds().getCenter().x, 1, "figures follow");
            assertFitted(algorithm + " then fit", false);
            if (algorithm == LayoutAlgorithm.STRESS) {
                shot();
            }
            stack().undo();
            settle();
            chart.getNodes().forEach(n -> assertEquals(before.get(n)[0], n.getX(), algorithm + ": one undo puts every node back"));
        }
        menu.get(0).run();
        settle();
        ModelGraph graph = shownGraph();
        assertEquals(LayoutAlgorithm.forSize(graph.graph().nodeCount(), graph.graph().edgeCount()).id(), chart.getLayout(),
            "Automatic picks the layout for the chart's size");
    }

    @Test
    void exportsPngAndSvgOfTheWholeChart() throws Exception {
        Path png = tmp.resolve("chart-" + System.nanoTime() + ".png");
        var size = editor.exportPng(png);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG file");
        ImageData data = new ImageData(png.toString());
        assertEquals(size.x, data.width);
        assertEquals(size.y, data.height);
        var extent = editor.chartPart().getFigure().getBounds();
        assertTrue(data.width >= 3 * 150 && data.height >= 2 * 110, data.width + "x" + data.height + " for " + extent);
        int coloured = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red < 200 || rgb.green < 200 || rgb.blue < 200) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 500, "the picture shows the chart: " + coloured + " coloured sample pixels");
        Files.copy(png, screenshots().resolve("ChartEditorTest-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path svg = tmp.resolve("chart.svg");
        editor.exportSvg(svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        assertEquals(chart.getNodes().size(), text.split("<circle", -1).length - 1, "one disc per node");
        assertEquals(linkParts().size(), text.split("<line", -1).length - 1, "one line per relation");
        String name = mosaic.model.kinds.Kinds.title(chart.getNodes().get(0).getObject());
        assertTrue(text.contains(">" + name.replace("&", "&amp;") + "</text>"), "names are written: " + name);
    }

    /** The graph the chart's measures are computed on, built as the editor does: the shown objects and drawn relations. */
    private ModelGraph shownGraph() {
        ChartScene scene = editor.chartPart().context().scene();
        List<MosaicObject> objects = new ArrayList<>();
        scene.nodes().forEach(n -> objects.add(n.getObject()));
        scene.links().stream().filter(Relation.class::isInstance).forEach(l -> objects.add((Relation) l));
        Set<org.eclipse.emf.ecore.EClass> kinds = new HashSet<>();
        scene.nodes().forEach(n -> kinds.add(n.getObject().eClass()));
        return ModelGraph.of(objects).kinds(kinds).at(chart.getAt()).build();
    }

    private NodeFigure figureOf(MosaicObject object) {
        return (NodeFigure) ((NodePart) editor.partOf(object)).getFigure();
    }

    @Test
    void pathBetweenTwoActorsIsHighlighted() throws Exception {
        ModelGraph graph = shownGraph();
        ChartScene scene = editor.chartPart().context().scene();
        int a = graph.nodeOf(scene.nodes().get(0).getObject());
        int[] longest = new int[0];
        for (int v = 0; v < graph.graph().nodeCount(); v++) {
            int[] p = Paths.shortest(graph.graph(), a, v);
            if (p.length > longest.length) {
                longest = p;
            }
        }
        assumeTrue(longest.length >= 3, "two actors two steps apart");
        ChartNode from = scene.nodeOf(graph.object(a));
        ChartNode to = scene.nodeOf(graph.object(longest[longest.length - 1]));
        List<Object> shown = editor.highlightPath(from, to);
        assertEquals(2 * longest.length - 1, shown.size(), "objects and the lines between them: " + shown);
        for (int i = 0; i < longest.length; i++) {
            assertEquals(graph.object(longest[i]), shown.get(2 * i), "the path's objects in order");
            assertTrue(figureOf(graph.object(longest[i])).highlighted(), "and drawn highlighted");
        }
        EditPart line = (EditPart) editor.viewer().getEditPartRegistry().get(shown.get(1));
        assertNotNull(line, "the first line of the path is drawn");
        assertTrue(((LinkFigure) ((LinkPart) line).getFigure()).getLineWidth() >= 4, "and drawn thick");
        scene.nodes().stream().map(ChartNode::getObject).filter(o -> !shown.contains(o))
            .forEach(o -> assertFalse(figureOf(o).highlighted(), "objects off the path are not highlighted"));
    }

    @Test
    void sizeByAMeasureMakesTheHubLargerThanALeaf() throws Exception {
        ModelGraph graph = shownGraph();
        NodeMetrics metrics = NodeMetrics.compute(graph.graph(), null);
        for (String measure : Styling.SIZE_MEASURES) {
            double[] values = switch (measure) {
                case Styling.SIZE_DEGREE -> java.util.Arrays.stream(metrics.degree()).asDoubleStream().toArray();
                case Styling.SIZE_BETWEENNESS -> metrics.betweenness();
                case Styling.SIZE_CLOSENESS -> metrics.closeness();
                case Styling.SIZE_EIGENVECTOR -> metrics.eigenvector();
                default -> metrics.pagerank();
            };
            int hub = 0;
            int leaf = 0;
            for (int v = 0; v < values.length; v++) {
                hub = values[v] > values[hub] ? v : hub;
                leaf = values[v] < values[leaf] ? v : leaf;
            }
            assumeTrue(values[hub] > values[leaf], measure + " differs on the chart");
            editor.setStyle(MosaicPackage.Literals.CHART__SIZE_BY, measure);
            settle();
            assertEquals(Styling.LARGEST, figureOf(graph.object(hub)).diameter(), measure + ": the hub is drawn largest");
            assertEquals(Styling.SMALLEST, figureOf(graph.object(leaf)).diameter(), measure + ": the leaf smallest");
        }
        shot();
        stack().undo();
        settle();
        assertEquals(Styling.SIZE_EIGENVECTOR, chart.getSizeBy(), "each rule is one undo");
        editor.setStyle(MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_EQUAL);
        settle();
        chart.getNodes().forEach(n -> assertEquals(Styling.BASE, figureOf(n.getObject()).diameter(), "equal sizes again"));
    }

    @Test
    void colourByCommunityColoursLouvainCommunities() throws Exception {
        ModelGraph graph = shownGraph();
        int[] community = NodeMetrics.compute(graph.graph(), null).community();
        assumeTrue(java.util.Arrays.stream(community).max().orElse(0) > 0, "the chart has more than one community");
        editor.setStyle(MosaicPackage.Literals.CHART__COLOUR_BY, Styling.COLOUR_COMMUNITY);
        settle();
        Map<Integer, org.eclipse.swt.graphics.Color> colours = new HashMap<>();
        for (int v = 0; v < community.length; v++) {
            org.eclipse.swt.graphics.Color fill = figureOf(graph.object(v)).fill();
            org.eclipse.swt.graphics.Color first = colours.putIfAbsent(community[v], fill);
            assertEquals(first == null ? fill : first, fill, "one colour per community");
        }
        assertEquals(colours.size(), new HashSet<>(colours.values()).size(), "communities have different colours");
        shot();
    }

    @Test
    void nothingAboveTheDisplayClearanceIsDrawnOrExported() throws Exception {
        var rules = workspace.rules();
        Set<MosaicObject> drawnBefore = new HashSet<>();
        nodeParts().forEach(n -> drawnBefore.add(n.object()));
        linkParts().forEach(l -> drawnBefore.add((Relation) l.getModel()));
        List<MosaicObject> secret = drawnBefore.stream().filter(o -> rules.rank(o.getMarking()) > rules.classificationRank("CONFIDENTIAL")).toList();
        assumeTrue(!secret.isEmpty(), "the demo chart shows something strictly confidential");
        var store = mosaic.ui.internal.preferences.AnalystPreferences.store();
        String before = store.getString(mosaic.ui.internal.preferences.AnalystPreferences.CLEARANCE);
        try {
            store.setValue(mosaic.ui.internal.preferences.AnalystPreferences.CLEARANCE, "CONFIDENTIAL");
            Sessions.current().preferencesChanged();
            page().closeAllEditors(false);
            settle();
            editor = (ChartEditor) Editors.open(page(), chart);
            settle();
            for (NodePart node : nodeParts()) {
                assertTrue(rules.rank(node.object().getMarking()) <= rules.classificationRank("CONFIDENTIAL"), node.object().getId());
            }
            for (LinkPart link : linkParts()) {
                Relation r = (Relation) link.getModel();
                assertTrue(rules.rank(r.getMarking()) <= rules.classificationRank("CONFIDENTIAL"), r.getId());
            }
            assertFalse(editor.bannerText().startsWith("STRICTLY"), editor.bannerText());
            Path svg = tmp.resolve("cleared.svg");
            editor.exportSvg(svg);
            String text = Files.readString(svg);
            for (MosaicObject hidden : secret) {
                if (hidden instanceof mosaic.model.NamedObject named && drawnBefore.stream().noneMatch(o -> o != hidden
                    && o instanceof mosaic.model.NamedObject other && other.getName().equals(named.getName()))) {
                    assertFalse(text.contains(named.getName()), named.getName() + " is above the clearance but in the SVG");
                }
            }
            shot();
        } finally {
            store.setValue(mosaic.ui.internal.preferences.AnalystPreferences.CLEARANCE, before);
            Sessions.current().preferencesChanged();
            settle();
        }
    }

    /** Asserts that every node lies inside the canvas and that the chart's middle is near the canvas's middle. */
    private void assertFitted(String when, boolean fills) {
        settle();
        org.eclipse.draw2d.Viewport viewport = editor.zoomManager().getViewport();
        org.eclipse.draw2d.geometry.Rectangle visible = new org.eclipse.draw2d.geometry.Rectangle(viewport.getBounds().getTopLeft(),
            viewport.getClientArea().getSize());
        org.eclipse.draw2d.geometry.Rectangle union = null;
        for (NodePart part : nodeParts()) {
            org.eclipse.draw2d.geometry.Rectangle bounds = part.getFigure().getBounds().getCopy();
            part.getFigure().translateToAbsolute(bounds);
            assertTrue(visible.contains(bounds), when + ": " + part.object().getId() + " at " + bounds + " lies inside the canvas " + visible);
            union = union == null ? bounds : union.union(bounds);
        }
        for (ChartNote note : ((Chart) editor.chartPart().getModel()).getNotes()) { // fit frames the notes too
            org.eclipse.gef.GraphicalEditPart part = (org.eclipse.gef.GraphicalEditPart) editor.viewer().getEditPartRegistry().get(note);
            org.eclipse.draw2d.geometry.Rectangle bounds = part.getFigure().getBounds().getCopy();
            part.getFigure().translateToAbsolute(bounds);
            union = union.union(bounds);
        }
        // Centred to within a tenth of the canvas: the viewport cannot scroll past the freeform
        // extent, so a chart narrower than the canvas may sit a little off the middle.
        assertEquals(visible.getCenter().x, union.getCenter().x, visible.width / 10.0, when + ": centred across, " + union + " in " + visible);
        assertEquals(visible.getCenter().y, union.getCenter().y, visible.height / 10.0, when + ": centred down, " + union + " in " + visible);
        assertTrue(!fills || union.width >= visible.width / 2 || union.height >= visible.height / 2, when + ": the chart fills the canvas, " + union);
    }

    @Test
    void fitZoomsAndScrollsSoThatEveryNodeIsInView() throws Exception {
        editor.fit();
        assertFitted("on opening", false);
        assertTrue(editor.zoomManager().getZoom() <= 1, "never above 100%");

        // a node far out: fit zooms out below 100% and still centres
        ChartNode far = chart.getNodes().get(0);
        stack().execute(mosaic.graph.ui.internal.ChartCommands.move(Sessions.current().domain(), far, 9000, -6000));
        settle();
        editor.fit();
        assertTrue(editor.zoomManager().getZoom() < 0.5, "zoomed out: " + editor.zoomManager().getZoom());
        assertFitted("with a node far out", true);
        shot();

        // the whole chart far from the origin, small: fit centres it at 100%
        stack().undo();
        org.eclipse.emf.common.command.CompoundCommand away = new org.eclipse.emf.common.command.CompoundCommand("Move away");
        for (ChartNode node : chart.getNodes()) {
            away.append(mosaic.graph.ui.internal.ChartCommands.move(Sessions.current().domain(), node, 20000 + node.getX() / 20, 15000 + node.getY() / 20));
        }
        for (ChartNote note : chart.getNotes()) {
            away.append(org.eclipse.emf.edit.command.SetCommand.create(Sessions.current().domain(), note,
                mosaic.model.MosaicPackage.Literals.CHART_NOTE__X, 20000 + note.getX() / 20));
            away.append(org.eclipse.emf.edit.command.SetCommand.create(Sessions.current().domain(), note,
                mosaic.model.MosaicPackage.Literals.CHART_NOTE__Y, 15000 + note.getY() / 20));
        }
        stack().execute(away);
        settle();
        editor.zoomManager().setZoom(3);
        editor.fit();
        assertEquals(1, editor.zoomManager().getZoom(), 1e-9, "a small chart is shown at 100%");
        for (NodePart part : nodeParts()) {
            org.eclipse.draw2d.geometry.Rectangle bounds = part.getFigure().getBounds().getCopy();
            part.getFigure().translateToAbsolute(bounds);
            Control canvas = editor.viewer().getControl();
            assertTrue(new org.eclipse.draw2d.geometry.Rectangle(0, 0, canvas.getSize().x, canvas.getSize().y).contains(bounds), "in view: " + bounds);
        }
    }

    @Test
    void notesAreCreatedMovedResizedAndDeletedWithUndo() throws Exception {
        editor.zoomManager().setZoom(1);
        settle();
        int notes = chart.getNotes().size();
        CreateRequest create = new CreateRequest();
        create.setFactory(new CreationFactory() {
            @Override
            public Object getNewObject() {
                return MosaicPackage.Literals.CHART_NOTE;
            }

            @Override
            public Object getObjectType() {
                return MosaicPackage.Literals.CHART_NOTE;
            }
        });
        Control canvas = editor.viewer().getControl();
        create.setLocation(new org.eclipse.draw2d.geometry.Point(canvas.getSize().x / 3, canvas.getSize().y / 3));
        editor.editDomain().getCommandStack().execute(editor.chartPart().getCommand(create));
        settle();
        assertEquals(notes + 1, chart.getNotes().size(), "the Note tool puts a note on the chart");
        mosaic.model.ChartNote note = chart.getNotes().get(notes);
        mosaic.graph.ui.internal.NotePart part = (mosaic.graph.ui.internal.NotePart) editor.viewer().getEditPartRegistry().get(note);
        assertNotNull(part, "and draws it");
        String text = "Kamako militia seen moving south along the river road; two sources, not confirmed by patrol.";
        stack().execute(mosaic.graph.ui.internal.ChartCommands.setNoteText(Sessions.current().domain(), note, text));
        settle();
        mosaic.graph.ui.internal.NoteFigure figure = (mosaic.graph.ui.internal.NoteFigure) part.getFigure();
        assertEquals(text, figure.text());
        int line = org.eclipse.draw2d.FigureUtilities.getFontMetrics(org.eclipse.jface.resource.JFaceResources.getDefaultFont()).getHeight();
        assertTrue(figure.textBounds().height >= 2 * line, "a long text wraps: " + figure.textBounds());
        assertTrue(figure.textBounds().width <= figure.getBounds().width, "inside the note: " + figure.textBounds() + " in " + figure.getBounds());
        org.eclipse.draw2d.geometry.Rectangle before = figure.getBounds().getCopy();

        // move and resize with the selection tool's requests: one command each, undone on the shared stack
        org.eclipse.gef.requests.ChangeBoundsRequest move = new org.eclipse.gef.requests.ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(part);
        move.setMoveDelta(new org.eclipse.draw2d.geometry.Point(40, 25));
        editor.editDomain().getCommandStack().execute(part.getCommand(move));
        settle();
        assertEquals(before.x + 40, note.getX(), 1);
        assertEquals(before.y + 25, note.getY(), 1);
        org.eclipse.gef.requests.ChangeBoundsRequest resize = new org.eclipse.gef.requests.ChangeBoundsRequest(RequestConstants.REQ_RESIZE);
        resize.setEditParts(part);
        resize.setSizeDelta(new org.eclipse.draw2d.geometry.Dimension(120, 60));
        resize.setResizeDirection(org.eclipse.draw2d.PositionConstants.SOUTH_EAST);
        editor.editDomain().getCommandStack().execute(part.getCommand(resize));
        settle();
        assertEquals(before.width + 120, note.getWidth(), 1);
        assertEquals(before.height + 60, figure.getBounds().height, 1, "the figure follows");
        shot();
        stack().undo();
        settle();
        assertEquals(before.width, note.getWidth(), 1, "undo the resize");
        stack().undo();
        settle();
        assertEquals(before.getTopLeft(), figure.getBounds().getTopLeft(), "undo the move");

        // delete (the Delete key removes the selection from the chart); undo brings it back
        editor.viewer().select(part);
        editor.getEditorSite().getActionBars().getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId()).run();
        settle();
        assertEquals(notes, chart.getNotes().size(), "deleted");
        assertNull(editor.viewer().getEditPartRegistry().get(note));
        stack().undo();
        settle();
        assertTrue(chart.getNotes().contains(note), "undo puts the note back");
        assertNotNull(editor.viewer().getEditPartRegistry().get(note));
    }

    @Test
    void aLargeChartDrawsItsLinesWithOneFigure() throws Exception {
        int n = 300;
        mosaic.graph.Graph random = mosaic.graph.RandomGraphs.gnm(n, 3 * n, 11);
        Chart large = workspace.create(MosaicPackage.Literals.CHART);
        large.setName("Large network");
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
            actor.setName("Group " + i);
            workspace.add(actor);
            actors.add(actor);
            ChartNode node = MosaicFactory.eINSTANCE.createChartNode();
            node.setObject(actor);
            node.setX(150 * (i % 20));
            node.setY(120 * (i / 20));
            large.getNodes().add(node);
        }
        for (int e = 0; e < random.edgeCount(); e++) {
            Relation relation = workspace.create(MosaicPackage.Literals.RELATION);
            relation.setType("alliance");
            relation.setFrom(actors.get(random.source(e)));
            relation.setTo(actors.get(random.target(e)));
            workspace.add(relation);
        }
        workspace.add(large);
        Sessions.current().fire();
        settle();
        editor = (ChartEditor) Editors.open(page(), large);
        settle();
        assertTrue(editor.chartPart().bulk(), "more than " + mosaic.graph.ui.internal.ChartPart.BULK_LINKS + " lines");
        assertEquals(n, nodeParts().size(), "one part per node");
        assertTrue(linkParts().isEmpty(), "no part per line");
        assertEquals(3 * n, editor.chartPart().linksFigure().count(), "one figure draws every line");
        assertFitted("a large chart", true);
        // the picture shows the lines: pixels of the alliance colour on the canvas
        Path png = tmp.resolve("large-" + System.nanoTime() + ".png");
        editor.exportPng(png);
        ImageData data = new ImageData(png.toString());
        int green = 0;
        for (int y = 0; y < data.height; y += 3) {
            for (int x = 0; x < data.width; x += 3) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.equals(new RGB(0x2e, 0x7d, 0x32))) {
                    green++;
                }
            }
        }
        assertTrue(green > 1000, "alliance lines are drawn: " + green + " sample pixels");
        // nodes are still selected and moved with the tools
        NodePart first = nodeParts().get(0);
        editor.viewer().select(first);
        assertEquals(List.of(first), editor.viewer().getSelectedEditParts());
        shot();
    }

    @Test
    void expandRemoveAndDeleteFromTheWorkspace() throws Exception {
        // expand: every object related to the node comes onto the chart, in one command
        ChartNode centre = chart.getNodes().get(0);
        MosaicObject object = centre.getObject();
        int before = chart.getNodes().size();
        editor.expand(centre);
        settle();
        assertTrue(chart.getNodes().size() > before, "neighbours were added");
        for (Relation relation : workspace.objects(Relation.class)) {
            if (relation.getFrom() == object) {
                assertNotNull(editor.partOf(relation.getTo()), "related " + relation.getTo() + " is shown");
            }
        }
        stack().undo();
        settle();
        assertEquals(before, chart.getNodes().size(), "one undo takes the neighbours away");

        // remove from chart (the Delete key): the object stays in the workspace
        editor.viewer().select(editor.partOf(object));
        editor.getEditorSite().getActionBars().getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId()).run();
        settle();
        assertNull(editor.partOf(object));
        assertTrue(workspace.get(object.getId()).isPresent(), "removing from the chart keeps the object");
        stack().undo();
        settle();

        // delete from the workspace: refused while an event names the actor as perpetrator
        prompts = RecordingPrompter.register().answer(true);
        Actor perpetrator = chart.getNodes().stream().map(ChartNode::getObject).filter(Actor.class::isInstance).map(Actor.class::cast)
            .filter(a -> workspace.referencesTo(a).stream().anyMatch(mosaic.model.Event.class::isInstance)).findFirst().orElse(null);
        assumeTrue(perpetrator != null, "an actor on the chart that an event names");
        assertFalse(editor.deleteFromModel(List.of(perpetrator)));
        assertEquals(List.of("Cannot delete"), prompts.titles());
        assertTrue(workspace.get(perpetrator.getId()).isPresent());

        // a new actor nothing refers to is deleted after the question, and undo brings it back
        stack().execute(mosaic.graph.ui.internal.ChartCommands.create(Sessions.current().domain(), workspace, chart,
            MosaicPackage.Literals.ACTOR, 0, -200));
        settle();
        Actor fresh = workspace.objects(Actor.class).stream().filter(a -> "New actor".equals(a.getName())).findFirst().orElseThrow();
        prompts.clear();
        assertTrue(editor.deleteFromModel(List.of(fresh)));
        settle();
        assertEquals(List.of("Delete"), prompts.titles());
        assertTrue(workspace.get(fresh.getId()).isEmpty());
        assertNull(editor.partOf(fresh));
        stack().undo();
        settle();
        assertTrue(workspace.get(fresh.getId()).isPresent(), "undo puts it back in the workspace");
        assertNotNull(editor.partOf(fresh), "and on the chart");
    }
}
