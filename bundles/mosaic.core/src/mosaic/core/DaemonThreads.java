package mosaic.core;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads for Mosaic's background pools (loading, saving, ingest, index flushes, metrics,
 * layouts): a pool of daemon threads never keeps the workbench or a command from exiting, and its
 * threads carry a name that says in a thread dump or a profile whose they are.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Daemon threads, each named {@code name}. */
    public static ThreadFactory named(String name) {
        return runnable -> daemon(runnable, name);
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2} and so on. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + "-" + count.incrementAndGet());
    }

    /**
     * A pool for work that comes now and then: up to {@code threads} threads (at least one), each
     * ending after {@code keepAliveSeconds} without work, so an idle pool holds no thread.
     */
    public static ThreadPoolExecutor idling(int threads, long keepAliveSeconds, ThreadFactory factory) {
        int size = Math.max(1, threads);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, keepAliveSeconds, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
