package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import mosaic.ui.session.Sessions;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * The main toolbar's versioning status: "↑ahead ↓behind, N conflicts, M uncommitted" for the
 * open workspace. Computed in a job after every session change and git job, never on the UI thread.
 */
public final class StatusControl extends WorkbenchWindowControlContribution {

    private static final CopyOnWriteArrayList<StatusControl> CONTROLS = new CopyOnWriteArrayList<>();
    private static volatile String text = "";
    private static Job refresh;

    private Label label;

    /** The status as last computed (what every control shows). */
    public static String text() {
        return text;
    }

    /** The text for a status. */
    public static String format(VersionedWorkspace.Status status) {
        return "↑" + status.ahead() + " ↓" + status.behind() + ", " + status.conflicts() + (status.conflicts() == 1 ? " conflict, " : " conflicts, ")
            + status.uncommitted() + " uncommitted";
    }

    /** Computes the status again, soon, in a job (coalescing bursts of changes). UI thread. */
    public static synchronized void refresh() {
        Path root = Versioning.root();
        if (refresh != null) {
            refresh.cancel();
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        refresh = new Job("Reading the workspace's version status") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String computed;
                if (root == null) {
                    computed = "";
                } else if (!Versioning.versioned(root)) {
                    computed = "not versioned";
                } else {
                    try (VersionedWorkspace repository = VersionedWorkspace.open(root)) {
                        computed = format(repository.status());
                    } catch (Exception e) {
                        computed = "status unknown: " + e.getMessage();
                    }
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                String shown = computed;
                display.asyncExec(() -> show(shown));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GitUi.FAMILY;
            }
        };
        refresh.setSystem(true);
        refresh.setRule(Versioning.RULE);
        refresh.schedule(200);
    }

    private static void show(String computed) {
        text = computed;
        for (StatusControl control : CONTROLS) {
            if (control.label != null && !control.label.isDisposed()) {
                control.label.setText(computed);
                control.label.setToolTipText("Version status of the open workspace: commits ahead of and behind the remote, "
                    + "open merge conflicts, files changed since the last commit");
            }
        }
    }

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginHeight = 1;
        grid.marginWidth = 4;
        box.setLayout(grid);
        label = new Label(box, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, true);
        data.widthHint = 260;
        label.setLayoutData(data);
        label.setText(text);
        CONTROLS.add(this);
        AutoCloseable session = Sessions.current().addListener(StatusControl::refresh);
        AutoCloseable git = Versioning.addListener(StatusControl::refresh);
        box.addDisposeListener(e -> {
            CONTROLS.remove(this);
            Versioning.close(session);
            Versioning.close(git);
        });
        refresh();
        return box;
    }

    @Override
    protected int computeWidth(Control control) {
        return 280;
    }
}
