package mosaic.graph.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import mosaic.graph.Progress;
import mosaic.graph.SubProgress;

/**
 * Runs one piece of work per source node 0..n-1 over several threads, each thread with its own
 * {@link Worker} (its own arrays), thread {@code t} of {@code T} taking sources t, t+T, t+2T...
 * The fixed split keeps results reproducible for a given thread count. The calling thread is one
 * of the workers and the only one that talks to the progress monitor: it reports sources done
 * and polls for cancellation, which the other threads see before their next source.
 */
final class SourceLoop {

    /** Per-thread state; {@link #source(int)} is called once for each source of its share. */
    interface Worker {
        void source(int s);
    }

    private SourceLoop() {
    }

    /** The number of threads to use: {@code threads <= 0} means available processors; at most one per source. */
    static int threads(int threads, int sources) {
        int t = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return Math.max(1, Math.min(t, sources));
    }

    /**
     * Runs every source once and returns the workers (one per thread, index = thread) for the
     * caller to combine their results.
     *
     * @throws CancellationException if the monitor is cancelled before all sources are done
     */
    static <W extends Worker> List<W> run(int sources, int threads, IntFunction<W> newWorker,
            Progress monitor, String task) {
        int t = threads(threads, sources);
        SubProgress progress = SubProgress.convert(monitor, task, sources);
        List<W> workers = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            workers.add(newWorker.apply(i));
        }
        Shared state = new Shared(progress);
        if (t == 1) {
            share(workers.get(0), 0, 1, sources, state);
            state.report();
            state.throwIfCancelled();
            return workers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t - 1, daemonThreads("mosaic-metrics"));
        try {
            List<Future<?>> futures = new ArrayList<>(t - 1);
            for (int i = 1; i < t; i++) {
                W w = workers.get(i);
                int first = i;
                futures.add(pool.submit(() -> share(w, first, t, sources, state)));
            }
            share(workers.get(0), 0, t, sources, state);
            Throwable failure = null;
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(50, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        state.report();
                    } catch (ExecutionException e) {
                        state.stop.set(true);
                        if (failure == null) {
                            failure = e.getCause();
                        }
                        break;
                    } catch (InterruptedException e) {
                        state.stop.set(true);
                        Thread.currentThread().interrupt();
                        throw new CancellationException("interrupted while computing " + task);
                    }
                }
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(task + " failed", failure);
            }
            state.report();
            state.throwIfCancelled();
            return workers;
        } finally {
            state.stop.set(true); // stops the other threads if the calling thread failed
            pool.shutdownNow();
        }
    }

    /** One thread's sources; the calling thread (first == 0) also reports progress between sources. */
    private static void share(Worker w, int first, int step, int sources, Shared state) {
        boolean reporter = first == 0;
        for (int s = first; s < sources; s += step) {
            if (state.stop.get()) {
                return;
            }
            w.source(s);
            state.done.incrementAndGet();
            if (reporter) {
                state.report();
            }
        }
    }

    /** Shared counters; {@link #report()} is only called from the calling thread. */
    private static final class Shared {
        final SubProgress monitor;
        final AtomicInteger done = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        private int reported;
        private boolean cancelled;

        Shared(SubProgress monitor) {
            this.monitor = monitor;
        }

        void report() {
            int d = done.get();
            if (d > reported) {
                monitor.worked(d - reported);
                reported = d;
            }
            if (monitor.isCanceled()) {
                cancelled = true;
                stop.set(true);
            }
        }

        void throwIfCancelled() {
            if (cancelled) {
                throw new CancellationException();
            }
        }
    }

    /** Daemon threads named {@code name}: a pool of them never keeps the program from exiting. */
    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
