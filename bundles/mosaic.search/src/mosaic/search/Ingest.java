package mosaic.search;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;

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
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
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
    /** How many files the worker prepares ahead of the one being stored. */
    private static final int LOOKAHEAD = 4;

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
     * @param each    told of each file's result as soon as it is known (may be {@code null})
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
        List<Result> results = new ArrayList<>();
        boolean changed = false;
        // Two stages: a worker reads, hashes, extracts and links the next files (nothing of a file is
        // written there), while this thread stores, saves and indexes them in order.
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mosaic-ingest-prepare");
            thread.setDaemon(true);
            return thread;
        });
        IProgressMonitor cancelled = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        };
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        int next = 0;
        try {
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && ahead.size() < LOOKAHEAD) {
                    Path file = files.get(next++).toAbsolutePath().normalize();
                    ahead.add(worker.submit(() -> prepare(file, matcher, cancelled)));
                }
                SubMonitor one = progress.split(1);
                one.subTask(files.get(i).getFileName().toString());
                Prepared prepared = await(ahead.poll());
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Result result = prepared.refusal() != null ? prepared.refusal() : store(prepared, matcher);
                changed |= result.status() == Status.INGESTED || result.status() == Status.UPDATED;
                results.add(result);
                if (each != null) {
                    each.accept(result);
                }
            }
        } finally {
            worker.shutdownNow();
            index.commit();
        }
        Map<String, List<String>> newHits = Map.of();
        if (changed) {
            newHits = SavedSearches.load(workspace).rerun(index.searcher().withEntities(matcher), workspace);
        }
        progress.done();
        return new Summary(results, newHits);
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
            List<Set<String>> mentions) {

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
        try {
            if (!Files.isRegularFile(file)) {
                return Prepared.refused(file, "no such file");
            }
            sidecar = Sidecar.read(file);
            long size = Files.size(file);
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
            extracted = extractor.extract(file, limits, monitor);
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
                : Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            return Prepared.refused(file, "sidecar date '" + sidecar.get("date") + "' is not a date (write 2024-03-15 or 2024-03-15T08:00:00Z)");
        } catch (IOException e) {
            return Prepared.refused(file, e.getMessage());
        }
        List<Passage> passages = ReportDocuments.passages(extracted);
        return new Prepared(file, null, bytes, hash, sidecar, extracted.mediaType(), meta, type, classification, compartment, date, passages,
            ReportDocuments.mentions(passages, matcher));
    }

    /** Stores a prepared file: original, record, index documents; all or nothing. */
    private Result store(Prepared p, EntityMatcher matcher) {
        Path file = p.file();
        Report same = byHash.get(p.hash());
        if (same != null) {
            return new Result(file, Status.UNCHANGED, same.getId(), null);
        }
        String name = file.getFileName().toString();
        MissionRules rules = workspace.rules();
        String contentFile = ContentStore.relativePath(p.hash(), p.mediaType());
        Report previous = bySource.get(file.toString());
        Report report = previous != null ? previous : workspace.create(MosaicPackage.Literals.REPORT);
        Report backup = previous != null ? EcoreUtil.copy(previous) : null;
        String oldContent = previous != null ? previous.getContentFile() : null;
        String oldHash = previous != null ? previous.getContentHash() : null;
        boolean written = false;
        boolean added = false;
        try {
            report.setTitle(first(p.sidecar().get("title"), p.meta().title(), stripExtension(name)));
            report.setReportType(p.type());
            report.setDate(p.date());
            report.setAuthor(first(p.sidecar().get("author"), p.meta().author()));
            report.setComponent(p.sidecar().get("component"));
            report.setContentFile(contentFile);
            report.setContentHash(p.hash());
            report.setMediaType(p.mediaType().mime());
            report.setOriginalName(name);
            report.setSummary(summary(p.passages()));
            report.getMarking().setClassification(p.classification());
            report.getMarking().setCompartment(p.compartment());
            setSource(report, file.toString());
            written = store.store(contentFile, p.bytes());
            if (previous == null) {
                workspace.add(report);
                added = true;
            }
            workspace.save(report);
            index.update(report, p.passages(), p.mentions(), rules, matcher);
        } catch (IOException | RuntimeException e) {
            undo(report, backup, added, written ? contentFile : null);
            return refused(file, "could not be stored (" + e.getMessage() + "); nothing was kept");
        }
        if (previous != null) {
            byHash.remove(oldHash);
            removeUnused(oldContent);
        }
        byHash.put(p.hash(), report);
        bySource.put(file.toString(), report);
        return new Result(file, previous != null ? Status.UPDATED : Status.INGESTED, report.getId(), null);
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

    /** What is wrong with the given values for this mission, or {@code null}. */
    static String problem(MissionRules rules, String type, String classification, String compartment) {
        if (classification != null && !rules.isClassification(classification)) {
            return "classification '" + classification + "' is not one of the mission's levels (" + String.join(", ", rules.classificationCodes()) + ")";
        }
        if (type != null && rules.hasTaxonomy(MissionRules.REPORT_TYPES) && !rules.hasTerm(MissionRules.REPORT_TYPES, type)) {
            return "report type '" + type + "' is not one of the mission's report types";
        }
        if (compartment != null && rules.hasTaxonomy(MissionRules.COMPARTMENTS) && !rules.hasTerm(MissionRules.COMPARTMENTS, compartment)) {
            return "compartment '" + compartment + "' is not one of the mission's compartments";
        }
        return null;
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
        String text = passages.get(0).text().replaceAll("\\s+", " ");
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
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
