package mosaic.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;
import mosaic.io.extract.MediaType;

/**
 * The workspace's content-addressed store of original files: {@code content/ab/abcdef….ext},
 * named by the SHA-256 of the bytes (as the Carana demo stores its reports), so the same bytes
 * are stored once and a file never changes once written.
 */
public final class ContentStore {

    private final Workspace workspace;

    public ContentStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The workspace-relative path of content with a hash and type, with forward slashes. */
    public static String relativePath(String hash, MediaType type) {
        return Workspace.CONTENT_FOLDER + "/" + hash.substring(0, 2) + "/" + hash + "." + extension(type);
    }

    static String extension(MediaType type) {
        return type.extension();
    }

    /**
     * Writes content under a temporary name in a group of atomic writes; it is in place once the
     * group is synced and the returned file published. For content no report of the workspace
     * holds (the caller knows its reports' hashes): a file already at that path is then an orphan
     * of an ingest that stopped, with the same bytes, and is replaced.
     *
     * @return the staged file
     */
    public AtomicFiles.Staged stage(String relativePath, byte[] bytes, AtomicFiles.Group group) throws IOException {
        return group.stage(workspace.root().resolve(relativePath), bytes);
    }

    /** Removes stored content, and its folder when that becomes empty. */
    public void remove(String relativePath) throws IOException {
        Path target = workspace.root().resolve(relativePath);
        Files.deleteIfExists(target);
        Path folder = target.getParent();
        if (Files.isDirectory(folder)) {
            boolean empty;
            try (var entries = Files.list(folder)) {
                empty = entries.findAny().isEmpty();
            }
            if (empty) {
                Files.deleteIfExists(folder);
            }
        }
    }
}
