package mosaic.search;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import mosaic.core.DaemonThreads;
import mosaic.core.workspace.Workspace;
import mosaic.io.extract.ExtractOptions;
import mosaic.model.Attribute;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.internal.ContentStore;
import mosaic.search.internal.Sidecar;

/**
 * Ingests report files into a workspace: each file becomes a {@link Report} record, its original
 * is stored content-addressed under {@code content/}, and its passages are indexed.
 * <p>
 * <b>Files.</b> Paths may be files or folders (walked recursively, in name order; hidden files
 * and sidecars are skipped). The type comes from the content, not the extension (see
 * {@link mosaic.io.extract.TextExtractor}), so a mis-named file is read as what it is and a file of no known type is
 * refused.
 * <p>
 * <b>Metadata</b>, per value, first found wins:
 * <ol>
 * <li>a sidecar beside the file, {@code NAME.meta.json} or {@code NAME.meta.properties} (keys
 * title, type, date, author, component, classification, compartment): what the analyst wrote
 * down about this file beats everything;</li>
 * <li>the file's own metadata (title, author, date, classification banner or property);</li>
 * <li>the {@link Options} given at import (type, classification, compartment): defaults for files
 * that carry none;</li>
 * <li>fallbacks: title from the file name, type {@value #DEFAULT_TYPE}, date of the file's last
 * change, the mission's lowest classification, no compartment.</li>
 * </ol>
 * A value that is not one of the mission's (classification, report type, compartment) makes the
 * file refused: guessing a marking is worse than asking.
 * <p>
 * <b>Incremental.</b> Content already in the workspace (same SHA-256) is {@code UNCHANGED}, one
 * report however often or from wherever it is ingested. A file ingested before from the same
 * path with new content is {@code UPDATED}: same report, new content and passages, the analysts'
 * link corrections kept; the old original is removed when no other report uses it.
 * <p>
 * <b>Nothing partial.</b> Per file, everything is prepared in memory first (extraction, metadata,
 * index documents); then the original is written, the record saved and the documents handed to
 * the index; a failure in any step undoes the steps before it. Cancelling stops between files or
 * inside an extraction, before anything of that file is written. A bad file never stops the run:
 * it is {@code REFUSED} with its reason and the run goes on.
 * <p>
 * After the run the index is committed, and when anything was ingested or updated the
 * workspace's {@link SavedSearches} are run again and their new hits returned.
 */
public final class Ingest {

    /** The report type of a file for which neither sidecar nor options name one. */
    public static final String DEFAULT_TYPE = "open-source";
    /** The attribute holding the absolute path a report was last ingested from. */
    public static final String SOURCE_KEY = "search.source";
    /** How many threads hand documents to the index at once. */
    static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** What happened to one file. */
    public enum Status {
        /** A new report was made. */
        INGESTED,
        /** The content was already in the workspace; nothing changed. */
        UNCHANGED,
        /** The file was ingested before from the same path; its report now has the new content. */
        UPDATED,
        /** The file was not ingested; the reason says why. Nothing of it was kept. */
        REFUSED
    }

    /**
     * The outcome for one file.
     *
     * @param file     the file
     * @param status   what happened
     * @param reportId the report made, updated or already holding the content; {@code null} when refused
     * @param reason   why it was refused; for a file ingested or updated, what of it could not be read
     *                 (a warning: "no text: scanned pages, OCR off"); or {@code null}
     */
    public record Result(Path file, Status status, String reportId, String reason) {
    }

    /**
     * The mission's taxonomy whose term codes, in order, are the Tesseract languages its scans are
     * read in ({@code eng}, {@code fra}): the OCR languages of an ingest that names none.
     */
    public static final String OCR_LANGUAGES_TAXONOMY = "ocr-language";

    /**
     * The extraction options of a workspace: the default limits, OCR on in the mission's languages
     * (the {@value #OCR_LANGUAGES_TAXONOMY} taxonomy's codes, {@code eng} when it has none).
     */
    public static ExtractOptions extractOptions(Workspace workspace) {
        MissionRules rules = workspace.rules();
        if (rules.hasTaxonomy(OCR_LANGUAGES_TAXONOMY) && !rules.termCodes(OCR_LANGUAGES_TAXONOMY).isEmpty()) {
            return ExtractOptions.DEFAULTS.withOcrLanguages(String.join("+", rules.termCodes(OCR_LANGUAGES_TAXONOMY)));
        }
        return ExtractOptions.DEFAULTS;
    }

    /**
     * The outcome of a run.
     *
     * @param results         one per file, in the order processed
     * @param savedSearchHits for each saved search with new hits, the ids of the reports it finds now and did not before
     */
    public record Summary(List<Result> results, Map<String, List<String>> savedSearchHits) {
        /** How many files ended with a status. */
        public long count(Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    /**
     * Defaults for files that carry no metadata of their own; {@code null} values mean "none given".
     *
     * @param type           report type code
     * @param classification classification code
     * @param compartment    compartment code
     */
    public record Options(String type, String classification, String compartment) {
        /** No defaults. */
        public static final Options NONE = new Options(null, null, null);
    }

    private final Workspace workspace;
    private final SearchIndex index;
    private final Map<String, Report> byHash = new ConcurrentHashMap<>();
    private final Map<String, Report> bySource = new HashMap<>();
    private final FilePreparer preparer;
    private final BatchSetup setup;
    private final BatchWriter writer;
    private final IndexHandOff handOff;
    private boolean followLinks;

    /**
     * @param workspace where reports go
     * @param index     the workspace's index
     * @param options   defaults for files without metadata
     * @param limits    extraction limits (file size, zip bomb guard)
     * @throws IllegalArgumentException when an option is not one of the mission's values
     */
    public Ingest(Workspace workspace, SearchIndex index, Options options, ExtractOptions limits) {
        this.workspace = Objects.requireNonNull(workspace);
        this.index = Objects.requireNonNull(index);
        Objects.requireNonNull(options);
        Objects.requireNonNull(limits);
        ContentStore store = new ContentStore(workspace);
        IngestUndo undo = new IngestUndo(workspace, store);
        this.preparer = new FilePreparer(workspace, index, options, limits, byHash);
        this.setup = new BatchSetup(workspace, store, byHash, bySource, undo);
        this.handOff = new IndexHandOff(index, byHash, bySource, undo);
        this.writer = new BatchWriter(workspace, undo, handOff);
        String problem = problem(workspace.rules(), options.type(), options.classification(), options.compartment());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        for (Report report : workspace.objects(Report.class)) {
            if (report.getContentHash() != null) {
                byHash.put(report.getContentHash(), report);
            }
            String source = source(report);
            if (source != null) {
                bySource.put(source, report);
            }
        }
    }

    /**
     * How long reading one file may take before it is stopped and refused (five minutes unless set):
     * a parser that hangs never holds up a run.
     */
    public Ingest withTimeLimitPerFile(java.time.Duration limit) {
        preparer.reader(preparer.reader().withTimeLimit(limit));
        return this;
    }

    /**
     * Whether a sidecar may lower the marking a file carries itself (its banner's or property's
     * classification, its banner's compartment); without it such a file is refused. A lowered
     * file's result says so in its reason.
     */
    public Ingest withLowerMarking(boolean allowed) {
        preparer.lowerMarking(allowed);
        return this;
    }

    /**
     * Reads files' text with another parser than the {@link mosaic.io.extract.TextExtractor} (a
     * test's parser that fails on purpose, a format of one's own); it is isolated as the extractor is.
     */
    public Ingest withParser(DocumentParser parser) {
        preparer.reader(preparer.reader().withParser(parser));
        return this;
    }

    /** Ingest with the default extraction limits. */
    public Ingest(Workspace workspace, SearchIndex index, Options options) {
        this(workspace, index, options, ExtractOptions.DEFAULTS);
    }

    /**
     * Ingests files and folders.
     *
     * @param paths   files and folders
     * @param each    told of each file's result as soon as it is known, in the order of the files
     *                (may be {@code null})
     * @param monitor progress and cancellation
     * @throws OperationCanceledException when cancelled; files finished before stay ingested and indexed
     */
    public Summary run(List<Path> paths, Consumer<Result> each, IProgressMonitor monitor) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> walkProblems = new HashMap<>();
        List<Path> roots = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                roots.add(path.toRealPath());
                List<Path> found = new ArrayList<>();
                walk(path, found, walkProblems);
                found.stream().filter(f -> !hidden(path, f)).filter(f -> !Sidecar.isSidecar(f)).sorted().forEach(files::add);
            } else {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)) {
                    roots.add(path.toRealPath());
                }
                files.add(path);
            }
        }
        preparer.links(followLinks, roots, normalized(walkProblems));
        SubMonitor progress = SubMonitor.convert(monitor, "Ingesting " + files.size() + " files", files.size() + 1);
        EntityMatcher matcher = EntityMatcher.of(workspace, index.analyzer());
        IngestRun run = new IngestRun(matcher, progress, each, Executors.newFixedThreadPool(4, DaemonThreads.named("mosaic-ingest-write")),
            Executors.newFixedThreadPool(INDEXING_THREADS, DaemonThreads.named("mosaic-ingest-index")));
        // Four things overlap: a worker reads, hashes, extracts and links the next files (nothing
        // of a file is written there); this thread sets up the records of one batch; the file
        // system writes its originals and records; and the index threads take the batch before it,
        // whose files are safely written.
        ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("mosaic-ingest-prepare"));
        IProgressMonitor cancelled = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }

            @Override
            public void subTask(String name) {
                progress.subTask(name); // OCR's "OCR page 2 of 5: scan.pdf"
            }
        };
        Deque<Future<PreparedFile>> ahead = new ArrayDeque<>();
        long aheadBytes = 0;
        Deque<Long> aheadSizes = new ArrayDeque<>();
        Deque<Path> aheadFiles = new ArrayDeque<>();
        int next = 0;
        // batches begun and not yet stored (one, or two while the next is being stored), oldest first
        Deque<IngestBatch> pending = new ArrayDeque<>();
        // batches being indexed, oldest first: the next is handed to the index threads before the
        // one before it is completed, so that they go on to it without waiting for this thread
        Deque<IndexingBatch> indexing = new ArrayDeque<>();
        boolean stopped = false;
        try {
            int taken = 0;
            while (taken < files.size() && !stopped) {
                List<PreparedFile> prepared = new ArrayList<>();
                long batchBytes = 0;
                while (taken < files.size() && prepared.size() < BATCH_FILES && batchBytes < BATCH_BYTES) {
                    while (next < files.size() && (ahead.isEmpty() || ahead.size() < 2 * BATCH_FILES && aheadBytes < 2 * BATCH_BYTES)) {
                        Path file = files.get(next++).toAbsolutePath().normalize();
                        long size = sizeOf(file);
                        aheadSizes.add(size);
                        aheadBytes += size;
                        aheadFiles.add(file);
                        ahead.add(worker.submit(() -> preparer.prepare(file, matcher, cancelled)));
                    }
                    progress.subTask(files.get(taken).getFileName().toString());
                    if (progress.isCanceled()) {
                        stopped = true;
                        break;
                    }
                    PreparedFile p = await(ahead.poll(), aheadFiles.poll());
                    long size = aheadSizes.poll();
                    aheadBytes -= size;
                    batchBytes += size;
                    prepared.add(p);
                    taken++;
                }
                pending.add(setup.begin(prepared, run));
                if (pending.size() > 1) {
                    indexing.add(writer.store(pending.peek(), run));
                    pending.poll();
                }
                while (indexing.size() > 1) {
                    handOff.complete(indexing.poll(), run);
                }
            }
            while (!pending.isEmpty()) {
                indexing.add(writer.store(pending.peek(), run));
                pending.poll();
            }
            while (!indexing.isEmpty()) {
                handOff.complete(indexing.poll(), run);
            }
        } finally {
            worker.shutdownNow();
            try {
                // a failure above: what was written is completed, not left half done (storing a
                // batch again only finishes what its first attempt left)
                while (!indexing.isEmpty()) {
                    handOff.complete(indexing.poll(), run);
                }
                while (!pending.isEmpty()) {
                    handOff.complete(writer.store(pending.poll(), run), run);
                }
                index.commit();
            } finally {
                run.writers.shutdown();
                run.indexers.shutdown();
            }
        }
        if (stopped) {
            throw new OperationCanceledException();
        }
        Map<String, List<String>> newHits = Map.of();
        if (run.changed) {
            newHits = SavedSearches.load(workspace).rerun(index.searcher().withEntities(matcher), workspace);
        }
        progress.done();
        return new Summary(run.results, newHits);
    }

    /**
     * Walks a folder: every entry that is not a folder, links among them (not followed unless
     * {@link #followLinks(boolean)}; the preparer refuses them), and entries that could not be read
     * (an unreadable folder, a link loop) with the reason, so that each gets its line.
     */
    private void walk(Path folder, List<Path> found, Map<Path, String> problems) throws IOException {
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        Files.walkFileTree(folder, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                found.add(file);
                problems.put(file, e instanceof FileSystemLoopException ? "a link back to a folder above it (a loop): not walked"
                    : e instanceof AccessDeniedException ? "cannot be read (permission denied)" : "cannot be read (" + e.getMessage() + ")");
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Map<Path, String> normalized(Map<Path, String> problems) {
        Map<Path, String> out = new HashMap<>();
        problems.forEach((path, reason) -> out.put(path.toAbsolutePath().normalize(), reason));
        return out;
    }

    /**
     * Whether symbolic links are followed, to files inside the folders and files given only (a link
     * out of them is refused); by default no link is followed, each is refused with its target.
     */
    public Ingest followLinks(boolean follow) {
        this.followLinks = follow;
        return this;
    }

    /** How many files are written and indexed together, at most. */
    private static final int BATCH_FILES = 32;
    /** How many bytes of originals a batch holds, about (a batch has at least one file). */
    private static final long BATCH_BYTES = 32L << 20;

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A file's preparation; whatever went wrong there refuses the file, never the run. */
    private static PreparedFile await(Future<PreparedFile> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OperationCanceledException cancel) {
                throw cancel;
            }
            return PreparedFile.refused(file, IsolatedReader.reason(e.getCause()));
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static Result refused(Path file, String reason) {
        return new Result(file, Status.REFUSED, null, reason);
    }

    /**
     * What is wrong with the given values for this mission, or {@code null}: "unknown report type
     * 'X'; valid: a, b, c", listing the mission's codes.
     */
    static String problem(MissionRules rules, String type, String classification, String compartment) {
        if (classification != null && !rules.isClassification(classification)) {
            return unknown("classification", classification, rules.classificationCodes());
        }
        if (type != null && rules.hasTaxonomy(MissionRules.REPORT_TYPES) && !rules.hasTerm(MissionRules.REPORT_TYPES, type)) {
            return unknown("report type", type, rules.termCodes(MissionRules.REPORT_TYPES));
        }
        if (compartment != null && rules.hasTaxonomy(MissionRules.COMPARTMENTS) && !rules.hasTerm(MissionRules.COMPARTMENTS, compartment)) {
            return unknown("compartment", compartment, rules.termCodes(MissionRules.COMPARTMENTS));
        }
        return null;
    }

    private static String unknown(String what, String value, List<String> valid) {
        return "unknown " + what + " '" + value + "'; valid: " + (valid.isEmpty() ? "none in this mission" : String.join(", ", valid));
    }

    /** The path a report was last ingested from, or {@code null}. */
    public static String source(Report report) {
        for (Attribute attribute : report.getAttributes()) {
            if (SOURCE_KEY.equals(attribute.getKey())) {
                return attribute.getValue();
            }
        }
        return null;
    }
}
