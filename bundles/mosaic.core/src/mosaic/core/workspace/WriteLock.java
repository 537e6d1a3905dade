package mosaic.core.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The write lock of a workspace, {@code .mosaic/write.lock}: whoever writes object files holds it
 * for the read-check-write of a save, so that two processes (two {@code mosaic set}, the workbench
 * and an ingest, a sync) never write the same workspace at once. Across processes it is an
 * operating-system lock on the file (released by the system when its holder dies, even by
 * {@code kill -9}); within one process, where such a lock cannot be taken twice, a semaphore per
 * workspace folder. Re-entrant for the {@link Workspace} that holds it (a save begun before the
 * last one is finished). The holder writes its pid into the file, for the message of a writer that
 * waited too long.
 */
public final class WriteLock {

    /** The lock file, in the workspace's {@code .mosaic/}. */
    public static final String FILE = "write.lock";

    /** How long a writer waits for another to finish its save before giving up. */
    private static final long WAIT_MILLIS = Long.getLong("mosaic.workspace.lockWaitMillis", 120_000L);

    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path root;
    private final Path file;
    private int holds;
    private FileChannel channel;
    private FileLock lock;

    WriteLock(Path root) {
        this.root = key(root);
        this.file = this.root.resolve(WorkspaceLocation.STATE_FOLDER).resolve(FILE);
    }

    /** The same folder gives the same key however it was named. */
    private static Path key(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * Takes the write lock of the workspace in {@code root} for a writer that has no open
     * {@link Workspace} (a sync of its repository): waits while any save of any process is under
     * way, and holds every other off until the hold is closed.
     */
    public static Hold acquire(Path root) throws IOException {
        Path key = key(root);
        Map<Path, WriteLock> held = HELD_BY_THREAD.get();
        // re-entrant on this thread: a sync that syncs the workspace's compartments takes it again
        WriteLock lock = held.computeIfAbsent(key, WriteLock::new);
        Hold hold;
        try {
            hold = lock.acquire();
        } catch (IOException | RuntimeException e) {
            if (!lock.isHeld()) {
                held.remove(key);
            }
            throw e;
        }
        return () -> {
            hold.close();
            if (!lock.isHeld()) {
                held.remove(key);
            }
        };
    }

    /** The locks each thread holds through {@link #acquire(Path)}. */
    private static final ThreadLocal<Map<Path, WriteLock>> HELD_BY_THREAD = ThreadLocal.withInitial(HashMap::new);

    /** A hold of the lock; closing it releases this hold. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the lock, waiting for another writer to finish (a few minutes at most).
     *
     * @throws IOException when the lock cannot be taken: the workspace is read-only, or another
     *                     writer held it for too long (its pid in the message)
     */
    public synchronized Hold acquire() throws IOException {
        if (holds == 0) {
            take();
        }
        holds++;
        boolean[] closed = new boolean[1];
        return () -> {
            synchronized (WriteLock.this) {
                if (!closed[0]) {
                    closed[0] = true;
                    release();
                }
            }
        };
    }

    private void take() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        Semaphore local = IN_PROCESS.computeIfAbsent(root, key -> new Semaphore(1));
        try {
            if (!local.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new IOException(root + ": the workspace is being written by another writer of this process; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(root + ": interrupted while waiting to write the workspace", e);
        }
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            while ((lock = channel.tryLock()) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(root + ": the workspace is being written by another process (" + holder()
                        + ") for more than " + WAIT_MILLIS / 1000 + " s; try again when it is done");
                }
                Thread.sleep(10);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (InterruptedException e) {
            closeChannel();
            local.release();
            Thread.currentThread().interrupt();
            throw new IOException(root + ": interrupted while waiting to write the workspace", e);
        } catch (IOException | RuntimeException e) {
            closeChannel();
            local.release();
            throw e;
        }
    }

    private String holder() {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? "pid " + pid : "pid unknown";
        } catch (IOException | RuntimeException e) {
            return "pid unknown";
        }
    }

    private void release() {
        if (holds == 0) {
            return;
        }
        holds--;
        if (holds == 0) {
            closeChannel();
            IN_PROCESS.get(root).release();
        }
    }

    private void closeChannel() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel releases it too
        }
        lock = null;
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing more to release
        }
        channel = null;
    }

    /** True while this workspace holds the lock. */
    synchronized boolean isHeld() {
        return holds > 0;
    }
}
