package mosaic.ui.internal.navigator;

import java.io.IOException;
import java.util.List;
import org.eclipse.swt.widgets.Shell;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.ops.DeleteOperation;
import mosaic.ui.Prompter;
import mosaic.ui.session.Sessions;

/** Deleting objects: refused while other objects refer to them, confirmed otherwise. */
public final class Deleting {

    private Deleting() {
    }

    /**
     * Deletes the objects if nothing else refers to them and the analyst confirms (asked through
     * the {@link Prompter} service).
     *
     * @return the objects deleted (none when refused or cancelled)
     */
    public static List<MosaicObject> delete(Shell shell, List<MosaicObject> objects) throws IOException {
        Workspace workspace = Sessions.current().workspace();
        if (workspace == null || objects.isEmpty()) {
            return List.of();
        }
        DeleteOperation delete = new DeleteOperation(workspace, objects);
        if (!delete.blockers().isEmpty()) {
            Prompter.get().error("Cannot delete", delete.refusal());
            return List.of();
        }
        String question = delete.question();
        if (!Prompter.get().confirm("Delete", question)) {
            return List.of();
        }
        // one command on the shared stack: Edit > Undo puts the objects back
        Sessions.current().domain().getCommandStack().execute(delete.command());
        return List.copyOf(delete.objects());
    }
}
