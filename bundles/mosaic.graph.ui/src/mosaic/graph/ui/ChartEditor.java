package mosaic.graph.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.PrintFigureOperation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import mosaic.core.workspace.Workspace;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;
import mosaic.graph.model.ModelGraph;
import mosaic.graph.ui.internal.ChartCommands;
import mosaic.graph.ui.internal.ChartContext;
import mosaic.graph.ui.internal.ChartMetrics;
import mosaic.graph.ui.internal.ChartExport;
import mosaic.graph.ui.internal.ChartOutline;
import mosaic.graph.ui.internal.ChartPart;
import mosaic.graph.ui.internal.GefCommands;
import mosaic.graph.ui.internal.LinkPart;
import mosaic.graph.ui.internal.Monitors;
import mosaic.graph.ui.internal.NodePart;
import mosaic.graph.ui.internal.NotePart;
import mosaic.graph.ui.internal.ObjectDrop;
import mosaic.graph.ui.internal.PartFactory;
import mosaic.graph.ui.internal.Styling;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.Event;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.kinds.Kinds;
import mosaic.ops.DeleteOperation;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.internal.editors.ObjectEditorInput;
import mosaic.ui.internal.navigator.Icons;
import mosaic.ui.markings.Banner;
import mosaic.ui.session.Session;

/**
 * The link-analysis chart editor: the chart's objects as nodes and their relations as lines on a
 * zoomable canvas (GEF), with a palette to create actors, events and relations, drop from the
 * navigator, a time slider, layouts, conditional styling, path finding, export and print. Every
 * change is a command on the session's shared stack; the banner shows the highest marking of
 * what the chart shows.
 */
public final class ChartEditor extends EditorPart {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "mosaic.graph.ui.chartEditor";

    private static final double[] ZOOMS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3};
    /** Free space kept around a fitted chart, in screen pixels. */
    private static final int FIT_MARGIN = 24;

    private Chart chart;
    private ChartContext context;
    private ScrollingGraphicalViewer viewer;
    private DefaultEditDomain editDomain;
    private Banner banner;
    private Scale slider;
    private Label sliderDate;
    private LocalDate sliderStart;
    private ObjectDrop drop;
    private AutoCloseable subscription;
    private final List<IAction> selectionActions = new ArrayList<>();
    private IAction removeAction;

    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            stack().undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            stack().redo();
        }
    };

    private static CommandStack stack() {
        return Session.get().domain().getCommandStack();
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ObjectEditorInput objectInput)) {
            throw new PartInitException("not a Mosaic object: " + input);
        }
        Workspace workspace = Session.get().workspace();
        MosaicObject object = workspace == null ? null : workspace.get(objectInput.id()).orElse(null);
        if (!(object instanceof Chart opened)) {
            throw new PartInitException("chart " + objectInput.id() + " is not in the open workspace");
        }
        chart = opened;
        setSite(site);
        setInput(input);
        setPartName(Kinds.title(chart));
        setTitleToolTip(input.getToolTipText());
        setTitleImage(Icons.of(chart));
        context = new ChartContext(chart, () -> workspace.objects(Relation.class), Session.get().clearanceFilter(), workspace.rules());
        context.edit(Session.get().domain(), workspace, o -> Editors.open(getSite().getPage(), o));
        context.measureWith(task -> site.getShell().getDisplay().asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                task.run();
            }
        }), () -> chartPart().refreshAll());
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        subscription = Session.get().addListener(this::changed);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        banner = new Banner(parent);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout barLayout = new GridLayout(5, false);
        barLayout.marginHeight = 2;
        bar.setLayout(barLayout);
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.createControl(bar);
        new Label(bar, SWT.NONE).setText("  Date:");
        slider = new Scale(bar, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.setToolTipText("Show the network as it was on a day: relations valid then, events that had happened");
        sliderDate = new Label(bar, SWT.NONE);
        sliderDate.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        ((GridData) sliderDate.getLayoutData()).widthHint = 90;
        Button allTime = new Button(bar, SWT.PUSH);
        allTime.setText("All time");
        allTime.addListener(SWT.Selection, e -> setDate(null));
        slider.addListener(SWT.Selection, e -> {
            int value = slider.getSelection();
            sliderDate.setText(String.valueOf(sliderStart == null ? "" : sliderStart.plusDays(value)));
            slider.getDisplay().timerExec(200, () -> {
                if (!slider.isDisposed() && slider.getSelection() == value) {
                    slid();
                }
            });
        });

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        PaletteViewer palette = new PaletteViewer();
        palette.createControl(sash);
        viewer = new ScrollingGraphicalViewer();
        viewer.createControl(sash);
        sash.setWeights(new int[] {13, 87});
        viewer.getControl().setBackground(viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_WHITE));
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new PartFactory(context));
        editDomain = new DefaultEditDomain(this);
        editDomain.setCommandStack(new GefCommands.Stack(ChartEditor::stack));
        editDomain.addViewer(viewer);
        editDomain.setPaletteViewer(palette);
        editDomain.setPaletteRoot(palette());
        viewer.setContents(chart);
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOMS);
        zoom.addZoomListener(z -> chartPart().zoomed(z));
        drop = new ObjectDrop(viewer, context);
        viewer.addDropTargetListener(drop);
        getSite().setSelectionProvider(new ObjectSelection(viewer));
        viewer.addSelectionChangedListener(e -> selectionActions.forEach(a -> a.setEnabled(!selectedObjects().isEmpty())));
        viewer.addSelectionChangedListener(e -> removeAction.setEnabled(!viewer.getSelectedEditParts().isEmpty()));
        viewer.addSelectionChangedListener(e -> chartPart().emphasise(viewer.getSelectedEditParts()));
        fillToolBar(tools);
        tools.update(true);
        contextMenu();
        keys(viewer.getControl());
        showBannerAndSlider();
        parent.getDisplay().asyncExec(this::fitWhenShown);
    }

    private PaletteRoot palette() {
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

    private void fillToolBar(ToolBarManager tools) {
        ZoomManager zoom = zoomManager();
        tools.add(action("Zoom in (Ctrl+=)", ISharedImages.IMG_OBJ_ADD, zoom::zoomIn));
        tools.add(action("Zoom out (Ctrl+-)", ISharedImages.IMG_TOOL_BACK, zoom::zoomOut));
        tools.add(action("Fit the chart (Ctrl+0)", ISharedImages.IMG_TOOL_UP, this::fit));
        tools.add(new Separator());
        tools.add(dropDown("Layout", ISharedImages.IMG_OBJ_ELEMENT, layoutActions()));
        tools.add(dropDown("Style", ISharedImages.IMG_OBJ_FILE, styleActions()));
        tools.add(action("Find path between two selected nodes", ISharedImages.IMG_ETOOL_HOME_NAV, this::findPath));
        tools.add(new Separator());
        tools.add(action("Export PNG or SVG...", ISharedImages.IMG_ETOOL_SAVEAS_EDIT, this::exportDialog));
        tools.add(action("Print...", ISharedImages.IMG_ETOOL_PRINT_EDIT, this::print));
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
    private List<IAction> layoutActions() {
        List<IAction> items = new ArrayList<>();
        items.add(action("Automatic", null, () -> layout(null)));
        for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
            items.add(action(algorithm.label(), null, () -> layout(algorithm)));
        }
        return items;
    }

    /** The layout menu's items, as the toolbar's drop-down and the context menu list them. */
    public List<IAction> layoutMenu() {
        return layoutActions();
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
                execute(ChartCommands.set(context.domain(), chart, MosaicPackage.Literals.CHART__DASH_WEAK_EVIDENCE, !chart.isDashWeakEvidence()));
                setChecked(chart.isDashWeakEvidence());
            }
        };
        dash.setChecked(chart.isDashWeakEvidence());
        items.add(dash);
        return items;
    }

    private IAction style(String text, org.eclipse.emf.ecore.EStructuralFeature feature, String value) {
        return action(text, null, () -> setStyle(feature, value));
    }

    /** Sets a styling rule of the chart (sizeBy, colourBy), as a command. */
    public void setStyle(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        execute(ChartCommands.set(context.domain(), chart, feature, value));
    }

    private void contextMenu() {
        MenuManager menu = new MenuManager("#PopupMenu");
        IAction open = action("Open", null, () -> selectedObjects().forEach(context::open));
        IAction expand = action("Expand neighbours", null, this::expandSelection);
        IAction remove = action("Remove from chart", ISharedImages.IMG_TOOL_DELETE, this::removeSelection);
        removeAction = remove;
        IAction delete = action("Delete from workspace...", null, this::deleteSelectionFromModel);
        IAction pin = action("Pin or unpin (layouts leave pinned nodes in place)", null, this::togglePin);
        selectionActions.addAll(List.of(open, expand, delete, pin));
        menu.add(open);
        menu.add(expand);
        menu.add(action("Find path between the two selected", null, this::findPath));
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
        viewer.setContextMenu(menu);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), remove);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.PRINT.getId(), action("Print", null, this::print));
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(),
            action("Select All", null, () -> viewer.setSelection(new StructuredSelection(chartPart().getChildren()))));
    }

    private void keys(Control control) {
        control.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) == 0) {
                return;
            }
            if (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD) {
                zoomManager().zoomIn();
            } else if (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) {
                zoomManager().zoomOut();
            } else if (e.character == '0' || e.keyCode == SWT.KEYPAD_0) {
                fit();
            } else {
                return;
            }
            e.doit = false;
        });
    }

    // ------------------------------------------------------------------------------ behaviour

    private void execute(Command command) {
        if (command != null && command.canExecute()) {
            stack().execute(command);
        }
    }

    private void changed() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Workspace workspace = Session.get().workspace();
        if (chart.eResource() == null || workspace == null || workspace.get(chart.getId()).orElse(null) != chart) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        context.rebuild();
        chartPart().refreshAll();
        showBannerAndSlider();
        setPartName(Kinds.title(chart));
        updateUndoRedo();
        firePropertyChange(PROP_DIRTY);
    }

    private void updateUndoRedo() {
        CommandStack commands = Session.get().domain() == null ? null : stack();
        undo.setEnabled(commands != null && commands.canUndo());
        redo.setEnabled(commands != null && commands.canRedo());
        undo.setText(commands != null && commands.getUndoCommand() != null ? "Undo " + commands.getUndoCommand().getLabel() : "Undo");
        redo.setText(commands != null && commands.getRedoCommand() != null ? "Redo " + commands.getRedoCommand().getLabel() : "Redo");
        getEditorSite().getActionBars().updateActionBars();
    }

    private void showBannerAndSlider() {
        Marking highest = context.scene().highestMarking(context.rules());
        banner.show(highest, context.rules());
        LocalDate first = context.scene().earliest();
        LocalDate last = context.scene().latest();
        sliderStart = first;
        boolean dated = first != null && last != null && last.isAfter(first);
        slider.setEnabled(dated);
        if (dated) {
            int days = (int) ChronoUnit.DAYS.between(first, last);
            slider.setMinimum(0);
            slider.setMaximum(days);
            slider.setPageIncrement(Math.max(1, days / 12));
            LocalDate at = chart.getAt();
            slider.setSelection(at == null ? days : (int) Math.max(0, Math.min(days, ChronoUnit.DAYS.between(first, at))));
        }
        sliderDate.setText(chart.getAt() == null ? "all time" : chart.getAt().toString());
        banner.getParent().layout(true, true);
    }

    private void slid() {
        if (sliderStart != null) {
            setDate(sliderStart.plusDays(slider.getSelection()));
        }
    }

    /** Shows the network as on a day (null: all of time), as a command. */
    public void setDate(LocalDate at) {
        if (!java.util.Objects.equals(at, chart.getAt())) {
            execute(ChartCommands.setDate(context.domain(), chart, at));
        }
    }

    /** Moves the time slider to a day, as the analyst does, and lets it set the chart's date. */
    public void slideTo(LocalDate day) {
        if (sliderStart == null) {
            return;
        }
        slider.setSelection((int) ChronoUnit.DAYS.between(sliderStart, day));
        slider.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        slid();
    }

    /**
     * Zooms so that every node and note fits the canvas with a margin (never above 100%, down to
     * the least zoom) and scrolls the chart to the middle of it.
     */
    public void fit() {
        chartPart().fit(zoomManager(), FIT_MARGIN);
        // the canvas shows or hides its scroll bars once the new extent is known: centre again in what is left
        viewer.getControl().getDisplay().readAndDispatch();
        chartPart().fit(zoomManager(), FIT_MARGIN);
    }

    /** Fits once the canvas has a size: at once if it has one, else when it is first laid out. */
    private void fitWhenShown() {
        Control canvas = viewer.getControl();
        if (canvas.isDisposed()) {
            return;
        }
        if (canvas.getSize().x > 2 * FIT_MARGIN && canvas.getSize().y > 2 * FIT_MARGIN) {
            fit();
            return;
        }
        canvas.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                if (canvas.getSize().x > 2 * FIT_MARGIN && canvas.getSize().y > 2 * FIT_MARGIN) {
                    canvas.removeListener(SWT.Resize, this);
                    canvas.getDisplay().asyncExec(() -> {
                        if (!canvas.isDisposed()) {
                            fit();
                        }
                    });
                }
            }
        });
    }

    public ZoomManager zoomManager() {
        return ((ScalableFreeformRootEditPart) viewer.getRootEditPart()).getZoomManager();
    }

    private List<NodePart> selectedNodes() {
        List<NodePart> nodes = new ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
            if (part instanceof NodePart node) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private List<MosaicObject> selectedObjects() {
        List<MosaicObject> objects = new ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
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
            expand(node.node());
        }
    }

    /** Adds the objects related to a node, as a command. */
    public void expand(ChartNode node) {
        Workspace workspace = Session.get().workspace();
        execute(ChartCommands.expand(context.domain(), chart, node, workspace.objects(Relation.class), workspace.objects(Event.class)));
    }

    private void removeSelection() {
        List<ChartNode> nodes = selectedNodes().stream().map(NodePart::node).toList();
        List<Relation> relations = new ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
            if (part instanceof LinkPart link && link.getModel() instanceof Relation relation) {
                relations.add(relation);
            }
        }
        List<mosaic.model.ChartNote> notes = new ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
            if (part instanceof NotePart note) {
                notes.add(note.note());
            }
        }
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Remove from chart");
        if (!notes.isEmpty()) {
            command.append(ChartCommands.removeNotes(context.domain(), chart, notes));
        }
        if (!nodes.isEmpty()) {
            command.append(ChartCommands.removeNodes(context.domain(), chart, nodes));
        }
        if (!relations.isEmpty()) {
            command.append(ChartCommands.hide(context.domain(), chart, relations));
        }
        if (!command.isEmpty()) {
            execute(command);
        }
    }

    private void togglePin() {
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand("Pin");
        for (NodePart node : selectedNodes()) {
            command.append(org.eclipse.emf.edit.command.SetCommand.create(context.domain(), node.node(),
                MosaicPackage.Literals.CHART_NODE__PINNED, !node.node().isPinned()));
        }
        if (!command.isEmpty()) {
            execute(command);
        }
    }

    private void deleteSelectionFromModel() {
        deleteFromModel(selectedObjects());
    }

    /**
     * Deletes objects from the workspace (and their nodes from this chart) after asking, as one
     * undoable command; refused, with the reasons, while anything other than this chart refers
     * to them.
     *
     * @return whether they were deleted
     */
    public boolean deleteFromModel(List<MosaicObject> objects) {
        Workspace workspace = Session.get().workspace();
        if (objects.isEmpty()) {
            return false;
        }
        // relations drawn to deleted objects would dangle: they go too
        DeleteOperation delete = new DeleteOperation(workspace, objects, true, List.of(chart));
        if (!delete.blockers().isEmpty()) {
            mosaic.ui.Prompter.get().error("Cannot delete", delete.refusal());
            return false;
        }
        String question = delete.question();
        if (!mosaic.ui.Prompter.get().confirm("Delete", question)) {
            return false;
        }
        execute(ChartCommands.deleteFromModel(context.domain(), chart, delete));
        return true;
    }

    /** Highlights a shortest path between the two selected nodes. */
    public List<Object> findPath() {
        List<NodePart> nodes = selectedNodes();
        if (nodes.size() != 2) {
            MessageDialog.openInformation(getSite().getShell(), "Find path", "Select two nodes to find a path between them.");
            return List.of();
        }
        return highlightPath(nodes.get(0).node(), nodes.get(1).node());
    }

    /** Highlights a shortest path between two nodes; returns its objects and lines (empty if none). */
    public List<Object> highlightPath(ChartNode from, ChartNode to) {
        List<Object> path = context.metrics().path(context.scene(), from, to);
        context.highlight(path);
        chartPart().refreshAll();
        if (path.isEmpty()) {
            setContentDescription("No path between " + Kinds.title(from.getObject()) + " and " + Kinds.title(to.getObject()));
        } else {
            setContentDescription("");
        }
        return path;
    }

    /**
     * Lays the chart out in a job with progress and cancellation, and applies the result as one
     * command that also records the layout in {@code chart.layout}; pinned nodes stay. Then fits.
     *
     * @param algorithm the layout, or null for the one that suits the chart's size
     *        ({@link LayoutAlgorithm#forSize})
     * @return the job, already scheduled
     */
    public Job layout(LayoutAlgorithm algorithm) {
        ModelGraph graph = context.metrics().graph(context.scene());
        int n = graph.graph().nodeCount();
        LayoutAlgorithm chosen = algorithm != null ? algorithm : LayoutAlgorithm.forSize(n, graph.graph().edgeCount());
        List<ChartNode> nodes = new ArrayList<>(n);
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] pinned = new boolean[n];
        for (int i = 0; i < n; i++) {
            ChartNode node = context.scene().nodeOf(graph.object(i));
            nodes.add(node);
            x[i] = node.getX();
            y[i] = node.getY();
            pinned[i] = node.isPinned();
        }
        LayoutOptions options = LayoutOptions.builder().initial(new Positions(x, y)).pinned(pinned).build();
        org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
        Job job = new Job(chosen.label() + " layout of " + Kinds.title(chart)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Positions placed;
                try {
                    placed = Layouts.layout(graph.graph(), chosen, options, Monitors.progress(monitor));
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        execute(ChartCommands.place(context.domain(), nodes, placed.x(), placed.y(), chosen.id()));
                        fit();
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

    private void exportDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG picture", "SVG drawing"});
        dialog.setFileName(Kinds.title(chart).replaceAll("[^A-Za-z0-9 _-]", "") + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if (chosen.toLowerCase().endsWith(".svg")) {
                exportSvg(Path.of(chosen));
            } else {
                exportPng(Path.of(chosen));
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export failed", e.getMessage());
        }
    }

    /** Writes the whole chart as PNG at full size; returns its size in pixels. */
    public org.eclipse.swt.graphics.Point exportPng(Path file) throws IOException {
        viewer.flush();
        return ChartExport.png((ScalableFreeformRootEditPart) viewer.getRootEditPart(), context, file);
    }

    /** Writes the whole chart as SVG. */
    public void exportSvg(Path file) throws IOException {
        viewer.flush();
        ChartExport.svg(chartPart(), file);
    }

    private void print() {
        PrintDialog dialog = new PrintDialog(getSite().getShell(), SWT.NONE);
        PrinterData data = dialog.open();
        if (data == null) {
            return;
        }
        Printer printer = new Printer(data);
        try {
            PrintFigureOperation operation = new PrintFigureOperation(printer,
                ((ScalableFreeformRootEditPart) viewer.getRootEditPart()).getLayer(LayerConstants.PRINTABLE_LAYERS));
            operation.setPrintMode(PrintFigureOperation.FIT_PAGE);
            operation.run(Kinds.title(chart));
        } finally {
            printer.dispose();
        }
    }

    // ------------------------------------------------------------------------------ editor part

    @Override
    public boolean isDirty() {
        Workspace workspace = Session.get().workspace();
        return workspace != null && !dirtyObjects(workspace).isEmpty();
    }

    /** The chart and the objects it shows that have unsaved changes: Save writes them all. */
    private List<MosaicObject> dirtyObjects(Workspace workspace) {
        Set<MosaicObject> candidates = new LinkedHashSet<>();
        candidates.add(chart);
        context.scene().nodes().forEach(n -> candidates.add(n.getObject()));
        context.scene().links().forEach(l -> {
            if (l instanceof Relation relation) {
                candidates.add(relation);
            }
        });
        return candidates.stream().filter(o -> o.eResource() != null && workspace.isDirty(o)).toList();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Workspace workspace = Session.get().workspace();
        try {
            for (MosaicObject object : dirtyObjects(workspace)) {
                workspace.save(object);
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
            return;
        }
        firePropertyChange(PROP_DIRTY);
        Session.get().fire();
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
        updateUndoRedo();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && viewer != null) {
            return type.cast(new ChartOutline((ScalableFreeformRootEditPart) viewer.getRootEditPart()));
        }
        if (type == GraphicalViewer.class) {
            return type.cast(viewer);
        }
        if (type == ZoomManager.class && viewer != null) {
            return type.cast(zoomManager());
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            // nothing to release
        }
        super.dispose();
    }

    // ------------------------------------------------------------------------------ for tests and scripts

    public Chart chart() {
        return chart;
    }

    public GraphicalViewer viewer() {
        return viewer;
    }

    public ChartPart chartPart() {
        return (ChartPart) viewer.getContents();
    }

    /** The drop target of the canvas, as the navigator's drag reaches it. */
    public ObjectDrop dropTarget() {
        return drop;
    }

    /** What the banner says. */
    public String bannerText() {
        return banner.text();
    }

    /** The background of the banner (the highest level's colour). */
    public org.eclipse.swt.graphics.Color bannerColour() {
        return banner.getBackground();
    }

    /** The edit part of a shown object, or null. */
    public EditPart partOf(MosaicObject object) {
        ChartNode node = context.scene().nodeOf(object);
        return node == null ? (EditPart) viewer.getEditPartRegistry().get(object) : chartPart().partOf(node);
    }

    /** The palette's tools and the edit domain (for tests that drive tools). */
    public DefaultEditDomain editDomain() {
        return editDomain;
    }

    /** The Properties and Outline views see the selected nodes' and lines' objects. */
    private final class ObjectSelection implements ISelectionProvider {
        private final GraphicalViewer viewer;
        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        ObjectSelection(GraphicalViewer viewer) {
            this.viewer = viewer;
            viewer.addSelectionChangedListener(e -> {
                SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
                listeners.forEach(l -> l.selectionChanged(event));
            });
        }

        @Override
        public ISelection getSelection() {
            List<Object> objects = new ArrayList<>();
            for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
                if (part instanceof NodePart node) {
                    objects.add(node.object());
                } else if (part instanceof LinkPart link) {
                    objects.add(link.object());
                }
            }
            return new StructuredSelection(objects);
        }

        @Override
        public void setSelection(ISelection selection) {
            List<Object> parts = new ArrayList<>();
            if (selection instanceof IStructuredSelection structured) {
                for (Object element : structured.toList()) {
                    Object part = element instanceof MosaicObject object ? partOf(object) : null;
                    if (part != null) {
                        parts.add(part);
                    }
                }
            }
            viewer.setSelection(new StructuredSelection(parts));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }
}
