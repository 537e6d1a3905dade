package mosaic.core.workspace;

import java.nio.file.Path;

/**
 * A workspace cannot be used. The message is one line that names the path and the problem, fit to
 * be shown as is on the command line or in a dialog.
 */
public class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path path;

    public WorkspaceException(Path path, String problem) {
        super(problem + ": " + path);
        this.path = path;
    }

    /** The path that was refused. */
    public Path getPath() {
        return path;
    }
}
