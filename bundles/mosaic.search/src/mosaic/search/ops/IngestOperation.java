package mosaic.search.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import mosaic.core.workspace.Workspace;
import mosaic.io.extract.ExtractOptions;
import mosaic.ops.WorkspaceRule;
import mosaic.search.Ingest;
import mosaic.search.SearchIndex;

/**
 * Ingests report files and folders into a workspace and its search index, the same way for the
 * {@code ingest} command and the workbench's ingest job: checks the options against the mission,
 * brings the index up to date (or rebuilds it), ingests and indexes the files (see {@link Ingest}),
 * tells each file's outcome as soon as it is known, then commits the index and frees its write lock,
 * whether the run ended, failed or was cancelled.
 * <p>
 * It changes the workspace: a job running it holds {@link #getSchedulingRule()}, the workspace's
 * {@link WorkspaceRule}, so that it never runs beside another change of the same workspace.
 */
public final class IngestOperation {

    private final Workspace workspace;
    private final List<Path> paths;
    private final Ingest.Options options;
    private SearchIndex index;
    private boolean rebuild;
    private Consumer<Ingest.Result> each = result -> {
    };
    private Consumer<String> indexProblems = problem -> {
    };
    private long ingestMillis = -1;
    private Duration timeLimit;
    private boolean followLinks;
    private boolean lowerMarking;
    private Boolean ocr;
    private String ocrLanguages;
    private List<String> passwords = List.of();

    /**
     * @param workspace where the reports go
     * @param paths     files and folders (folders are walked)
     * @param options   defaults for files without metadata of their own
     */
    public IngestOperation(Workspace workspace, List<Path> paths, Ingest.Options options) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.paths = List.copyOf(paths);
        this.options = options == null ? Ingest.Options.NONE : options;
    }

    /**
     * Ingests with an index that is already open and in step with the workspace (the workbench keeps
     * one): it is not synchronized first, and it stays open (its write lock released) afterwards.
     * Without one, the operation opens the workspace's index, synchronizes it and closes it.
     */
    public IngestOperation withIndex(SearchIndex open) {
        this.index = open;
        return this;
    }

    /**
     * Whether to read scanned pages and images by OCR (on unless turned off), and in which Tesseract
     * languages ({@code eng+fra}); {@code null} languages mean the mission's (its
     * {@value Ingest#OCR_LANGUAGES_TAXONOMY} taxonomy), else {@code eng}.
     *
     * @throws IllegalArgumentException when a language is not a language code
     */
    public IngestOperation withOcr(boolean on, String languages) {
        if (languages != null) {
            mosaic.io.ocr.Tesseract.languageList(languages);
        }
        this.ocr = on;
        this.ocrLanguages = languages == null || languages.isBlank() ? null : languages;
        return this;
    }

    /** The extraction options of the run: the workspace's, with the OCR chosen for this run. */
    ExtractOptions extractOptions() {
        ExtractOptions options = Ingest.extractOptions(workspace);
        if (ocrLanguages != null) {
            options = options.withOcrLanguages(ocrLanguages);
        }
        options = options.withPasswords(passwords);
        return ocr == null ? options : options.withOcr(ocr);
    }

    /**
     * Passwords to try, in order, on a file that needs one to open (a protected PDF); kept in
     * memory for this run only, never written or logged.
     */
    public IngestOperation passwords(List<String> list) {
        this.passwords = List.copyOf(list);
        return this;
    }

    /** Whether to throw the index away and build it again from the workspace before ingesting. */
    public IngestOperation rebuildIndex(boolean rebuildFirst) {
        this.rebuild = rebuildFirst;
        return this;
    }

    /** How long reading one file may take before it is stopped and refused (default five minutes). */
    public IngestOperation timeLimitPerFile(Duration limit) {
        this.timeLimit = Objects.requireNonNull(limit);
        return this;
    }

    /**
     * Whether symbolic links are followed, to files inside the files and folders given only; by
     * default none is (each is refused with its target).
     */
    public IngestOperation followLinks(boolean follow) {
        this.followLinks = follow;
        return this;
    }

    /** Whether a sidecar may lower a file's own marking ({@code --lower-marking}); said in the file's result. */
    public IngestOperation lowerMarking(boolean allowed) {
        this.lowerMarking = allowed;
        return this;
    }

    /** Told each file's outcome as soon as it is known, in the order of the files. */
    public IngestOperation onResult(Consumer<Ingest.Result> listener) {
        this.each = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * Told each problem found while bringing the index up to date (a report whose original cannot
     * be read, one line each).
     */
    public IngestOperation onIndexProblem(Consumer<String> listener) {
        this.indexProblems = Objects.requireNonNull(listener);
        return this;
    }

    /** The rule a job running this operation must hold: the workspace's. */
    public ISchedulingRule getSchedulingRule() {
        return WorkspaceRule.of(workspace);
    }

    /** The workspace ingested into. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * Runs the whole sequence.
     *
     * @param monitor progress and cancellation
     * @return each file's outcome and the saved searches' new hits
     * @throws IllegalArgumentException   when an option is not one of the mission's codes (one line
     *                                    listing the valid ones); nothing is ingested
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; files finished before stay ingested and indexed
     * @throws IOException                when the index or the workspace cannot be written
     */
    public Ingest.Summary execute(IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Ingesting reports", 100);
        SearchIndex own = index == null ? SearchIndex.of(workspace) : null;
        SearchIndex used = own != null ? own : index;
        Throwable failure = null;
        try {
            Ingest ingest = new Ingest(workspace, used, options, extractOptions()).withLowerMarking(lowerMarking);
            if (timeLimit != null) {
                ingest.withTimeLimitPerFile(timeLimit);
            }
            ingest.followLinks(followLinks);
            SearchIndex.Sync sync = null;
            if (rebuild) {
                sync = used.rebuild(workspace, progress.split(20));
            } else if (own != null) {
                sync = used.synchronize(workspace, progress.split(20));
            }
            if (sync != null) {
                sync.problems().forEach(indexProblems);
            }
            progress.setWorkRemaining(80);
            long start = System.nanoTime();
            Ingest.Summary summary = ingest.run(paths, each, progress.split(80));
            ingestMillis = (System.nanoTime() - start) / 1_000_000;
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            finish(used, own != null, failure);
        }
    }

    /**
     * Commits the index, then closes it (when the operation opened it) or releases its write lock.
     * A failure here is thrown when the run itself succeeded, else added to the run's failure.
     */
    private static void finish(SearchIndex index, boolean close, Throwable failure) throws IOException {
        IOException problem = null;
        try {
            index.commit();
        } catch (IOException e) {
            problem = e;
        }
        try {
            if (close) {
                index.close();
            } else {
                index.release();
            }
        } catch (IOException e) {
            if (problem == null) {
                problem = e;
            } else {
                problem.addSuppressed(e);
            }
        }
        if (problem != null) {
            if (failure != null) {
                failure.addSuppressed(problem);
            } else {
                throw problem;
            }
        }
    }

    /** How long the ingest itself took (after the index was brought up to date), in ms; -1 before it ran. */
    public long ingestMillis() {
        return ingestMillis;
    }

    /**
     * A file's outcome as one line, as the {@code ingest} command prints it:
     * {@code ingested|updated|unchanged PATH REPORT_ID}, followed by {@code (warning: ...)} when
     * part of the file could not be read (scanned pages without OCR), or {@code refused PATH: reason}.
     */
    public static String line(Ingest.Result result) {
        String status = result.status().name().toLowerCase(Locale.ROOT);
        return switch (result.status()) {
            case REFUSED -> status + " " + result.file() + ": " + result.reason();
            default -> status + " " + result.file() + " " + result.reportId() + (result.reason() == null ? "" : " (" + result.reason() + ")");
        };
    }
}
