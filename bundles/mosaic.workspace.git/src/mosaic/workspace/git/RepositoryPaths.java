package mosaic.workspace.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;

import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceLocation;

/**
 * Which paths that come from repository content (a remote's commits) or from per-user state
 * ({@code .mosaic/conflicts.tsv}) a workspace accepts: relative, normalised, inside the workspace,
 * never under {@code .mosaic/}, {@code .git} or another path the workspace's own {@code .gitignore}
 * ignores, and only regular files (no symbolic links, no submodules).
 */
final class RepositoryPaths {

    private final Path root;
    private final IgnoreNode ignored = new IgnoreNode();

    /** The rules of the workspace at {@code root}, with its {@code .gitignore} as it is on disk (never a remote's). */
    RepositoryPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path file = this.root.resolve(Constants.GITIGNORE_FILENAME);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try (InputStream in = Files.newInputStream(file)) {
                ignored.parse(in);
            } catch (IOException e) {
                // without the file, only the fixed rules below apply
            }
        }
    }

    /**
     * Why an entry of a commit must not be checked out, or {@code null} when it may.
     *
     * @param path the entry's path as git stores it ({@code /}-separated)
     * @param mode its mode
     */
    String refusal(String path, FileMode mode) {
        if (FileMode.SYMLINK.equals(mode)) {
            return "is a symbolic link";
        }
        if (FileMode.GITLINK.equals(mode)) {
            return "is a submodule (gitlink)";
        }
        if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
            return "is not a regular file";
        }
        return pathRefusal(path);
    }

    /** Why a workspace-relative path is not acceptable as a tracked file, or {@code null} when it is. */
    String pathRefusal(String path) {
        if (path == null || path.isEmpty()) {
            return "has no path";
        }
        if (path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            return "is not a plain relative path";
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "is not a normalised path";
            }
            if (segment.toLowerCase(Locale.ROOT).equals(Constants.DOT_GIT)) {
                return "is inside a .git folder";
            }
        }
        if (segments[0].equalsIgnoreCase(WorkspaceLocation.STATE_FOLDER)) {
            return "is per-user state (" + WorkspaceLocation.STATE_FOLDER + "/), which is never taken from a repository";
        }
        if (segments[0].equalsIgnoreCase(Workspace.COMPARTMENTS_FOLDER) && segments.length > 1) {
            return "is inside a mounted compartment (" + Workspace.COMPARTMENTS_FOLDER + "/), which has a repository of its own";
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            prefix.append(i == 0 ? "" : "/").append(segments[i]);
            boolean directory = i < segments.length - 1;
            if (Boolean.TRUE.equals(ignored.checkIgnored(prefix.toString(), directory))) {
                return "is ignored by the workspace's .gitignore";
            }
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            return "is outside the workspace";
        }
        return null;
    }

    /**
     * The file of a workspace-relative path, checked: inside the workspace, no symbolic link on
     * the way (the file itself may be missing).
     *
     * @throws IOException naming the path and what is wrong with it
     */
    Path file(String path) throws IOException {
        String refusal = pathRefusal(path);
        if (refusal != null) {
            throw new IOException(path + ": " + refusal + "; refused");
        }
        Path file = root.resolve(path).normalize();
        for (Path step = file; step != null && !step.equals(root); step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                throw new IOException(path + ": " + root.relativize(step) + " is a symbolic link; refused");
            }
        }
        return file;
    }
}
