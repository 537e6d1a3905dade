package mosaic.ui.internal.navigator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
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
        List<String> blockers = new ArrayList<>();
        for (MosaicObject object : objects) {
            for (MosaicObject referrer : workspace.referencesTo(object)) {
                if (!objects.contains(referrer)) {
                    blockers.add(Kinds.describe(object) + " is referred to by " + Kinds.describe(referrer));
                }
            }
        }
        if (!blockers.isEmpty()) {
            String message = "Nothing was deleted. Remove these references first:\n\n"
                + String.join("\n", blockers.subList(0, Math.min(15, blockers.size())))
                + (blockers.size() > 15 ? "\n... and " + (blockers.size() - 15) + " more" : "");
            if (refuse != null) {
                refuse.accept("Cannot delete", message);
            } else {
                MessageDialog.openError(shell, "Cannot delete", message);
            }
            return List.of();
        }
        String question = objects.size() == 1 ? "Delete " + Kinds.describe(objects.get(0)) + "?" : "Delete " + objects.size() + " objects?";
        String detail = question + "\n\nIts file is removed from the workspace. This cannot be undone with Undo.";
        boolean yes = confirm != null ? confirm.test("Delete", detail) : MessageDialog.openConfirm(shell, "Delete", detail);
        if (!yes) {
            return List.of();
        }
        for (MosaicObject object : objects) {
            workspace.delete(object);
        }
        Session.get().domain().getCommandStack().flush();
        Session.get().fire();
        return objects;
    }
}
