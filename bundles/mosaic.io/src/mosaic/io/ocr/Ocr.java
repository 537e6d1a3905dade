package mosaic.io.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * OCR as extraction uses it: whether it is on, the languages asked for and those of them installed, and the reading
 * of a document's page images in parallel, one Tesseract process per core at most (a pool shared by every
 * extraction of the application), cancellable through the progress monitor. Nothing here throws because Tesseract
 * or a language is missing: {@link #unavailable()} and {@link #languageWarning()} say what is missing and how to
 * install it, for the file's verdict.
 */
public final class Ocr {

    /** The languages read when none are configured. */
    public static final String DEFAULT_LANGUAGES = "eng";
    /** The resolution pages without an image of their own (PDF pages) are rendered at. */
    public static final int RENDER_DPI = 300;
    /** How many pages are read at once: one per core. */
    public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "mosaic-ocr-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final boolean enabled;
    private final Tesseract tesseract;
    private final String languages;
    private final String unavailable;
    private final String languageWarning;

    private Ocr(boolean enabled, Tesseract tesseract, String languages, String unavailable, String languageWarning) {
        this.enabled = enabled;
        this.tesseract = tesseract;
        this.languages = languages;
        this.unavailable = unavailable;
        this.languageWarning = languageWarning;
    }

    /**
     * OCR with this machine's Tesseract ({@link Tesseract#find()}).
     *
     * @param enabled   whether to read scanned pages at all
     * @param languages Tesseract language codes joined by {@code +} ({@code eng+fra}); blank means {@value #DEFAULT_LANGUAGES}
     */
    public static Ocr of(boolean enabled, String languages) {
        if (!enabled) {
            return new Ocr(false, null, "", "OCR off", null);
        }
        List<String> asked = Tesseract.languageList(languages == null || languages.isBlank() ? DEFAULT_LANGUAGES : languages);
        if (asked.isEmpty()) {
            asked = List.of(DEFAULT_LANGUAGES);
        }
        Tesseract tesseract = Tesseract.find();
        if (!tesseract.installed()) {
            return new Ocr(true, tesseract, "", tesseract.problem(), null);
        }
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String language : asked) {
            (tesseract.languages().contains(language) ? present : missing).add(language);
        }
        String install = missing.stream().map(Tesseract::languagePackage).reduce((a, b) -> a + " " + b).orElse("");
        if (present.isEmpty()) {
            return new Ocr(true, tesseract, "", "OCR language " + String.join("+", missing) + " not installed (apt-get install "
                    + install + ")", null);
        }
        String warning = missing.isEmpty() ? null : "OCR without " + String.join("+", missing)
                + ": not installed (apt-get install " + install + ")";
        return new Ocr(true, tesseract, String.join("+", present), null, warning);
    }

    /** @return whether pages can be read: OCR is on, Tesseract and at least one language asked for are installed */
    public boolean usable() {
        return unavailable == null;
    }

    /** @return whether OCR was asked for */
    public boolean enabled() {
        return enabled;
    }

    /**
     * @return why no page can be read ({@code OCR off}, {@code tesseract not installed (apt-get install
     *         tesseract-ocr)}, a language not installed), or {@code null} when pages can be read
     */
    public String unavailable() {
        return unavailable;
    }

    /** @return languages asked for but not installed, with how to install them, or {@code null} */
    public String languageWarning() {
        return languageWarning;
    }

    /** @return the installed languages read, joined by {@code +} (empty when not usable) */
    public String languages() {
        return languages;
    }

    /** Gives the image of a page; called on the reading thread, one page after another. */
    @FunctionalInterface
    public interface PageSource {
        /** @param page 1-based page number */
        OcrImage image(int page) throws IOException;
    }

    /**
     * Reads pages in parallel, in a pool of {@link #THREADS}. Images are made on this thread, a few ahead of the
     * pages being read, so that they need not all be held at once. Tells each page read on {@code monitor} (a
     * subtask "OCR page 2 of 5: NAME").
     *
     * @param name    the document's name, for progress
     * @param pages   1-based page numbers to read, in order
     * @param source  gives each page's image
     * @param monitor progress and cancellation
     * @return one result per page, in the order given; a page that could not be read has a problem
     * @throws OperationCanceledException when the monitor is cancelled (running Tesseract processes are ended)
     */
    public List<OcrPage> read(String name, List<Integer> pages, PageSource source, IProgressMonitor monitor) {
        if (!usable()) {
            return pages.stream().map(p -> new OcrPage(p, "", 0, unavailable)).toList();
        }
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier cancelled = () -> stop.get() || monitor.isCanceled();
        Semaphore ahead = new Semaphore(THREADS + 1);
        List<Future<OcrPage>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        int[] told = {-1};
        try {
            for (int page : pages) {
                while (!ahead.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    check(monitor);
                    progress(monitor, name, done.get(), pages.size(), told);
                }
                check(monitor);
                OcrImage image;
                try {
                    image = source.image(page);
                } catch (IOException | RuntimeException e) {
                    ahead.release();
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                            new OcrPage(page, "", 0, "page could not be rendered (" + e.getMessage() + ")")));
                    continue;
                }
                futures.add(POOL.submit(() -> {
                    try {
                        OcrPage read = tesseract.read(image.bytes(), image.dpi(), languages, Tesseract.PAGE_TIMEOUT, cancelled);
                        return new OcrPage(page, read.text(), read.confidence(), read.problem());
                    } finally {
                        done.incrementAndGet();
                        ahead.release();
                    }
                }));
            }
            List<OcrPage> read = new ArrayList<>(futures.size());
            for (Future<OcrPage> future : futures) {
                while (true) {
                    check(monitor);
                    progress(monitor, name, done.get(), pages.size(), told);
                    try {
                        read.add(future.get(100, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException e) {
                        // ask again
                    }
                }
            }
            progress(monitor, name, done.get(), pages.size(), told);
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancel(stop, futures);
        } catch (OperationCanceledException | CancellationException e) {
            throw cancel(stop, futures);
        } catch (ExecutionException e) {
            cancel(stop, futures);
            if (e.getCause() instanceof OperationCanceledException c) {
                throw c;
            }
            throw new IllegalStateException("OCR failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Reads an image file of one or more pages (PNG, JPEG, TIFF) in one Tesseract run, in the shared pool.
     *
     * @param name    the image's name, for progress
     * @param image   the image file's bytes
     * @param pages   how many pages it holds (for the timeout), at least 1
     * @param monitor progress and cancellation
     * @return each page read, numbered from 1, or one page with a problem
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public List<OcrPage> readImage(String name, byte[] image, int pages, IProgressMonitor monitor) {
        if (!usable()) {
            return List.of(new OcrPage(1, "", 0, unavailable));
        }
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier cancelled = () -> stop.get() || monitor.isCanceled();
        int count = Math.max(1, pages);
        monitor.subTask("OCR " + (count == 1 ? "" : count + " pages: ") + name);
        Future<List<OcrPage>> future = POOL.submit(() -> tesseract.readPages(image, 0, languages,
                Tesseract.PAGE_TIMEOUT.multipliedBy(count), cancelled));
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    stop.set(true);
                    future.cancel(false);
                    throw new OperationCanceledException();
                }
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // ask again
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (CancellationException e) {
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OperationCanceledException c) {
                throw c;
            }
            throw new IllegalStateException("OCR failed: " + e.getCause(), e.getCause());
        }
    }

    private static void check(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static void progress(IProgressMonitor monitor, String name, int done, int total, int[] told) {
        if (told[0] == done) {
            return;
        }
        told[0] = done;
        monitor.subTask("OCR page " + Math.min(done + 1, total) + " of " + total + ": " + name);
    }

    private static OperationCanceledException cancel(AtomicBoolean stop, List<Future<OcrPage>> futures) {
        stop.set(true);
        for (Future<OcrPage> future : futures) {
            future.cancel(false);
        }
        return new OperationCanceledException();
    }
}
