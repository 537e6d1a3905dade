package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.workspace.git.Identity;

/**
 * Team &gt; Commit...: asks for a message and commits the workspace's saved changes as the
 * analyst (name and component from the preferences), in a job.
 */
public final class CommitHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path root = Versioning.root();
        if (root == null) {
            MessageDialog.openInformation(shell, "Commit", "Open a workspace first.");
            return null;
        }
        Identity who = Versioning.identity();
        InputDialog dialog = new InputDialog(shell, "Commit",
            "Describe the change. Committed as " + who.name() + (who.component().isEmpty() ? "" : " (" + who.component() + ")") + ".", "",
            text -> text.isBlank() ? "A commit needs a message" : null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
            }
        };
        if (dialog.open() != Window.OK) {
            return null;
        }
        commit(shell, root, dialog.getValue(), who);
        return null;
    }

    /** Saves and commits the workspace in {@code root} as a scheduled job. */
    public static Job commit(Shell shell, Path root, String message, Identity who) {
        try {
            Versioning.saveOpenWorkspace();
        } catch (java.io.IOException e) {
            MessageDialog.openError(shell, "Commit", root + ": cannot save before committing: " + e.getMessage());
            return null;
        }
        Job job = Versioning.change("Committing " + root.getFileName(), root, (repository, monitor) -> repository.commit(message, who), done -> {
            if (done.isEmpty() && shell != null && !shell.isDisposed()) {
                MessageDialog.openInformation(shell, "Commit", "Nothing to commit: the workspace has no changes since the last commit.");
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
