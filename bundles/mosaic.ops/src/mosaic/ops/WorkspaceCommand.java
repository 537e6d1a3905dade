package mosaic.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * Puts an object into the workspace or takes it out, as a command on the shared stack, so that
 * creating an actor on a chart (or deleting one from the model) is undone with the rest of the
 * change. Taking out deletes the object's file; undo puts the object back unsaved, and saving
 * writes the file again.
 */
public final class WorkspaceCommand extends AbstractCommand {

    private final Workspace workspace;
    private final MosaicObject object;
    private final boolean adding;

    private WorkspaceCommand(Workspace workspace, MosaicObject object, boolean adding) {
        super((adding ? "Create " : "Delete ") + Kinds.displayName(object.eClass()).toLowerCase(java.util.Locale.ROOT));
        this.workspace = workspace;
        this.object = object;
        this.adding = adding;
    }

    /** Adds a new object to the workspace. */
    public static WorkspaceCommand add(Workspace workspace, MosaicObject object) {
        return new WorkspaceCommand(workspace, object, true);
    }

    /** Removes an object (and its file) from the workspace. */
    public static WorkspaceCommand remove(Workspace workspace, MosaicObject object) {
        return new WorkspaceCommand(workspace, object, false);
    }

    @Override
    protected boolean prepare() {
        boolean present = workspace.get(object.getId()).orElse(null) == object;
        return adding != present;
    }

    @Override
    public void execute() {
        apply(adding);
    }

    @Override
    public void undo() {
        apply(!adding);
    }

    @Override
    public void redo() {
        execute();
    }

    private void apply(boolean add) {
        if (add) {
            workspace.add(object);
        } else {
            try {
                workspace.delete(object);
            } catch (IOException e) {
                throw new UncheckedIOException(workspace.relative(workspace.fileOf(object)) + ": cannot be deleted: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(object);
    }

    @Override
    public Collection<?> getResult() {
        return List.of(object);
    }
}
