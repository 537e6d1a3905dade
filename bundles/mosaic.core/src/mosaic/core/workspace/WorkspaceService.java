package mosaic.core.workspace;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The workspace open in this process. The workbench opens one at start-up (from
 * {@code --workspace}); views listen so they follow File &gt; Open Workspace.
 */
public interface WorkspaceService {

    /** The open workspace, if any. */
    Optional<WorkspaceLocation> current();

    /** Makes {@code location} the open workspace and notifies listeners. */
    void open(WorkspaceLocation location);

    /**
     * Calls {@code listener} with each newly opened workspace, on the opening thread.
     *
     * @return a handle that removes the listener when closed
     */
    AutoCloseable addListener(Consumer<WorkspaceLocation> listener);
}
