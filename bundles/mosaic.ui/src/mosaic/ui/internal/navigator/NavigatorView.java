package mosaic.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.internal.editors.ObjectEditor;
import mosaic.ui.markings.MarkingStyle;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The workspace navigator: objects grouped by kind with counts, an icon per kind and actor
 * type, a colour badge for the marking, a filter that matches names and aliases as you type,
 * sorted by name. The tree is virtual and lazy, so a 50,000-object workspace opens at once.
 */
public final class NavigatorView extends ViewPart {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private TreeViewer viewer;
    private Text filter;
    private NavigatorModel model = new NavigatorModel(null, o -> true);
    private String shownClearance;
    private AutoCloseable subscription;
    private Workspace shown;
    private int shownSize;
    private boolean linking = true;
    private String query = "";
    private IPartListener2 editorLink;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);

        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by name or alias");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> {
            String typed = filter.getText();
            // debounce typing: filter when the analyst pauses
            filter.getDisplay().timerExec(120, () -> {
                if (!filter.isDisposed() && filter.getText().equals(typed)) {
                    setFilter(typed);
                }
            });
        });

        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new LazyContent());
        TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText("Name");
        name.getColumn().setWidth(230);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof NavigatorModel.KindNode node) {
                    return node.label(!query.isEmpty());
                }
                MosaicObject object = (MosaicObject) element;
                String alias = model.matchedAlias(object, query);
                return alias == null ? Kinds.title(object) : Kinds.title(object) + "  (" + alias + ")";
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof NavigatorModel.KindNode node ? Icons.ofKind(node.kind) : Icons.of(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof MosaicObject object && shown != null
                    ? MarkingStyle.text(object.getMarking(), shown.rules()) : null;
            }
        });
        TreeViewerColumn marking = new TreeViewerColumn(viewer, SWT.LEFT);
        marking.getColumn().setText("Marking");
        marking.getColumn().setWidth(44);
        marking.getColumn().setToolTipText("Classification marking");
        marking.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getToolTipText(Object element) {
                return element instanceof MosaicObject object && shown != null ? MarkingStyle.text(object.getMarking(), shown.rules()) : null;
            }

            @Override
            public String getText(Object element) {
                if (element instanceof MosaicObject object && object.getMarking() != null && shown != null) {
                    String label = shown.rules().classification(object.getMarking().getClassification())
                        .map(l -> l.getLabel()).orElse(object.getMarking().getClassification());
                    StringBuilder initials = new StringBuilder();
                    for (String word : label.split("[ _]+")) {
                        if (!word.isEmpty()) {
                            initials.append(word.charAt(0));
                        }
                    }
                    return initials.toString();
                }
                return "";
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof MosaicObject object && object.getMarking() != null && shown != null
                    ? MarkingStyle.background(object.getMarking().getClassification(), shown.rules()) : null;
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof MosaicObject ? MarkingStyle.foreground() : null;
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
        addDragSupport();
        addActions();
        addContextMenu();
        subscription = session.addListener(() -> {
            if (!viewer.getControl().isDisposed() && (session.workspace() != shown
                || (shown != null && shown.size() != shownSize)
                || !java.util.Objects.equals(shownClearance, mosaic.ui.internal.preferences.AnalystPreferences.clearance()))) {
                rebuild();
            } else if (!viewer.getControl().isDisposed()) {
                viewer.refresh(true);
            }
        });
        rebuild();
        editorLink = new IPartListener2() {
            @Override
            public void partActivated(IWorkbenchPartReference ref) {
                if (linking && ref.getPart(false) instanceof ObjectEditor editor && editor.object() != null) {
                    reveal(editor.object());
                }
            }
        };
        getSite().getPage().addPartListener(editorLink);
    }

    private void rebuild() {
        Workspace workspace = session.workspace();
        shown = workspace;
        shownSize = workspace == null ? 0 : workspace.size();
        shownClearance = mosaic.ui.internal.preferences.AnalystPreferences.clearance();
        model = new NavigatorModel(workspace, session.clearanceFilter());
        model.filter(query);
        if (workspace == null) {
            String problem = session.problem();
            setContentDescription(problem != null ? problem : "Opening the workspace ...");
        } else {
            setPartName("Workspace: " + workspace.name());
            setContentDescription(workspace.size() - model.hidden() + " objects"
                + (model.hidden() == 0 ? "" : " (" + model.hidden() + " above your clearance not shown)")
                + (workspace.loadProblems().isEmpty() ? "" : ", " + workspace.loadProblems().size() + " problems (see mosaic validate)"));
        }
        viewer.setInput(model);
        viewer.getTree().setItemCount(model.nodes().size());
        viewer.refresh();
    }

    /** Filters to the objects whose name or an alias matches; expands the kinds that match. */
    public void setFilter(String text) {
        query = text == null ? "" : text.trim();
        if (!filter.isDisposed() && !filter.getText().trim().equals(query)) {
            filter.setText(query);
        }
        model.filter(query);
        viewer.getTree().setRedraw(false);
        try {
            viewer.refresh();
            if (!query.isEmpty()) {
                for (NavigatorModel.KindNode node : model.nodes()) {
                    if (!node.visible.isEmpty() && node.visible.size() <= 200) {
                        viewer.expandToLevel(node, 1);
                    }
                }
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    /** Selects and shows an object. */
    public void reveal(MosaicObject object) {
        NavigatorModel.KindNode node = model.nodeOf(object);
        if (node == null) {
            return;
        }
        viewer.expandToLevel(node, 1);
        viewer.setSelection(new TreeSelection(new TreePath(new Object[] {node, object})), true);
    }

    private void open(IStructuredSelection selection) {
        for (Object element : selection.toList()) {
            if (element instanceof MosaicObject object) {
                Editors.open(getSite().getPage(), object);
            } else if (element instanceof NavigatorModel.KindNode node) {
                viewer.setExpandedState(node, !viewer.getExpandedState(node));
            }
        }
    }

    private void addDragSupport() {
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_LINK, new Transfer[] {LocalSelectionTransfer.getTransfer(), TextTransfer.getInstance()},
            new DragSourceAdapter() {
                @Override
                public void dragStart(DragSourceEvent event) {
                    IStructuredSelection selection = viewer.getStructuredSelection();
                    event.doit = selection.toList().stream().anyMatch(MosaicObject.class::isInstance);
                    LocalSelectionTransfer.getTransfer().setSelection(selection);
                }

                @Override
                public void dragSetData(DragSourceEvent event) {
                    if (TextTransfer.getInstance().isSupportedType(event.dataType)) {
                        List<String> lines = new ArrayList<>();
                        for (Object o : viewer.getStructuredSelection().toList()) {
                            if (o instanceof MosaicObject object) {
                                lines.add(Kinds.name(object.eClass()) + "/" + object.getId() + "\t" + Kinds.title(object));
                            }
                        }
                        event.data = String.join("\n", lines);
                    } else {
                        event.data = viewer.getStructuredSelection();
                    }
                }
            });
    }

    private void addActions() {
        Action link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                linking = isChecked();
                IEditorPart editor = getSite().getPage().getActiveEditor();
                if (linking && editor instanceof ObjectEditor objectEditor && objectEditor.object() != null) {
                    reveal(objectEditor.object());
                }
            }
        };
        link.setChecked(true);
        link.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        Action collapse = new Action("Collapse All") {
            @Override
            public void run() {
                viewer.collapseAll();
            }
        };
        collapse.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL));
        getViewSite().getActionBars().getToolBarManager().add(collapse);
        getViewSite().getActionBars().getToolBarManager().add(link);
    }

    /** Deletes the selected objects after the reference check (Edit > Delete, the Delete key). */
    public List<MosaicObject> deleteSelection() {
        List<MosaicObject> selected = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection().toList()) {
            if (o instanceof MosaicObject object) {
                selected.add(object);
            }
        }
        try {
            return Deleting.delete(getSite().getShell(), selected);
        } catch (java.io.IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Delete failed", e.getMessage());
            return List.of();
        }
    }

    /** Opens the new-object wizard, for the kind selected (or Actor). */
    public NewObjectWizard newObject(boolean open) {
        Object first = viewer.getStructuredSelection().getFirstElement();
        org.eclipse.emf.ecore.EClass kind = first instanceof NavigatorModel.KindNode node ? node.kind
            : first instanceof MosaicObject object ? object.eClass() : mosaic.model.MosaicPackage.Literals.ACTOR;
        NewObjectWizard wizard = new NewObjectWizard(getSite().getPage(), kind);
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(getSite().getShell(), wizard);
        if (open) {
            dialog.open();
        } else {
            dialog.create();
        }
        return wizard;
    }

    private void addContextMenu() {
        Action delete = new Action("Delete") {
            @Override
            public void run() {
                deleteSelection();
            }
        };
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId(), delete);
        Action create = new Action("New Object...") {
            @Override
            public void run() {
                newObject(true);
            }
        };
        create.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
        getViewSite().getActionBars().getToolBarManager().add(create);
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Action("Open") {
            @Override
            public void run() {
                open(viewer.getStructuredSelection());
            }
        });
        menu.add(create);
        menu.add(delete);
        menu.add(new Separator("additions"));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (editorLink != null) {
            getSite().getPage().removePartListener(editorLink);
        }
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            // nothing to release
        }
        super.dispose();
    }

    // ---------------------------------------------------------------- for tests

    /** Kind labels as shown, e.g. "Actors (65)". */
    public List<String> kindLabels() {
        return model.nodes().stream().map(n -> n.label(!query.isEmpty())).toList();
    }

    /** The objects a kind shows under the current filter. */
    public List<MosaicObject> visible(org.eclipse.emf.ecore.EClass kind) {
        return model.nodes().stream().filter(n -> n.kind == kind).findFirst().map(n -> n.visible).orElse(List.of());
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public void select(MosaicObject object) {
        reveal(object);
    }

    /** Lazy content: the tree asks only for the rows it paints. */
    private final class LazyContent implements ILazyTreeContentProvider {
        @Override
        public void updateElement(Object parent, int index) {
            if (parent instanceof NavigatorModel) {
                if (index < model.nodes().size()) {
                    NavigatorModel.KindNode node = model.nodes().get(index);
                    viewer.replace(parent, index, node);
                    viewer.setChildCount(node, node.visible.size());
                }
            } else if (parent instanceof NavigatorModel.KindNode node && index < node.visible.size()) {
                MosaicObject object = node.visible.get(index);
                viewer.replace(parent, index, object);
                viewer.setChildCount(object, 0);
            }
        }

        @Override
        public void updateChildCount(Object element, int currentChildCount) {
            int count = element instanceof NavigatorModel m ? m.nodes().size()
                : element instanceof NavigatorModel.KindNode node ? node.visible.size() : 0;
            if (count != currentChildCount) {
                viewer.setChildCount(element, count);
            }
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof MosaicObject object) {
                return model.nodeOf(object);
            }
            return element instanceof NavigatorModel.KindNode ? model : null;
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        }
    }
}
