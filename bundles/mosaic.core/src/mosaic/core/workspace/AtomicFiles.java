package mosaic.core.workspace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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

    /** What writes a file's content, for {@link #write(Path, Content)}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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
        replace(target, channel -> {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
        return true;
    }

    /**
     * Writes a file atomically from a stream, as {@link #writeAtomically} does from bytes (an
     * export of any size): on any failure of {@code content} the target is untouched and the
     * temporary file removed.
     */
    public static void write(Path file, Content content) throws IOException {
        replace(file.toAbsolutePath(), channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
        });
    }

    /** What fills the temporary file. */
    private interface Fill {
        void into(FileChannel channel) throws IOException;
    }

    /** The one way both writes go: a temporary file beside the target, filled, forced, renamed over it. */
    private static void replace(Path target, Fill fill) throws IOException {
        Path temp = temp(target);
        boolean moved = false;
        try {
            try (FileChannel channel = create(temp)) {
                fill.into(channel);
                if (SYNC) {
                    channel.force(false);
                }
            }
            move(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A new name beside the target, hidden, that loading and listing skip. */
    private static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
