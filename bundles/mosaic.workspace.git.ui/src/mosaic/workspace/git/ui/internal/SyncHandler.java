package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * Team &gt; Sync: saves, commits pending work, fetches, merges field by field and pushes, as a
 * user job with progress and cancel; then reloads the workspace so the merged objects show, and
 * opens the Conflicts view when the merge found conflicts. Asks for the remote the first time.
 */
public final class SyncHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path root = Versioning.root();
        if (root == null) {
            MessageDialog.openInformation(shell, "Sync", "Open a workspace first.");
            return null;
        }
        String remote = null;
        if (!hasDefaultRemote(root)) {
            InputDialog ask = new InputDialog(shell, "Sync", root + " has no remote yet. Repository to sync with (folder, file://, ssh:// or https:// URL):",
                "", text -> text.isBlank() ? "Enter a repository URL or folder" : null);
            if (ask.open() != Window.OK) {
                return null;
            }
            remote = ask.getValue().strip();
        }
        sync(shell, root, remote);
        return null;
    }

    private static boolean hasDefaultRemote(Path root) {
        if (!Versioning.versioned(root)) {
            return false;
        }
        try (VersionedWorkspace repository = VersionedWorkspace.open(root)) {
            return repository.defaultRemote().isPresent();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Syncs the workspace in {@code root} with {@code remote} (or its default remote when
     * {@code null}) as a scheduled job; what follows (reload, Conflicts view, message on a failed
     * push) happens on the UI thread when it is done.
     */
    public static Job sync(Shell shell, Path root, String remote) {
        try {
            Versioning.saveOpenWorkspace();
        } catch (java.io.IOException e) {
            MessageDialog.openError(shell, "Sync", root + ": cannot save before syncing: " + e.getMessage());
            return null;
        }
        Job job = Versioning.change("Synchronizing " + root.getFileName(), root,
            (repository, monitor) -> repository.sync(remote, Versioning.identity(), monitor), result -> afterSync(shell, root, result));
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void afterSync(Shell shell, Path root, SyncResult result) {
        if (result.merge() == SyncResult.Merge.FAST_FORWARD || result.merge() == SyncResult.Merge.MERGED) {
            Versioning.reload(root);
        }
        if (!result.conflicts().isEmpty()) {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            if (page != null) {
                try {
                    page.showView(GitUi.VIEW_CONFLICTS);
                } catch (PartInitException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (!result.pushed() && shell != null && !shell.isDisposed()) {
            MessageDialog.openWarning(shell, "Sync", root + ": " + result.pushProblem() + ". The merge is committed locally; sync again to push.");
        }
    }
}
