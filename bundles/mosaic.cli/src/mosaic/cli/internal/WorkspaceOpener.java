package mosaic.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;

/** Opens the workspace named by {@code --workspace}, saying how long it took on stderr with --debug. */
final class WorkspaceOpener {

    private WorkspaceOpener() {
    }

    static Workspace open(CommandContext context) throws WorkspaceException {
        Path folder = Path.of(context.requiredOption("workspace"));
        long start = System.nanoTime();
        Workspace workspace = Workspace.open(folder, new NullProgressMonitor());
        if (context.debug()) {
            PrintStream err = context.err();
            err.printf("loaded %d objects from %s in %d ms%n", workspace.size(), workspace.root(),
                (System.nanoTime() - start) / 1_000_000);
        }
        return workspace;
    }
}
