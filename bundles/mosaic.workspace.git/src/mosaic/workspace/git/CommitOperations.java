package mosaic.workspace.git;

import static mosaic.workspace.git.VersionedWorkspace.rootMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Commits of a {@link VersionedWorkspace}: every new, changed and deleted file staged the way
 * {@code git add -A} would, but writing only what changed, object files with LF line ends.
 */
final class CommitOperations extends GitOperation {

    CommitOperations(VersionedWorkspace handle) {
        super(handle);
    }

    /**
     * Commits every change in the workspace's files (new, changed and deleted objects).
     *
     * @return the new commit, or empty when nothing had changed
     */
    Optional<RevCommit> commit(String message, Identity who) throws IOException {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a commit needs a message");
        }
        try {
            stageAll();
            PersonIdent person = new PersonIdent(who.name(), who.email());
            return Optional.of(git.commit().setMessage(who.withTrailer(message)).setAuthor(person).setCommitter(person)
                .setAllowEmpty(false).setSign(false).call());
        } catch (EmptyCommitException e) {
            return Optional.empty();
        } catch (GitAPIException e) {
            throw new IOException(root + ": commit failed: " + rootMessage(e), e);
        }
    }

    /**
     * Stages every new, changed and deleted file, like {@code git add -A}, but writes only the
     * entries that changed: the working tree is compared with the index once (stat data, as
     * {@code git status} does), then the changed files are stored and the index edited in place.
     * Object files are normalized to LF line ends, as the workspace's .gitattributes asks.
     */
    void stageAll() throws IOException, GitAPIException {
        org.eclipse.jgit.api.Status status = git.status().call();
        Set<String> write = new TreeSet<>(status.getModified());
        write.addAll(status.getUntracked());
        Set<String> delete = status.getMissing();
        if (write.isEmpty() && delete.isEmpty()) {
            return;
        }
        Repository repository = repository();
        DirCache index = repository.lockDirCache();
        try (ObjectInserter inserter = inserter(repository, write.size())) {
            DirCacheEditor editor = index.editor();
            for (String path : write) {
                Path file = root.resolve(path);
                byte[] bytes = Files.readAllBytes(file);
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, path.endsWith(".xmi") ? withLf(bytes) : bytes);
                editor.add(new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                        entry.setLength(attributes.size());
                        entry.setLastModified(attributes.lastModifiedTime().toInstant());
                    }
                });
            }
            for (String path : delete) {
                editor.add(new DirCacheEditor.DeletePath(path));
            }
            inserter.flush();
            editor.commit();
        } finally {
            index.unlock();
        }
    }

    /** Above this many new files, a commit writes one pack instead of a loose object per file. */
    private static final int PACK_THRESHOLD = 64;

    /**
     * Where a commit's new objects go: for many, one pack file (git writes each as its own file;
     * on this storage each file costs more than its bytes, and a pack also sends as it is); for a
     * few, loose objects as git writes them. JGit offers the pack inserter only on its internal
     * file storage class; the one deliberate use of another project's internals in Mosaic.
     */
    @SuppressWarnings("restriction")
    private static ObjectInserter inserter(Repository repository, int objects) {
        if (objects > PACK_THRESHOLD && repository.getObjectDatabase() instanceof org.eclipse.jgit.internal.storage.file.ObjectDirectory directory) {
            return directory.newPackInserter();
        }
        return repository.newObjectInserter();
    }

    private static byte[] withLf(byte[] bytes) {
        int crlf = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                crlf++;
            }
        }
        if (crlf == 0) {
            return bytes;
        }
        byte[] lf = new byte[bytes.length - crlf];
        int j = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                lf[j++] = bytes[i];
            }
        }
        return lf;
    }
}
