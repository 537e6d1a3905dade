package mosaic.search;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.TextExtractor;

/**
 * Reads one file's text so that nothing the parsers do can stop an ingest: every exception and
 * every error (a missing class, a stack overflow, memory run out) becomes a refusal of that file
 * with its reason, and a parser that runs longer than the time limit is told to stop and the file
 * refused. Each file is read on a thread of its own with a deep stack; a parser that ignores the
 * request to stop is left to finish on its daemon thread, its result thrown away.
 */
final class IsolatedReader {

    /** How long one file may take by default: generous, as a long scan is read by OCR page by page. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);

    /** A thread's stack for reading: deeply nested documents need more than the default. */
    private static final long STACK_BYTES = 16L << 20;

    private final DocumentParser parser;
    private final Duration timeLimit;

    IsolatedReader(DocumentParser parser, Duration timeLimit) {
        this.parser = Objects.requireNonNull(parser);
        this.timeLimit = Objects.requireNonNull(timeLimit);
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit per file must be positive");
        }
    }

    IsolatedReader() {
        this(new TextExtractor()::extract, DEFAULT_TIME_LIMIT);
    }

    IsolatedReader withTimeLimit(Duration limit) {
        return new IsolatedReader(parser, limit);
    }

    IsolatedReader withParser(DocumentParser other) {
        return new IsolatedReader(other, timeLimit);
    }

    Duration timeLimit() {
        return timeLimit;
    }

    /**
     * @param cancel the run's cancellation (checked while waiting)
     * @throws ExtractionException the file is refused: the parser's own refusal, or what went wrong
     * @throws OperationCanceledException the run was cancelled
     */
    Extracted read(String name, byte[] bytes, ExtractOptions options, IProgressMonitor cancel) throws ExtractionException {
        StopFlag stop = new StopFlag(cancel);
        CompletableFuture<Extracted> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(parser.parse(name, bytes, options, stop));
            } catch (Throwable t) { // NOSONAR: every failure of a parser refuses its file, whatever it is
                result.completeExceptionally(t);
            }
        }, "mosaic-read " + name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        while (true) {
            try {
                return result.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancel != null && cancel.isCanceled()) {
                    stop.stop();
                    thread.interrupt();
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() - deadline > 0) {
                    stop.stop();
                    thread.interrupt();
                    throw new ExtractionException(name, "reading took longer than " + seconds(timeLimit)
                        + " and was stopped (a larger limit: --max-seconds-per-file)", null);
                }
            } catch (InterruptedException e) {
                stop.stop();
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                throw refusal(name, e.getCause());
            }
        }
    }

    /** The refusal for what a parser threw; a cancellation is passed on as it is. */
    static ExtractionException refusal(String name, Throwable t) {
        if (t instanceof ExtractionException refused) {
            return refused;
        }
        if (t instanceof OperationCanceledException cancelled) {
            throw cancelled;
        }
        return new ExtractionException(name, reason(t), t);
    }

    /** What went wrong, in one line, naming the error. */
    static String reason(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "could not be read: the document is nested too deeply for the reader (stack overflow)";
        }
        if (t instanceof OutOfMemoryError) {
            return "could not be read: the reader ran out of memory (" + t.getMessage() + ")";
        }
        if (t instanceof LinkageError) {
            return "could not be read: the reader is incomplete (" + t.getClass().getSimpleName() + ": " + t.getMessage()
                + "); please report this";
        }
        String message = t.getMessage() == null ? "" : ": " + firstLine(t.getMessage());
        return "could not be read: the reader failed (" + t.getClass().getSimpleName() + message + ")";
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    /** The monitor a parser sees: cancelled when the run is, or when its time is up. */
    private static final class StopFlag extends NullProgressMonitor {
        private final IProgressMonitor run;
        private volatile boolean stopped;

        StopFlag(IProgressMonitor run) {
            this.run = run;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public boolean isCanceled() {
            return stopped || run != null && run.isCanceled();
        }
    }
}
