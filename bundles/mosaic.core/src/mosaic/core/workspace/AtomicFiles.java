package mosaic.core.workspace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import mosaic.core.internal.FileSystemSync;

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
        replace(target, channel -> writeAll(channel, bytes));
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

    private static void writeAll(FileChannel channel, byte[] bytes) throws IOException {
        var buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
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

    /**
     * A group of atomic writes made durable together, for many files written at once (an ingest
     * writes two per report): each file is written under a temporary name beside its target
     * ({@link Group#stage}), then one barrier makes every staged file durable ({@link Group#sync}:
     * one sync of the file system where the platform offers it; elsewhere each file is forced as
     * it is staged), then each is renamed into place ({@link Staged#publish}). A crash leaves each
     * target as it was or complete, as {@link #writeAtomically} does, for one flush of the disk
     * instead of one per file.
     */
    public static Group group() {
        return new Group();
    }

    /** See {@link AtomicFiles#group()}. Safe to use from several threads. */
    public static final class Group {

        private final List<Staged> unsynced = new ArrayList<>();

        private Group() {
        }

        /**
         * Writes a file under a temporary name beside {@code target}; it becomes durable at the
         * next {@link #sync} and visible at its {@link Staged#publish}. On failure nothing is left.
         */
        public Staged stage(Path target, byte[] bytes) throws IOException {
            Path temp = temp(target);
            boolean written = false;
            try {
                try (FileChannel channel = create(temp)) {
                    writeAll(channel, bytes);
                    if (SYNC && !FileSystemSync.available()) {
                        channel.force(false); // no sync of a whole file system here: each file on its own thread
                    }
                }
                written = true;
            } finally {
                if (!written) {
                    Files.deleteIfExists(temp);
                }
            }
            Staged staged = new Staged(target, temp);
            synchronized (unsynced) {
                unsynced.add(staged);
            }
            return staged;
        }

        /**
         * Makes every file staged so far durable. Call it once all the files to be published
         * together are staged; a file staged after it is made durable by the next one.
         */
        public void sync() throws IOException {
            List<Staged> batch;
            synchronized (unsynced) {
                batch = new ArrayList<>(unsynced);
                unsynced.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                // without durability the renames stay atomic; without syncfs each file was forced as it was staged
                if (SYNC && FileSystemSync.available() && !syncFileSystems(batch)) {
                    for (Staged staged : batch) {
                        try (FileChannel channel = FileChannel.open(staged.temp, StandardOpenOption.WRITE)) {
                            channel.force(false);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                synchronized (unsynced) {
                    unsynced.addAll(0, batch); // still not durable
                }
                throw e;
            }
            for (Staged staged : batch) {
                staged.durable = true;
            }
        }
    }

    /** One sync of each file system the files are on (told apart by device), or false when one failed. */
    private static boolean syncFileSystems(List<Staged> files) throws IOException {
        Set<Path> folders = new HashSet<>();
        Map<Object, Path> folderOfDevice = new LinkedHashMap<>();
        for (Staged staged : files) {
            Path folder = staged.temp.getParent();
            if (folders.add(folder)) {
                folderOfDevice.putIfAbsent(Files.getAttribute(folder, "unix:dev"), folder);
            }
        }
        for (Path folder : folderOfDevice.values()) {
            if (!FileSystemSync.sync(folder)) {
                return false;
            }
        }
        return true;
    }

    /** A file of a {@link Group}, written under a temporary name. */
    public static final class Staged {

        private final Path target;
        private final Path temp;
        private volatile boolean durable;
        private boolean done;

        private Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /**
         * Renames the file into place.
         *
         * @throws IllegalStateException when its group has not been synced since it was staged
         * @throws IOException           when the rename fails; the temporary file is removed
         */
        public void publish() throws IOException {
            if (!durable) {
                throw new IllegalStateException(target + ": published before its group was synced");
            }
            if (done) {
                return;
            }
            done = true;
            try {
                move(temp, target);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }

        /**
         * Removes the temporary file of a file that will not be published. Quietly: a temporary
         * file that cannot be removed is skipped by loading and listing, like one left by a crash.
         */
        public void discard() {
            if (!done) {
                done = true;
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left behind, harmless (see above)
                }
            }
        }
    }

    /**
     * This process as temporary names record it: its pid and, in hex, the millisecond it started
     * (so that a later process given the same pid is not taken for the writer).
     */
    private static final String WRITER = ProcessHandle.current().pid() + "-" + Long.toHexString(startMillis(ProcessHandle.current()));

    /** {@code .NAME.PID-START-RANDOM.tmp}: a temporary file, named after its writer. */
    private static final Pattern TEMP = Pattern.compile("\\..+\\.(\\d{1,19})-([0-9a-f]{1,16})-[0-9a-f]{1,16}\\.tmp");
    /** {@code .NAME.RANDOM.tmp}: a temporary file of a version that did not record its writer. */
    private static final Pattern LEGACY_TEMP = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");
    /** How old a temporary file without its writer's pid must be before it is taken as left over. */
    private static final Duration LEGACY_AGE = Duration.ofHours(1);

    /** A new name beside the target, hidden, that loading and listing skip, naming this process as its writer. */
    private static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + WRITER + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /**
     * True when {@code name} is a temporary file of an atomic write whose writer is gone: the
     * process it names no longer runs (or a process started at another time has its pid), or,
     * for a temporary file that names no writer, when it is older than an hour. A live writer's
     * temporary files are never taken as left over.
     */
    static boolean isLeftover(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher matcher = TEMP.matcher(name);
        if (matcher.matches()) {
            long pid;
            long started;
            try {
                pid = Long.parseLong(matcher.group(1));
                started = Long.parseUnsignedLong(matcher.group(2), 16);
            } catch (NumberFormatException e) {
                return false;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive()) {
                return true;
            }
            long actual = startMillis(process.get());
            // start times are known to the millisecond on some systems, to the clock tick on others
            return actual != 0 && started != 0 && Math.abs(actual - started) > 1000;
        }
        if (LEGACY_TEMP.matcher(name).matches()) {
            FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(LEGACY_AGE));
        }
        return false;
    }

    /**
     * Removes from {@code folder} (not its subfolders) the temporary files of atomic writes whose
     * writer is gone (see {@link #isLeftover}): what a writer killed half-way leaves behind.
     *
     * @return the files removed
     */
    public static List<Path> removeLeftovers(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> entry.getFileName().toString().endsWith(".tmp")
            && entry.getFileName().toString().startsWith("."))) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && isLeftover(entry)) {
                    Files.deleteIfExists(entry);
                    removed.add(entry);
                }
            }
        }
        return removed;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
