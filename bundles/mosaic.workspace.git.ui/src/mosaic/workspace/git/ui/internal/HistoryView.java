package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import mosaic.model.MosaicObject;
import mosaic.workspace.git.History;

/**
 * The versions of the object selected in the navigator or an editor, or open in the active editor
 * when nothing is selected: commit, author, component,
 * date, message and fields changed. Selecting two versions compares them field by field (one
 * version: against the workspace now); "Restore this version" writes the selected version back as
 * a new commit.
 */
public final class HistoryView extends ViewPart {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** One row of the comparison. */
    public record FieldRow(String field, String older, String newer) {
    }

    private TableViewer versions;
    private TableViewer comparison;
    private Action restore;
    private String objectId;
    private String title;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor) {
                followEditor(editor);
            }
        }
    };
    private AutoCloseable gitSubscription;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        versions = table(sash, SWT.MULTI);
        column(versions, "Commit", 80, (History.Entry e) -> e.commit().substring(0, 8));
        column(versions, "Author", 120, History.Entry::author);
        column(versions, "Component", 80, History.Entry::component);
        column(versions, "Date", 120, (History.Entry e) -> DATE.format(e.when()));
        column(versions, "Message", 260, History.Entry::summary);
        column(versions, "Fields changed", 240, this::fieldsChanged);
        comparison = table(sash, SWT.SINGLE);
        column(comparison, "Field", 160, FieldRow::field);
        column(comparison, "Older", 260, FieldRow::older);
        column(comparison, "Newer", 260, FieldRow::newer);
        sash.setWeights(3, 2);
        versions.addSelectionChangedListener(e -> compareSelected());

        restore = new Action("Restore this version") {
            @Override
            public void run() {
                List<History.Entry> chosen = selectedVersions();
                if (chosen.size() == 1) {
                    restore(chosen.get(0));
                }
            }
        };
        restore.setToolTipText("Write the selected version of the object back into the workspace, as a new commit");
        restore.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(restore);

        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addPartListener(editorListener);
        gitSubscription = Versioning.addListener(this::refresh);
        setContentDescription("Select an object or open it in an editor to see its versions.");
        ISelection current = getSite().getPage().getSelection();
        if (current != null) {
            selectionChanged(null, current);
        }
        if (objectId == null && getSite().getPage().getActiveEditor() != null) {
            followEditor(getSite().getPage().getActiveEditor());
        }
    }

    private static TableViewer table(Composite parent, int style) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | style);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String name, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                return String.valueOf(text.apply((T) element));
            }
        });
    }

    private String fieldsChanged(History.Entry entry) {
        List<String> names = new ArrayList<>();
        for (History.ObjectChange change : entry.changes()) {
            if (change.fields() == null || change.fields().isEmpty()) {
                names.add(change.type().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                names.addAll(change.fields().keySet());
            }
        }
        return String.join(", ", names);
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this) {
            return;
        }
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof MosaicObject object) {
            show(object);
        } else if (part instanceof IEditorPart editor) {
            followEditor(editor); // nothing selected in the editor: its object
        }
    }

    /** Shows the history of the object open in {@code editor}, when it edits one and nothing in it is selected. */
    private void followEditor(IEditorPart editor) {
        ISelection selection = editor.getSite().getSelectionProvider() == null ? null : editor.getSite().getSelectionProvider().getSelection();
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof MosaicObject) {
            return; // the selection listener shows the selected object
        }
        MosaicObject object = Adapters.adapt(editor, MosaicObject.class);
        if (object != null && !object.getId().equals(objectId)) {
            show(object);
        }
    }

    /** Shows the versions of {@code object}. */
    public void show(MosaicObject object) {
        objectId = object.getId();
        var nameFeature = object.eClass().getEStructuralFeature("name");
        title = nameFeature != null && object.eGet(nameFeature) instanceof String name && !name.isBlank() ? name : objectId;
        refresh();
    }

    /** Reads the object's versions again, in a job. */
    public void refresh() {
        Path root = Versioning.root();
        if (objectId == null || root == null) {
            return;
        }
        if (!Versioning.versioned(root)) {
            setContentDescription(root + " is not versioned yet: commit or sync it first.");
            return;
        }
        String id = objectId;
        Job job = Versioning.read("Reading the history of " + title, root, (repository, monitor) -> new History(repository).log(null, id, true), entries -> {
            if (versions.getTable().isDisposed() || !id.equals(objectId)) {
                return;
            }
            versions.setInput(entries);
            comparison.setInput(List.of());
            setContentDescription(title + ": " + entries.size() + " version" + (entries.size() == 1 ? "" : "s")
                + ". Select two to compare them, one to compare it with now.");
            restore.setEnabled(false);
        });
        job.schedule();
    }

    /** The versions shown, newest first. */
    @SuppressWarnings("unchecked")
    public List<History.Entry> rows() {
        Object input = versions.getInput();
        return input == null ? List.of() : (List<History.Entry>) input;
    }

    /** The comparison shown. */
    @SuppressWarnings("unchecked")
    public List<FieldRow> comparisonRows() {
        Object input = comparison.getInput();
        return input == null ? List.of() : (List<FieldRow>) input;
    }

    /** The comparison table (for tests). */
    public TableViewer comparison() {
        return comparison;
    }

    /** The versions table (for tests). */
    public TableViewer versions() {
        return versions;
    }

    private List<History.Entry> selectedVersions() {
        List<History.Entry> chosen = new ArrayList<>();
        for (Object element : versions.getStructuredSelection().toList()) {
            chosen.add((History.Entry) element);
        }
        return chosen;
    }

    private void compareSelected() {
        List<History.Entry> chosen = selectedVersions();
        restore.setEnabled(chosen.size() == 1);
        Path root = Versioning.root();
        if (chosen.isEmpty() || chosen.size() > 2 || root == null) {
            comparison.setInput(List.of());
            return;
        }
        // rows are newest first: the later row is the older version
        String older = chosen.get(chosen.size() - 1).commit();
        String newer = chosen.size() == 2 ? chosen.get(0).commit() : null;
        String id = objectId;
        Job job = Versioning.read("Comparing versions of " + title, root, (repository, monitor) -> new History(repository).compare(id, older, newer),
            (Map<String, String[]> fields) -> {
                if (comparison.getTable().isDisposed()) {
                    return;
                }
                List<FieldRow> rows = new ArrayList<>();
                fields.forEach((field, values) -> rows.add(new FieldRow(field, values[0], values[1])));
                comparison.setInput(rows);
            });
        job.schedule();
    }

    /** Restores {@code version} of the shown object as a new commit, in a job, then reloads the workspace. */
    public Job restore(History.Entry version) {
        Path root = Versioning.root();
        if (root == null || objectId == null) {
            return null;
        }
        String id = objectId;
        Job job = Versioning.change("Restoring " + title + " as of " + version.commit().substring(0, 8), root,
            (repository, monitor) -> new History(repository).restore(id, version.commit(), Versioning.identity()), commit -> {
                if (commit.isEmpty()) {
                    MessageDialog.openInformation(getSite().getShell(), "Restore", title + " already is as in that version.");
                } else {
                    Versioning.reload(root);
                }
            });
        job.setUser(true);
        job.schedule();
        return job;
    }

    @Override
    public void setFocus() {
        versions.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removePartListener(editorListener);
        Versioning.close(gitSubscription);
        super.dispose();
    }
}
