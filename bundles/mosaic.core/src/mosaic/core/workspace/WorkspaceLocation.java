package mosaic.core.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A folder that has been checked to be usable as a Mosaic workspace.
 *
 * <p>Only {@link #of(Path)} makes one, so holding a {@code WorkspaceLocation} means the folder
 * existed, was a folder, and could be read and written when it was opened.
 */
public final class WorkspaceLocation {

    /** Folders inside a workspace that hold per-user state and caches, never analysis objects. */
    public static final String STATE_FOLDER = ".mosaic";

    private final Path root;

    private WorkspaceLocation(Path root) {
        this.root = root;
    }

    /**
     * Checks {@code path} and returns it as a workspace.
     *
     * @throws WorkspaceException naming the path and the problem: missing, a file, unreadable or
     *         unwritable
     */
    public static WorkspaceLocation of(Path path) throws WorkspaceException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new WorkspaceException(absolute, "workspace folder does not exist");
        }
        if (!Files.isDirectory(absolute)) {
            throw new WorkspaceException(absolute, "workspace path is a file, not a folder");
        }
        if (!Files.isReadable(absolute) || !Files.isExecutable(absolute)) {
            throw new WorkspaceException(absolute, "workspace folder is not readable");
        }
        if (!Files.isWritable(absolute)) {
            throw new WorkspaceException(absolute, "workspace folder is not writable");
        }
        try {
            return new WorkspaceLocation(absolute.toRealPath());
        } catch (IOException e) {
            throw new WorkspaceException(absolute, "workspace folder cannot be opened (" + e.getMessage() + ")");
        }
    }

    /** The workspace folder, absolute and with links resolved. */
    public Path root() {
        return root;
    }

    /** The folder's name, as shown in the window title. */
    public String name() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    /**
     * Counts the files in each top-level folder of the workspace (one folder per kind of object),
     * leaving out hidden folders such as {@code .git} and {@link #STATE_FOLDER}.
     *
     * @return folder name to number of regular files directly inside it, sorted by name
     */
    public Map<String, Integer> countByFolder() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (DirectoryStream<Path> kinds = Files.newDirectoryStream(root)) {
            for (Path kind : kinds) {
                String name = kind.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(kind, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                int n = 0;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(kind)) {
                    for (Path file : files) {
                        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                            n++;
                        }
                    }
                }
                counts.put(name, n);
            }
        }
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspaceLocation other && root.equals(other.root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
