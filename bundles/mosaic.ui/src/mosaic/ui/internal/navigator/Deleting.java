package mosaic.ui.internal.navigator;

import java.io.IOException;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.ops.DeleteOperation;
import mosaic.ui.session.Session;

/** Deleting objects: refused while other objects refer to them, confirmed otherwise. */
public final class Deleting {

    /** How the analyst is asked; tests answer without a dialog. */
    static BiPredicate<String, String> confirm = null;
    /** How a refusal is shown; tests record it. */
    static java.util.function.BiConsumer<String, String> refuse = null;

    private Deleting() {
    }

    /**
     * Deletes the objects if nothing else refers to them and the analyst confirms.
     *
     * @return the objects deleted (none when refused or cancelled)
     */
    public static List<MosaicObject> delete(Shell shell, List<MosaicObject> objects) throws IOException {
        Workspace workspace = Session.get().workspace();
        if (workspace == null || objects.isEmpty()) {
            return List.of();
        }
        DeleteOperation delete = new DeleteOperation(workspace, objects);
        if (!delete.blockers().isEmpty()) {
            if (refuse != null) {
                refuse.accept("Cannot delete", delete.refusal());
            } else {
                MessageDialog.openError(shell, "Cannot delete", delete.refusal());
            }
            return List.of();
        }
        String question = delete.question();
        boolean yes = confirm != null ? confirm.test("Delete", question) : MessageDialog.openConfirm(shell, "Delete", question);
        if (!yes) {
            return List.of();
        }
        // one command on the shared stack: Edit > Undo puts the objects back
        Session.get().domain().getCommandStack().execute(delete.command());
        return List.copyOf(delete.objects());
    }
}
