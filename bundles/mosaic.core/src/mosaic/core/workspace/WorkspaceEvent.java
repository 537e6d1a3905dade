package mosaic.core.workspace;

import java.util.List;

import mosaic.model.MosaicObject;

/**
 * A change to the set of objects in a workspace or to their files. Changes to an object's
 * fields are EMF notifications on the object itself; this event says when objects come, go,
 * are written to disk or are reloaded from it.
 */
public record WorkspaceEvent(Workspace workspace, Type type, List<MosaicObject> objects) {

    public enum Type {
        /** Objects were created or added and are not yet saved. */
        ADDED,
        /** Objects were deleted; their files are gone. */
        REMOVED,
        /** Objects were written to disk. */
        SAVED,
        /** The workspace was read again from disk; every object may have changed. */
        RELOADED
    }
}
