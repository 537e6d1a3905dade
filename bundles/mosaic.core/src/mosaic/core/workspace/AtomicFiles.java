package mosaic.core.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * File writes that never leave a half-written file behind: what the workspace uses for its own
 * files, for bundles that keep files of their own in a workspace (saved searches, the content
 * store of report originals).
 */
public final class AtomicFiles {

    /**
     * Whether each write is forced to disk before the rename (default). Turning it off trades
     * durability after a power cut for speed; the rename stays atomic either way.
     */
    private static final boolean SYNC = !"false".equals(System.getProperty("mosaic.workspace.sync"));

    private AtomicFiles() {
    }

    /** Creates a new file, and its folder first when that is missing (one system call when it is not). */
    private static FileChannel create(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} atomically: to a temporary file beside it, forced
     * to disk, then renamed over the target. Readers see the old file or the new one, never a
     * mix; a crash leaves at most a {@code .tmp} file, which loading ignores.
     *
     * @return false when the file already held exactly these bytes and was left alone
     */
    public static boolean writeAtomically(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
            && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = create(temp)) {
                var buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (SYNC) {
                    channel.force(false);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        return true;
    }
}
