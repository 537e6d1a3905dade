package mosaic.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.core.workspace.MissionConfigurations;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.ui.Services;

/**
 * File &gt; Open Workspace...: a folder that is a workspace opens; an empty folder can become
 * one; anything else is refused with the reason. Unsaved editors are offered for saving first.
 */
public final class OpenWorkspaceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Workspace");
        dialog.setMessage("Choose a Mosaic workspace folder, or an empty folder for a new workspace.");
        String chosen = dialog.open();
        if (chosen != null) {
            open(window, Path.of(chosen));
        }
        return null;
    }

    /** Opens a workspace folder in the window (creating one in an empty folder, when the analyst agrees). */
    public static boolean open(IWorkbenchWindow window, Path folder) {
        Shell shell = window.getShell();
        if (!window.getActivePage().saveAllEditors(true)) {
            return false;
        }
        try {
            if (!Workspace.isWorkspace(folder)) {
                boolean empty = !java.nio.file.Files.exists(folder) || isEmpty(folder);
                if (!empty) {
                    MessageDialog.openError(shell, "Not a workspace",
                        folder + " is not a Mosaic workspace and is not empty. Choose a workspace or an empty folder.");
                    return false;
                }
                if (!MessageDialog.openQuestion(shell, "New workspace", "Create a new Mosaic workspace in " + folder + "?")) {
                    return false;
                }
                Workspace.init(folder, MissionConfigurations.forNewWorkspace(new java.util.ArrayList<>()));
            }
            window.getActivePage().closeAllEditors(false);
            Services.get(WorkspaceService.class).open(WorkspaceLocation.of(folder));
            return true;
        } catch (WorkspaceException e) {
            MessageDialog.openError(shell, "Cannot open workspace", e.getMessage());
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (var entries = java.nio.file.Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
