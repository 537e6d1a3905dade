package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import mosaic.ui.Columns;
import mosaic.ui.session.Sessions;
import mosaic.workspace.git.Conflict;

/**
 * The open merge conflicts of the workspace, one row each: object, field, base, mine, theirs and
 * the side the merge kept. "Keep mine", "Take theirs" and "Enter value..." resolve the selected
 * row as a job, commit the outcome, and reload the workspace.
 */
public final class ConflictsView extends ViewPart {

    private TableViewer viewer;
    private AutoCloseable sessionSubscription;
    private AutoCloseable gitSubscription;
    private Action keepMine;
    private Action takeTheirs;
    private Action enterValue;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Object", 200, c -> c.title() + " (" + c.path() + ")");
        column("Field", 130, Conflict::field);
        column("Base", 160, Conflict::base);
        column("Mine", 160, Conflict::mine);
        column("Theirs", 160, Conflict::theirs);
        column("Kept", 60, c -> c.kept().word());

        keepMine = action("Keep mine", "Keep this workspace's value", () -> resolve(selected(), "mine"));
        takeTheirs = action("Take theirs", "Take the remote's value", () -> resolve(selected(), "theirs"));
        enterValue = action("Enter value...", "Resolve with a value of your own", this::askValue);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(keepMine);
        toolbar.add(takeTheirs);
        toolbar.add(enterValue);
        MenuManager menu = new MenuManager();
        menu.add(keepMine);
        menu.add(takeTheirs);
        menu.add(enterValue);
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        viewer.addSelectionChangedListener(e -> enable());
        getSite().setSelectionProvider(viewer);
        enable();

        sessionSubscription = Sessions.current().addListener(this::refresh);
        gitSubscription = Versioning.addListener(this::refresh);
        refresh();
    }

    private void column(String title, int width, Function<Conflict, String> text) {
        Columns.add(viewer, Conflict.class, title, width, row -> String.valueOf(text.apply(row)));
    }

    private static Action action(String text, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    private void enable() {
        Conflict conflict = selected();
        keepMine.setEnabled(conflict != null);
        takeTheirs.setEnabled(conflict != null);
        enterValue.setEnabled(conflict != null && !conflict.field().equals(Conflict.DELETED) && !conflict.field().equals(Conflict.CONTENT));
    }

    /** The selected conflict, or null. */
    Conflict selected() {
        return viewer.getStructuredSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Conflict c ? c : null;
    }

    /** The rows shown, in order. */
    @SuppressWarnings("unchecked")
    public List<Conflict> rows() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<Conflict>) input;
    }

    /** The "Keep mine" action (for tests). */
    Action keepMineAction() {
        return keepMine;
    }

    /** The "Enter value..." action, which asks for the value (for tests). */
    Action enterValueAction() {
        return enterValue;
    }

    /** The table (for tests and screenshots). */
    public TableViewer viewer() {
        return viewer;
    }

    /** Reads the open conflicts again, in a job. */
    public void refresh() {
        Path root = Versioning.root();
        if (root == null || !Versioning.versioned(root)) {
            show(List.of());
            return;
        }
        Job job = Versioning.read("Reading conflicts", root, (repository, monitor) -> repository.conflicts(), this::show);
        job.schedule();
    }

    private void show(List<Conflict> conflicts) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        viewer.setInput(conflicts);
        setContentDescription(conflicts.isEmpty() ? "No open conflicts." : conflicts.size() + " open conflict" + (conflicts.size() == 1 ? "" : "s") + ".");
        enable();
    }

    private void askValue() {
        Conflict conflict = selected();
        if (conflict == null) {
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Resolve " + conflict.field(),
            conflict.title() + " " + conflict.field() + ": mine '" + conflict.mine() + "', theirs '" + conflict.theirs() + "'. New value:",
            conflict.keptValue(), null);
        if (dialog.open() == Window.OK) {
            resolve(conflict, dialog.getValue());
        }
    }

    /**
     * Resolves {@code conflict} with {@code choice} ({@code mine}, {@code theirs} or a value) in a
     * scheduled job, then reloads the workspace.
     */
    public Job resolve(Conflict conflict, String choice) {
        Path root = Versioning.root();
        if (conflict == null || root == null) {
            return null;
        }
        Job job = Versioning.change("Resolving " + conflict.title() + " " + conflict.field(), root,
            (repository, monitor) -> repository.resolve(conflict.path(), conflict.field(), choice, Versioning.identity()),
            commit -> Versioning.reload(root));
        job.setUser(true);
        job.schedule();
        return job;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Versioning.close(sessionSubscription);
        Versioning.close(gitSubscription);
        super.dispose();
    }
}
