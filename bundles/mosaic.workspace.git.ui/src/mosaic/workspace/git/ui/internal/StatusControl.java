package mosaic.workspace.git.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import mosaic.ui.session.Sessions;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * The main toolbar's versioning status: "↑ahead ↓behind, N conflicts, M uncommitted" for the
 * open workspace, as the {@link VersionStatus} service computes it after every session change and git job.
 */
public final class StatusControl extends WorkbenchWindowControlContribution {

    private Label label;

    /** The status as last computed (what every control shows). */
    public static String text() {
        return VersionStatus.get().text();
    }

    /** The text for a status. */
    public static String format(VersionedWorkspace.Status status) {
        return "↑" + status.ahead() + " ↓" + status.behind() + ", " + status.conflicts() + (status.conflicts() == 1 ? " conflict, " : " conflicts, ")
            + status.uncommitted() + " uncommitted";
    }

    private void show(String computed) {
        if (label != null && !label.isDisposed()) {
            label.setText(computed);
            label.setToolTipText("Version status of the open workspace: commits ahead of and behind the remote, "
                + "open merge conflicts, files changed since the last commit");
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
        VersionStatus status = VersionStatus.get();
        label.setText(status.text());
        AutoCloseable shown = status.addListener(this::show);
        AutoCloseable session = Sessions.current().addListener(status::refresh);
        AutoCloseable git = Versioning.addListener(status::refresh);
        box.addDisposeListener(e -> {
            Versioning.close(shown);
            Versioning.close(session);
            Versioning.close(git);
        });
        status.refresh();
        return box;
    }

    @Override
    protected int computeWidth(Control control) {
        return 280;
    }
}
