package mosaic.graph.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;
import mosaic.graph.model.ModelGraph;
import mosaic.graph.ui.internal.ChartCommands;
import mosaic.graph.ui.internal.ChartMetrics;
import mosaic.graph.ui.internal.LinkPart;
import mosaic.graph.ui.internal.NodePart;
import mosaic.graph.ui.internal.NotePart;
import mosaic.graph.ui.internal.Styling;
import mosaic.graph.ui.internal.Monitors;
import mosaic.model.ChartNode;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.kinds.Kinds;
import mosaic.ui.internal.navigator.Icons;

/**
 * What the analyst does on a chart, as the {@link ChartEditor}'s palette, toolbar, context menu
 * and keys offer it: create tools, zoom and fit, layouts (run as jobs), styling, find path, expand,
 * remove from the chart, pin, delete from the workspace, export and print.
 */
final class ChartActions {

    private final ChartEditor editor;
    /** The context menu's actions that need a selected object, and Remove, which needs any selection. */
    private final List<IAction> selectionActions = new ArrayList<>();
    private IAction removeAction;

    ChartActions(ChartEditor editor) {
        this.editor = editor;
    }

    /** Enables the actions that need a selection as the selection is now. */
    void selectionChanged() {
        selectionActions.forEach(a -> a.setEnabled(!selectedObjects().isEmpty()));
        removeAction.setEnabled(!editor.viewer.getSelectedEditParts().isEmpty());
    }

    PaletteRoot palette() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);
        PaletteDrawer create = new PaletteDrawer("Create");
        for (EClass kind : List.of(MosaicPackage.Literals.ACTOR, MosaicPackage.Literals.EVENT)) {
            ImageDescriptor icon = ImageDescriptor.createFromImage(Icons.ofKind(kind));
            create.add(new CombinedTemplateCreationEntry(kind.getName(), "Create " + Kinds.displayName(kind).toLowerCase() + " on the chart",
                kind, new KindFactory(kind), icon, icon));
        }
        ImageDescriptor relation = ImageDescriptor.createFromImage(Icons.ofKind(MosaicPackage.Literals.RELATION));
        create.add(new ConnectionCreationToolEntry("Relation", "Relate two objects: click one, then the other", new KindFactory(MosaicPackage.Literals.RELATION),
            relation, relation));
        ImageDescriptor note = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE);
        create.add(new CombinedTemplateCreationEntry("Note", "Put a note on the chart (double-click it to write)", MosaicPackage.Literals.CHART_NOTE,
            new KindFactory(MosaicPackage.Literals.CHART_NOTE), note, note));
        root.add(create);
        return root;
    }

    /** What the palette's creation tools create: the kind; the command makes the object. */
    private record KindFactory(EClass kind) implements CreationFactory {
        @Override
        public Object getNewObject() {
            return kind;
        }

        @Override
        public Object getObjectType() {
            return kind;
        }
    }

    void fillToolBar(ToolBarManager tools) {
        ZoomManager zoom = editor.zoomManager();
        tools.add(action("Zoom in (Ctrl+=)", ISharedImages.IMG_OBJ_ADD, zoom::zoomIn));
        tools.add(action("Zoom out (Ctrl+-)", ISharedImages.IMG_TOOL_BACK, zoom::zoomOut));
        tools.add(action("Fit the chart (Ctrl+0)", ISharedImages.IMG_TOOL_UP, editor::fit));
        tools.add(new Separator());
        tools.add(dropDown("Layout", ISharedImages.IMG_OBJ_ELEMENT, layoutActions()));
        tools.add(dropDown("Style", ISharedImages.IMG_OBJ_FILE, styleActions()));
        tools.add(action("Find path between two selected nodes", ISharedImages.IMG_ETOOL_HOME_NAV, editor::findPath));
        tools.add(new Separator());
        tools.add(action("Export PNG or SVG...", ISharedImages.IMG_ETOOL_SAVEAS_EDIT, editor.output::exportDialog));
        tools.add(action("Print...", ISharedImages.IMG_ETOOL_PRINT_EDIT, editor.output::print));
    }

    private static Action action(String text, String image, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        if (image != null) {
            action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        }
        return action;
    }

    private static Action dropDown(String text, String image, List<IAction> items) {
        Action action = new Action(text, IAction.AS_DROP_DOWN_MENU) {
            @Override
            public void run() {
                items.get(0).run();
            }
        };
        action.setToolTipText(text);
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        action.setMenuCreator(new IMenuCreator() {
            private MenuManager manager;

            @Override
            public Menu getMenu(Control parent) {
                dispose();
                manager = new MenuManager();
                items.forEach(manager::add);
                return manager.createContextMenu(parent);
            }

            @Override
            public Menu getMenu(Menu parent) {
                return null;
            }

            @Override
            public void dispose() {
                if (manager != null) {
                    manager.dispose();
                    manager = null;
                }
            }
        });
        return action;
    }

    /** "Automatic" (the layout that suits the chart's size), then every layout by name. */
    List<IAction> layoutActions() {
        List<IAction> items = new ArrayList<>();
        items.add(action("Automatic", null, () -> layout(null)));
        for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
            items.add(action(algorithm.label(), null, () -> layout(algorithm)));
        }
        return items;
    }

    private List<IAction> styleActions() {
        List<IAction> items = new ArrayList<>();
        items.add(style("Equal sizes", MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_EQUAL));
        items.add(style("Size by degree", MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_DEGREE));
        items.add(style("Size by betweenness", MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_BETWEENNESS));
        items.add(style("Size by closeness", MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_CLOSENESS));
        items.add(style("Size by eigenvector centrality", MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_EIGENVECTOR));
        items.add(style("Size by PageRank", MosaicPackage.Literals.CHART__SIZE_BY, Styling.SIZE_PAGERANK));
        items.add(style("Colour by type", MosaicPackage.Literals.CHART__COLOUR_BY, Styling.COLOUR_TYPE));
        items.add(style("Colour by community (Louvain)", MosaicPackage.Literals.CHART__COLOUR_BY, Styling.COLOUR_COMMUNITY));
        items.add(style("Colour by marking", MosaicPackage.Literals.CHART__COLOUR_BY, Styling.COLOUR_MARKING));
        items.add(style("Colour by source grade", MosaicPackage.Literals.CHART__COLOUR_BY, Styling.COLOUR_GRADE));
        Action dash = new Action("Dash weakly evidenced relations", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                editor.execute(ChartCommands.set(editor.context.domain(), editor.chart, MosaicPackage.Literals.CHART__DASH_WEAK_EVIDENCE, !editor.chart.isDashWeakEvidence()));
                setChecked(editor.chart.isDashWeakEvidence());
            }
        };
        dash.setChecked(editor.chart.isDashWeakEvidence());
        items.add(dash);
        return items;
    }

    private IAction style(String text, org.eclipse.emf.ecore.EStructuralFeature feature, String value) {
        return action(text, null, () -> editor.setStyle(feature, value));
    }

    void contextMenu() {
        MenuManager menu = new MenuManager("#PopupMenu");
        IAction open = action("Open", null, () -> selectedObjects().forEach(editor.context::open));
        IAction expand = action("Expand neighbours", null, this::expandSelection);
        IAction remove = action("Remove from chart", ISharedImages.IMG_TOOL_DELETE, this::removeSelection);
        removeAction = remove;
        IAction delete = action("Delete from workspace...", null, this::deleteSelectionFromModel);
        IAction pin = action("Pin or unpin (layouts leave pinned nodes in place)", null, this::togglePin);
        selectionActions.addAll(List.of(open, expand, delete, pin));
        menu.add(open);
        menu.add(expand);
        menu.add(action("Find path between the two selected", null, editor::findPath));
        menu.add(pin);
        menu.add(new Separator());
        menu.add(remove);
        menu.add(delete);
        menu.add(new Separator());
        MenuManager styles = new MenuManager("Style");
        styleActions().forEach(styles::add);
        menu.add(styles);
        MenuManager layouts = new MenuManager("Layout");
        layoutActions().forEach(layouts::add);
        menu.add(layouts);
        editor.viewer.setContextMenu(menu);
        editor.getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), remove);
        editor.getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), action("Print", null, editor.output::print));
        editor.getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(),
            action("Select All", null, () -> editor.viewer.setSelection(new StructuredSelection(editor.chartPart().getChildren()))));
    }

    void keys(Control control) {
        control.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) == 0) {
                return;
            }
            if (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD) {
                editor.zoomManager().zoomIn();
            } else if (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) {
                editor.zoomManager().zoomOut();
            } else if (e.character == '0' || e.keyCode == SWT.KEYPAD_0) {
                editor.fit();
            } else {
                return;
            }
            e.doit = false;
        });
    }

    List<NodePart> selectedNodes() {
        List<NodePart> nodes = new ArrayList<>();
        for (Object part : editor.viewer.getSelectedEditParts()) {
            if (part instanceof NodePart node) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    List<MosaicObject> selectedObjects() {
        List<MosaicObject> objects = new ArrayList<>();
        for (Object part : editor.viewer.getSelectedEditParts()) {
            if (part instanceof NodePart node) {
                objects.add(node.object());
            } else if (part instanceof LinkPart link) {
                objects.add(link.object());
            }
        }
        return objects;
    }

    private void expandSelection() {
        for (NodePart node : selectedNodes()) {
            editor.expand(node.node());
        }
    }

    private void removeSelection() {
        List<ChartNode> nodes = selectedNodes().stream().map(NodePart::node).toList();
        List<Relation> relations = new ArrayList<>();
        for (Object part : editor.viewer.getSelectedEditParts()) {
            if (part instanceof LinkPart link && link.getModel() instanceof Relation relation) {
                relations.add(relation);
            }
        }
        List<mosaic.model.ChartNote> notes = new ArrayList<>();
        for (Object part : editor.viewer.getSelectedEditParts()) {
            if (part instanceof NotePart note) {
                notes.add(note.note());
            }
        }
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Remove from chart");
        if (!notes.isEmpty()) {
            command.append(ChartCommands.removeNotes(editor.context.domain(), editor.chart, notes));
        }
        if (!nodes.isEmpty()) {
            command.append(ChartCommands.removeNodes(editor.context.domain(), editor.chart, nodes));
        }
        if (!relations.isEmpty()) {
            command.append(ChartCommands.hide(editor.context.domain(), editor.chart, relations));
        }
        if (!command.isEmpty()) {
            editor.execute(command);
        }
    }

    private void togglePin() {
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Pin");
        for (NodePart node : selectedNodes()) {
            command.append(org.eclipse.emf.edit.command.SetCommand.create(editor.context.domain(), node.node(),
                MosaicPackage.Literals.CHART_NODE__PINNED, !node.node().isPinned()));
        }
        if (!command.isEmpty()) {
            editor.execute(command);
        }
    }

    private void deleteSelectionFromModel() {
        editor.deleteFromModel(selectedObjects());
    }

    /**
     * Lays the chart out in a job with progress and cancellation, and applies the result as one
     * command that also records the layout in {@code chart.layout}; pinned nodes stay. Then fits.
     *
     * @param algorithm the layout, or null for the one that suits the chart's size
     *        ({@link LayoutAlgorithm#forSize})
     * @return the job, already scheduled
     */
    Job layout(LayoutAlgorithm algorithm) {
        ModelGraph graph = editor.context.metrics().graph(editor.context.scene());
        int n = graph.graph().nodeCount();
        LayoutAlgorithm chosen = algorithm != null ? algorithm : LayoutAlgorithm.forSize(n, graph.graph().edgeCount());
        List<ChartNode> nodes = new ArrayList<>(n);
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] pinned = new boolean[n];
        for (int i = 0; i < n; i++) {
            ChartNode node = editor.context.scene().nodeOf(graph.object(i));
            nodes.add(node);
            x[i] = node.getX();
            y[i] = node.getY();
            pinned[i] = node.isPinned();
        }
        LayoutOptions options = LayoutOptions.builder().initial(new Positions(x, y)).pinned(pinned).build();
        org.eclipse.swt.widgets.Display display = editor.viewer.getControl().getDisplay();
        Job job = new Job(chosen.label() + " layout of " + Kinds.title(editor.chart)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Positions placed;
                try {
                    placed = Layouts.layout(graph.graph(), chosen, options, Monitors.progress(monitor));
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> {
                    if (!editor.viewer.getControl().isDisposed()) {
                        editor.execute(ChartCommands.place(editor.context.domain(), nodes, placed.x(), placed.y(), chosen.id()));
                        editor.fit();
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ChartMetrics.FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
