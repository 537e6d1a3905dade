package mosaic.search;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

import mosaic.core.DaemonThreads;
import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;
import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.model.Attribute;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.internal.Analyzed;
import mosaic.search.internal.ContentStore;
import mosaic.search.internal.Digests;
import mosaic.search.internal.ReportDocuments;
import mosaic.search.internal.Sidecar;

/**
 * Ingests report files into a workspace: each file becomes a {@link Report} record, its original
 * is stored content-addressed under {@code content/}, and its passages are indexed.
 * <p>
 * <b>Files.</b> Paths may be files or folders (walked recursively, in name order; hidden files
 * and sidecars are skipped). The type comes from the content, not the extension (see
 * {@link TextExtractor}), so a mis-named file is read as what it is and a file of no known type is
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
    private static final int SUMMARY_CHARS = 400;
    /** How many threads hand documents to the index at once. */
    private static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

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
     * @param reason   why it was refused, or {@code null}
     */
    public record Result(Path file, Status status, String reportId, String reason) {
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
    private final Options options;
    private final TextExtractor extractor = new TextExtractor();
    private final ExtractOptions limits;
    private final ContentStore store;
    private final Map<String, Report> byHash = new ConcurrentHashMap<>();
    private final Map<String, Report> bySource = new HashMap<>();
    /** During a run: the threads that write originals, and those that help the index. */
    private ExecutorService writers;
    private ExecutorService indexers;

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
        this.options = Objects.requireNonNull(options);
        this.limits = Objects.requireNonNull(limits);
        this.store = new ContentStore(workspace);
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
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> !hidden(path, f)).filter(f -> !Sidecar.isSidecar(f)).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Ingesting " + files.size() + " files", files.size() + 1);
        EntityMatcher matcher = EntityMatcher.of(workspace, index.analyzer());
        Run run = new Run(matcher, progress, each);
        writers = Executors.newFixedThreadPool(4, DaemonThreads.named("mosaic-ingest-write"));
        indexers = Executors.newFixedThreadPool(INDEXING_THREADS, DaemonThreads.named("mosaic-ingest-index"));
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
        };
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        long aheadBytes = 0;
        Deque<Long> aheadSizes = new ArrayDeque<>();
        int next = 0;
        // batches begun and not yet stored (one, or two while the next is being stored), oldest first
        Deque<Batch> pending = new ArrayDeque<>();
        // batches being indexed, oldest first: the next is handed to the index threads before the
        // one before it is completed, so that they go on to it without waiting for this thread
        Deque<Indexing> indexing = new ArrayDeque<>();
        boolean stopped = false;
        try {
            int taken = 0;
            while (taken < files.size() && !stopped) {
                List<Prepared> prepared = new ArrayList<>();
                long batchBytes = 0;
                while (taken < files.size() && prepared.size() < BATCH_FILES && batchBytes < BATCH_BYTES) {
                    while (next < files.size() && (ahead.isEmpty() || ahead.size() < 2 * BATCH_FILES && aheadBytes < 2 * BATCH_BYTES)) {
                        Path file = files.get(next++).toAbsolutePath().normalize();
                        long size = sizeOf(file);
                        aheadSizes.add(size);
                        aheadBytes += size;
                        ahead.add(worker.submit(() -> prepare(file, matcher, cancelled)));
                    }
                    progress.subTask(files.get(taken).getFileName().toString());
                    if (progress.isCanceled()) {
                        stopped = true;
                        break;
                    }
                    Prepared p = await(ahead.poll());
                    long size = aheadSizes.poll();
                    aheadBytes -= size;
                    batchBytes += size;
                    prepared.add(p);
                    taken++;
                }
                pending.add(begin(prepared, run));
                if (pending.size() > 1) {
                    indexing.add(store(pending.peek(), run));
                    pending.poll();
                }
                while (indexing.size() > 1) {
                    complete(indexing.poll(), run);
                }
            }
            while (!pending.isEmpty()) {
                indexing.add(store(pending.peek(), run));
                pending.poll();
            }
            while (!indexing.isEmpty()) {
                complete(indexing.poll(), run);
            }
        } finally {
            worker.shutdownNow();
            try {
                // a failure above: what was written is completed, not left half done (storing a
                // batch again only finishes what its first attempt left)
                while (!indexing.isEmpty()) {
                    complete(indexing.poll(), run);
                }
                while (!pending.isEmpty()) {
                    complete(store(pending.poll(), run), run);
                }
                index.commit();
            } finally {
                writers.shutdown();
                indexers.shutdown();
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

    /** How many files are written and indexed together, at most. */
    private static final int BATCH_FILES = 32;
    /** How many bytes of originals a batch holds, about (a batch has at least one file). */
    private static final long BATCH_BYTES = 32L << 20;

    /** The state of one run of {@link #run}. */
    private static final class Run {
        final EntityMatcher matcher;
        final SubMonitor progress;
        final Consumer<Result> each;
        final List<Result> results = new ArrayList<>();
        /** Reports of this run not yet finished, by content hash: a second file with the same bytes waits for the first. */
        final Map<String, Entry> unfinished = new HashMap<>();
        boolean changed;

        Run(EntityMatcher matcher, SubMonitor progress, Consumer<Result> each) {
            this.matcher = matcher;
            this.progress = progress;
            this.each = each;
        }
    }

    /** One file of a batch, on its way to being stored. */
    private static final class Entry {
        final Prepared prepared;
        Result result;
        /** The file with the same bytes earlier in this run, whose report this one is. */
        Entry sameAs;
        Report report;
        Report previous;
        Report backup;
        boolean added;
        String contentFile;
        /** The original's write under a temporary name: {@code null} when it was stored already. */
        Future<AtomicFiles.Staged> content;
        String problem;

        Entry(Prepared prepared) {
            this.prepared = prepared;
        }
    }

    /**
     * Files being written, then indexed.
     *
     * @param records the records' save, or {@code null} when it could not start
     * @param problem why the records' save could not start, or {@code null}
     */
    private record Batch(List<Entry> entries, Workspace.PendingSave records, String problem, Future<?> durable) {
    }

    /**
     * Starts storing a batch: sets up each file's report record, and starts writing the originals
     * and the records in the background.
     */
    private Batch begin(List<Prepared> prepared, Run run) {
        // originals and records of the batch are made durable together: one flush, not two per report
        AtomicFiles.Group group = AtomicFiles.group();
        List<Entry> entries = new ArrayList<>();
        List<Report> records = new ArrayList<>();
        for (Prepared p : prepared) {
            Entry entry = new Entry(p);
            entries.add(entry);
            if (p.refusal() != null) {
                entry.result = p.refusal();
                continue;
            }
            Report same = byHash.get(p.hash());
            if (same != null) {
                entry.result = new Result(p.file(), Status.UNCHANGED, same.getId(), null);
                continue;
            }
            Entry first = run.unfinished.get(p.hash());
            if (first != null) {
                entry.sameAs = first;
                continue;
            }
            try {
                setUp(entry);
            } catch (RuntimeException e) {
                entry.problem = e.getMessage();
                undo(entry);
                continue;
            }
            run.unfinished.put(p.hash(), entry);
            records.add(entry.report);
            byte[] bytes = p.bytes();
            String contentFile = entry.contentFile;
            entry.content = writers.submit(() -> store.stage(contentFile, bytes, group));
        }
        Workspace.PendingSave save;
        try {
            save = workspace.beginSave(records, group);
        } catch (IOException e) {
            return new Batch(entries, null, e.getMessage(), null);
        }
        // the sync waits for the batch's files on a writer, so that the next batch is prepared meanwhile
        Future<?> durable = writers.submit(() -> {
            for (Entry entry : entries) {
                if (entry.content != null) {
                    try {
                        entry.content.get();
                    } catch (ExecutionException e) {
                        // store() reports it
                    }
                }
            }
            save.awaitDurable();
            return null;
        });
        return new Batch(entries, save, null, durable);
    }

    /** Sets the report record of a file (a new one, or the one ingested before from the same path). */
    private void setUp(Entry entry) {
        Prepared p = entry.prepared;
        Path file = p.file();
        String name = file.getFileName().toString();
        entry.contentFile = ContentStore.relativePath(p.hash(), p.mediaType());
        entry.previous = bySource.get(file.toString());
        entry.report = entry.previous != null ? entry.previous : workspace.create(MosaicPackage.Literals.REPORT);
        entry.backup = entry.previous != null ? EcoreUtil.copy(entry.previous) : null;
        Report report = entry.report;
        report.setTitle(first(p.sidecar().get("title"), p.meta().title(), stripExtension(name)));
        report.setReportType(p.type());
        report.setDate(p.date());
        report.setAuthor(first(p.sidecar().get("author"), p.meta().author()));
        report.setComponent(p.sidecar().get("component"));
        report.setContentFile(entry.contentFile);
        report.setContentHash(p.hash());
        report.setMediaType(p.mediaType().mime());
        report.setOriginalName(name);
        report.setSummary(summary(p.passages()));
        report.getMarking().setClassification(p.classification());
        report.getMarking().setCompartment(p.compartment());
        setSource(report, file.toString());
        if (entry.previous == null) {
            workspace.add(report);
            entry.added = true;
        }
    }

    /**
     * A batch being indexed: its originals and records are in place; {@code indexed} is done when
     * the index has its reports' documents (the problems of those it could not take are in their
     * entries).
     */
    private record Indexing(Batch batch, List<Entry> toIndex, Future<?> indexed) {
    }

    /**
     * Puts a batch's files in place and starts indexing its reports on the index threads, so that
     * this thread sets up the next batch meanwhile; {@link #complete} finishes it.
     */
    private Indexing store(Batch batch, Run run) {
        if (batch.durable() != null) {
            try {
                batch.durable().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // each file's own failure is found below
            }
        }
        // the originals, written under temporary names; then the records, and one sync of both
        Map<Entry, AtomicFiles.Staged> originals = new HashMap<>();
        for (Entry entry : batch.entries()) {
            if (entry.report != null && entry.problem == null) {
                try {
                    AtomicFiles.Staged staged = entry.content.get();
                    if (staged != null) {
                        originals.put(entry, staged);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    entry.problem = "interrupted";
                } catch (ExecutionException e) {
                    entry.problem = e.getCause().getMessage();
                }
            }
        }
        if (batch.records() != null) {
            batch.records().awaitDurable();
        }
        // originals in place before the records that point to them
        for (var it = originals.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Entry, AtomicFiles.Staged> original = it.next();
            try {
                original.getValue().publish();
            } catch (IOException | IllegalStateException e) {
                original.getKey().problem = e.getMessage();
                original.getValue().discard();
                it.remove();
            }
        }
        Map<MosaicObject, IOException> failedRecords = new HashMap<>();
        if (batch.records() != null) {
            batch.records().finishQuietly(null);
            failedRecords.putAll(batch.records().failures());
        }
        MissionRules rules = workspace.rules();
        List<Entry> toIndex = new ArrayList<>();
        for (Entry entry : batch.entries()) {
            if (entry.report == null) {
                continue;
            }
            boolean written = originals.containsKey(entry);
            if (entry.problem != null) {
                if (entry.content != null) {
                    undoStored(entry, written);
                }
                continue;
            }
            if (entry.problem == null && batch.problem() != null) {
                entry.problem = batch.problem();
            }
            if (entry.problem == null && failedRecords.containsKey(entry.report)) {
                entry.problem = failedRecords.get(entry.report).getMessage();
            }
            if (entry.problem == null) {
                toIndex.add(entry);
            }
            if (entry.problem != null) {
                undoStored(entry, written);
            } else if (!written) {
                entry.contentFile = null; // already stored for another report: not ours to remove on failure
            }
        }
        return new Indexing(batch, toIndex, indexAll(toIndex, rules, run.matcher));
    }

    /**
     * Finishes a batch: waits until its reports are indexed, undoes those that could not be, and
     * reports every file's result in order.
     */
    private void complete(Indexing indexing, Run run) {
        try {
            indexing.indexed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
        Batch batch = indexing.batch();
        for (Entry entry : indexing.toIndex()) {
            if (entry.problem != null) {
                undoStored(entry, entry.contentFile != null);
            }
        }
        for (Entry entry : batch.entries()) {
            Path file = entry.prepared.file();
            if (entry.result == null && entry.sameAs != null) {
                Entry first = entry.sameAs;
                entry.result = first.problem == null ? new Result(file, Status.UNCHANGED, first.report.getId(), null)
                    : refused(file, "same content as " + first.prepared.file().getFileName() + ", which could not be stored; nothing was kept");
            } else if (entry.result == null && entry.problem != null) {
                entry.result = refused(file, "could not be stored (" + entry.problem + "); nothing was kept");
                run.unfinished.remove(entry.prepared.hash());
            } else if (entry.result == null) {
                Report report = entry.report;
                if (entry.previous != null) {
                    byHash.remove(entry.backup.getContentHash());
                    removeUnused(entry.backup.getContentFile());
                }
                byHash.put(entry.prepared.hash(), report);
                bySource.put(file.toString(), report);
                run.unfinished.remove(entry.prepared.hash());
                run.changed = true;
                entry.result = new Result(file, entry.previous != null ? Status.UPDATED : Status.INGESTED, report.getId(), null);
            }
            run.results.add(entry.result);
            run.progress.worked(1);
            if (run.each != null) {
                run.each.accept(entry.result);
            }
        }
    }

    /**
     * Builds the documents of a batch's reports and hands them to the index, on as many threads as
     * there are processors (Lucene's writer takes documents from several threads at once); the
     * future is done when every report is indexed or has its problem.
     */
    private Future<?> indexAll(List<Entry> entries, MissionRules rules, EntityMatcher matcher) {
        AtomicInteger cursor = new AtomicInteger();
        // each report's documents are built where they are indexed: the records are only read here,
        // and nothing changes them until the batch is complete
        Runnable work = () -> {
            for (int i = cursor.getAndIncrement(); i < entries.size(); i = cursor.getAndIncrement()) {
                Entry entry = entries.get(i);
                List<Document> documents;
                try {
                    documents = index.documents(entry.report, entry.prepared.passages(), entry.prepared.analyzed(), rules, matcher);
                } catch (RuntimeException e) {
                    entry.problem = e.getMessage();
                    continue;
                }
                try {
                    if (entry.added) {
                        index.add(documents); // a new report, under an id never indexed
                    } else {
                        index.replace(entry.report.getId(), documents);
                    }
                } catch (IOException | RuntimeException e) {
                    entry.problem = "index: " + e.getMessage();
                }
            }
        };
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 0; i < Math.min(INDEXING_THREADS, entries.size()); i++) {
            helpers.add(CompletableFuture.runAsync(work, indexers));
        }
        return CompletableFuture.allOf(helpers.toArray(CompletableFuture[]::new));
    }

    /** Undoes a file whose record was set up: the record (and the original, when this run wrote it). */
    private void undoStored(Entry entry, boolean contentWritten) {
        undo(entry.report, entry.backup, entry.added, contentWritten ? entry.contentFile : null);
        if (entry.previous == null) {
            entry.report = null;
        }
    }

    /** Undoes a file whose set-up failed before anything was written. */
    private void undo(Entry entry) {
        if (entry.report != null) {
            undo(entry.report, entry.backup, entry.added, null);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OperationCanceledException cancel) {
                throw cancel;
            }
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
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

    /** What the worker found out about a file: a refusal, or everything needed to store it. */
    private record Prepared(Path file, Result refusal, byte[] bytes, String hash, Map<String, String> sidecar, MediaType mediaType,
            DocumentMetadata meta, String type, String classification, String compartment, Instant date, List<Passage> passages,
            Analyzed analyzed) {

        static Prepared refused(Path file, String reason) {
            return new Prepared(file, Ingest.refused(file, reason), null, null, null, null, null, null, null, null, null, null, null);
        }

        static Prepared known(Path file, byte[] bytes, String hash) {
            return new Prepared(file, null, bytes, hash, Map.of(), null, null, null, null, null, null, null, null);
        }
    }

    /** Reads, hashes, extracts and links a file; writes nothing. Runs on the worker thread. */
    private Prepared prepare(Path file, EntityMatcher matcher, IProgressMonitor monitor) {
        byte[] bytes;
        Map<String, String> sidecar;
        BasicFileAttributes attributes;
        try {
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return Prepared.refused(file, "no such file");
            }
            if (!attributes.isRegularFile()) {
                return Prepared.refused(file, "no such file");
            }
            sidecar = Sidecar.read(file);
            long size = attributes.size();
            if (size > limits.maxFileBytes()) {
                return Prepared.refused(file, "file is " + (size >> 20) + " MiB, larger than the limit of " + (limits.maxFileBytes() >> 20)
                    + " MiB (refused, not read)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Prepared.refused(file, e.getMessage());
        }
        String hash = Digests.sha256(bytes);
        if (byHash.containsKey(hash)) {
            return Prepared.known(file, bytes, hash);
        }
        Extracted extracted;
        try {
            extracted = extractor.extract(file.getFileName().toString(), bytes, limits, monitor);
        } catch (ExtractionException e) {
            return Prepared.refused(file, e.reason());
        }
        MissionRules rules = workspace.rules();
        DocumentMetadata meta = extracted.metadata();
        String type = first(sidecar.get("type"), options.type(), DEFAULT_TYPE);
        String classification = first(sidecar.get("classification"), meta.classification(), options.classification(),
            rules.classificationCodes().get(0));
        String compartment = first(sidecar.get("compartment"), options.compartment());
        String problem = problem(rules, type, classification, compartment);
        if (problem != null) {
            String origin = sidecar.containsKey("classification") || sidecar.containsKey("type") || sidecar.containsKey("compartment")
                ? " (from the sidecar)" : meta.classification() != null && classification.equals(meta.classification()) ? " (marked in the file)" : "";
            return Prepared.refused(file, problem + origin);
        }
        Instant date;
        try {
            date = sidecar.containsKey("date") ? parseDate(sidecar.get("date")) : meta.date() != null ? meta.date()
                : attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            return Prepared.refused(file, "sidecar date '" + sidecar.get("date") + "' is not a date (write 2024-03-15 or 2024-03-15T08:00:00Z)");
        }
        List<Passage> passages = ReportDocuments.passages(extracted);
        return new Prepared(file, null, bytes, hash, sidecar, extracted.mediaType(), meta, type, classification, compartment, date, passages,
            Analyzed.of(passages, index.analyzer(), matcher));
    }

    private void undo(Report report, Report backup, boolean added, String writtenContent) {
        try {
            if (added) {
                workspace.delete(report);
            } else if (backup != null) {
                for (var feature : MosaicPackage.Literals.REPORT.getEAllStructuralFeatures()) {
                    if (feature.isChangeable() && !feature.isDerived()) {
                        report.eSet(feature, backup.eGet(feature));
                    }
                }
                workspace.save(report);
            }
            if (writtenContent != null) {
                store.remove(writtenContent);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("ingest failed and could not be undone for report " + report.getId() + ": " + e.getMessage(), e);
        }
    }

    private void removeUnused(String contentFile) {
        if (contentFile == null) {
            return;
        }
        for (Report other : workspace.objects(Report.class)) {
            if (contentFile.equals(other.getContentFile())) {
                return;
            }
        }
        try {
            store.remove(contentFile);
        } catch (IOException e) {
            throw new IllegalStateException("old content " + contentFile + " could not be removed: " + e.getMessage(), e);
        }
    }

    private static Result refused(Path file, String reason) {
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

    static Instant parseDate(String text) {
        String value = text.trim();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String summary(List<Passage> passages) {
        if (passages.isEmpty()) {
            return null;
        }
        String first = passages.get(0).text();
        // only the beginning is needed: white space is folded in at most twice the summary's length
        boolean cut = first.length() > 2 * SUMMARY_CHARS;
        int end = cut ? 2 * SUMMARY_CHARS : first.length();
        StringBuilder text = new StringBuilder(SUMMARY_CHARS + 1);
        for (int i = 0; i < end && text.length() <= SUMMARY_CHARS; i++) {
            char c = first.charAt(i);
            if (isSpace(c)) {
                while (i + 1 < end && isSpace(first.charAt(i + 1))) {
                    i++;
                }
                c = ' ';
            }
            text.append(c);
        }
        if (text.length() <= SUMMARY_CHARS && !cut) {
            return text.toString();
        }
        text.setLength(Math.min(text.length(), SUMMARY_CHARS));
        return text.append('…').toString();
    }

    /** White space as a summary folds it: what {@code \\s} matches in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    private static void setSource(Report report, String path) {
        for (Attribute attribute : report.getAttributes()) {
            if (SOURCE_KEY.equals(attribute.getKey())) {
                attribute.setValue(path);
                return;
            }
        }
        Attribute attribute = MosaicFactory.eINSTANCE.createAttribute();
        attribute.setKey(SOURCE_KEY);
        attribute.setValue(path);
        report.getAttributes().add(attribute);
    }
}
