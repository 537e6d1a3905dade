package mosaic.core.workspace;

/** Told about {@link WorkspaceEvent}s, on the thread that made the change. */
@FunctionalInterface
public interface WorkspaceListener {

    void workspaceChanged(WorkspaceEvent event);
}
