package mosaic.graph.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import mosaic.core.workspace.Workspace;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.ui.internal.ChartCommands;
import mosaic.graph.ui.internal.ChartContext;
import mosaic.graph.ui.internal.ChartOutline;
import mosaic.graph.ui.internal.ChartPart;
import mosaic.graph.ui.internal.GefCommands;
import mosaic.graph.ui.internal.NodePart;
import mosaic.graph.ui.internal.ObjectDrop;
import mosaic.graph.ui.internal.PartFactory;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.Event;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.kinds.Kinds;
import mosaic.ops.DeleteOperation;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.internal.editors.ObjectEditorInput;
import mosaic.ui.internal.navigator.Icons;
import mosaic.ui.markings.Banner;
import mosaic.ui.session.Sessions;

/**
 * The link-analysis chart editor: the chart's objects as nodes and their relations as lines on a
 * zoomable canvas (GEF), with a palette to create actors, events and relations, drop from the
 * navigator, a time slider, layouts, conditional styling, path finding, export and print. Every
 * change is a command on the session's shared stack; the banner shows the highest marking of
 * what the chart shows.
 *
 * <p>What the palette, toolbar, context menu and keys do is {@link ChartActions}; export and
 * print are {@link ChartOutput}; the selection the other views see is {@link ObjectSelection}.</p>
 */
public final class ChartEditor extends EditorPart {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "mosaic.graph.ui.chartEditor";

    private static final double[] ZOOMS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3};
    /** Free space kept around a fitted chart, in screen pixels. */
    private static final int FIT_MARGIN = 24;

    Chart chart;
    ChartContext context;
    ScrollingGraphicalViewer viewer;
    private DefaultEditDomain editDomain;
    private Banner banner;
    private Scale slider;
    private Label sliderDate;
    private LocalDate sliderStart;
    private ObjectDrop drop;
    private AutoCloseable subscription;
    private final ChartActions actions = new ChartActions(this);
    final ChartOutput output = new ChartOutput(this);

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
        return Sessions.current().domain().getCommandStack();
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ObjectEditorInput objectInput)) {
            throw new PartInitException("not a Mosaic object: " + input);
        }
        Workspace workspace = Sessions.current().workspace();
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
        context = new ChartContext(chart, () -> workspace.objects(Relation.class), Sessions.current().clearanceFilter(), workspace.rules());
        context.edit(Sessions.current().domain(), workspace, o -> Editors.open(getSite().getPage(), o));
        context.measureWith(task -> site.getShell().getDisplay().asyncExec(() -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                task.run();
            }
        }), () -> chartPart().refreshAll());
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        subscription = Sessions.current().addListener(this::changed);
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
        editDomain.setPaletteRoot(actions.palette());
        viewer.setContents(chart);
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOMS);
        zoom.addZoomListener(z -> chartPart().zoomed(z));
        drop = new ObjectDrop(viewer, context);
        viewer.addDropTargetListener(drop);
        getSite().setSelectionProvider(new ObjectSelection(this, viewer));
        viewer.addSelectionChangedListener(e -> actions.selectionChanged());
        viewer.addSelectionChangedListener(e -> chartPart().emphasise(viewer.getSelectedEditParts()));
        actions.fillToolBar(tools);
        tools.update(true);
        actions.contextMenu();
        actions.keys(viewer.getControl());
        showBannerAndSlider();
        parent.getDisplay().asyncExec(this::fitWhenShown);
    }

    /** The layout menu's items, as the toolbar's drop-down and the context menu list them. */
    public List<IAction> layoutMenu() {
        return actions.layoutActions();
    }

    /** Sets a styling rule of the chart (sizeBy, colourBy), as a command. */
    public void setStyle(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        execute(ChartCommands.set(context.domain(), chart, feature, value));
    }

    // ------------------------------------------------------------------------------ behaviour

    void execute(Command command) {
        if (command != null && command.canExecute()) {
            stack().execute(command);
        }
    }

    private void changed() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Workspace workspace = Sessions.current().workspace();
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
        CommandStack commands = Sessions.current().domain() == null ? null : stack();
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

    /** Adds the objects related to a node, as a command. */
    public void expand(ChartNode node) {
        Workspace workspace = Sessions.current().workspace();
        execute(ChartCommands.expand(context.domain(), chart, node, workspace.objects(Relation.class), workspace.objects(Event.class)));
    }


    /**
     * Deletes objects from the workspace (and their nodes from this chart) after asking, as one
     * undoable command; refused, with the reasons, while anything other than this chart refers
     * to them.
     *
     * @return whether they were deleted
     */
    public boolean deleteFromModel(List<MosaicObject> objects) {
        Workspace workspace = Sessions.current().workspace();
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
        List<NodePart> nodes = actions.selectedNodes();
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
        return actions.layout(algorithm);
    }

    /** Writes the whole chart as PNG at full size; returns its size in pixels. */
    public org.eclipse.swt.graphics.Point exportPng(Path file) throws IOException {
        return output.exportPng(file);
    }

    /** Writes the whole chart as SVG. */
    public void exportSvg(Path file) throws IOException {
        output.exportSvg(file);
    }

    // ------------------------------------------------------------------------------ editor part

    @Override
    public boolean isDirty() {
        Workspace workspace = Sessions.current().workspace();
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
        Workspace workspace = Sessions.current().workspace();
        try {
            for (MosaicObject object : dirtyObjects(workspace)) {
                workspace.save(object);
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
            return;
        }
        firePropertyChange(PROP_DIRTY);
        Sessions.current().fire();
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

}
