package mosaic.workspace.git;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;

/**
 * An operation on a {@link VersionedWorkspace} (commit, tag, sync, resolve, compartments): the
 * handle it works for, with the repository's folder and git.
 */
abstract class GitOperation {

    final VersionedWorkspace handle;
    final Path root;
    final Git git;

    GitOperation(VersionedWorkspace handle) {
        this.handle = handle;
        this.root = handle.root();
        this.git = handle.git();
    }

    Repository repository() {
        return git.getRepository();
    }
}
