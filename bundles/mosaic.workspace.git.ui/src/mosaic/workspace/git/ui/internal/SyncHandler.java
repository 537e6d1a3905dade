package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * Team &gt; Sync: asks before saving editors with unsaved changes, saves, commits pending work, fetches, merges field by field and pushes, as a
 * user job with progress and cancel; then reloads the workspace so the merged objects show, and
 * opens the Conflicts view when the merge found conflicts. Asks for the remote the first time.
 */
public final class SyncHandler extends AbstractHandler {

    /** The label of the button that saves the dirty editors and syncs. */
    static final String SAVE_AND_SYNC = "&Save and Sync";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path root = Versioning.root();
        if (root == null) {
            MessageDialog.openInformation(shell, "Sync", "Open a workspace first.");
            return null;
        }
        if (!saveDirtyEditors(shell)) {
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

    /**
     * When editors have unsaved changes, asks whether to save them and sync, as Eclipse asks
     * before a build; saves them when the analyst agrees.
     *
     * @return whether to go on with the sync
     */
    static boolean saveDirtyEditors(Shell shell) {
        List<IEditorPart> dirty = new ArrayList<>();
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                dirty.addAll(List.of(page.getDirtyEditors()));
            }
        }
        if (dirty.isEmpty()) {
            return true;
        }
        String names = dirty.stream().map(IEditorPart::getTitle).sorted().collect(Collectors.joining(", "));
        MessageDialog ask = new MessageDialog(shell, "Sync", null,
            (dirty.size() == 1 ? "An editor has" : dirty.size() + " editors have") + " unsaved changes: " + names
                + ".\n\nSave them and sync? The sync commits what is saved.",
            MessageDialog.QUESTION, 0, SAVE_AND_SYNC, IDialogConstants.CANCEL_LABEL);
        if (ask.open() != 0) {
            return false;
        }
        for (IEditorPart editor : dirty) {
            editor.getSite().getPage().saveEditor(editor, false);
        }
        return true;
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
        Job job = job(shell, root, remote);
        if (job != null) {
            job.schedule();
        }
        return job;
    }

    /**
     * Saves the open workspace and returns the sync job, not yet scheduled (so that a caller can
     * give it a progress group); {@code null} when saving failed, which was reported.
     */
    static Job job(Shell shell, Path root, String remote) {
        try {
            Versioning.saveOpenWorkspace();
        } catch (java.io.IOException e) {
            MessageDialog.openError(shell, "Sync", root + ": cannot save before syncing: " + e.getMessage());
            return null;
        }
        Job job = Versioning.change("Synchronizing " + root.getFileName(), root,
            (repository, monitor) -> {
                repository.setCredentials(Credentials.provider());
                return repository.sync(remote, Versioning.identity(), monitor);
            }, result -> afterSync(shell, root, result));
        job.setUser(true);
        return job;
    }

    /**
     * The shell to open a dialog on once the job is done: the one the sync started from, unless it
     * was closed meanwhile (a dialog that was active then), else the workbench window's.
     */
    private static Shell parent(Shell shell) {
        if (shell != null && !shell.isDisposed()) {
            return shell;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        return window == null ? null : window.getShell();
    }

    private static void afterSync(Shell shell, Path root, SyncResult result) {
        // What the sync did not take from the remote (per-user state, links, unreadable versions): one line each in the Error Log.
        result.problems().forEach(line -> org.eclipse.core.runtime.ILog.of(SyncHandler.class).warn(root + ": " + line));
        result.compartments().forEach((name, synced) -> synced.problems()
            .forEach(line -> org.eclipse.core.runtime.ILog.of(SyncHandler.class).warn(root + ": compartment " + name + ": " + line)));
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
        if (!result.pushed()) {
            MessageDialog.openError(parent(shell), "Sync", root + ": " + result.pushProblem() + ". Everything is committed locally; sync again to push.");
        }
    }
}
