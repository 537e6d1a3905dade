package mosaic.search.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Reads the files an analyst gives to ingest without being led anywhere else: a symbolic link is
 * never followed by a read (the file is opened with no-follow, so a file swapped for a link after
 * it was checked is refused too), and FIFOs, sockets and devices are named for what they are.
 */
public final class LocalFiles {

    private LocalFiles() {
    }

    /** @return the attributes of the entry itself, a link not followed */
    public static BasicFileAttributes entry(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * What a file system entry that is neither a regular file, a folder nor a link is, for a refusal:
     * "a FIFO (named pipe)", "a socket", "a character device", "a block device" or "not a regular file".
     */
    public static String otherKind(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer m) {
                return switch (m & 0170000) {
                    case 0010000 -> "a FIFO (named pipe)";
                    case 0140000 -> "a socket";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    default -> "not a regular file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: say only what is known
        }
        return "not a regular file";
    }

    /**
     * Reads a regular file whole, refusing to follow a link at its last name.
     *
     * @param max the most bytes read; a file that turns out larger is refused
     * @throws IOException when it cannot be read, is a link, or grew past {@code max}
     */
    public static byte[] read(Path file, long max) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > max) {
                throw new IOException("file is larger than the limit");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    break;
                }
            }
            if (buffer.hasRemaining()) {
                byte[] shorter = new byte[buffer.position()];
                System.arraycopy(buffer.array(), 0, shorter, 0, shorter.length);
                return shorter;
            }
            if (channel.read(ByteBuffer.allocate(1)) > 0) {
                throw new IOException("file grew while it was read");
            }
            return buffer.array();
        }
    }
}
