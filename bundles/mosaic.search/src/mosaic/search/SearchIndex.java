package mosaic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import mosaic.core.DaemonThreads;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.internal.IndexFields;
import mosaic.search.internal.Analyzed;
import mosaic.search.internal.ReportDocuments;

/**
 * The Lucene index of a workspace's reports. It lives in {@code .mosaic/search/} inside the
 * workspace, which is never committed: the index is a cache that can always be rebuilt from the
 * workspace (the report records, their originals in {@code content/}, the actors' and places'
 * names, the analysts' {@link LinkCorrections}).
 * <p>
 * {@link #synchronize} brings the index up to date incrementally: every report document carries
 * a fingerprint of what went into it, so only reports whose record, content, corrections or
 * marking changed, or whose entity names changed, are indexed again, and reports no longer in
 * the workspace are removed. {@link Ingest} and the {@code search} command call it, so the index
 * follows the workspace after a pull or an edit.
 * <p>
 * One writer per index at a time (Lucene's write lock). Not thread-safe for writing; searchers
 * from {@link #searcher()} may be used from any thread.
 */
public final class SearchIndex implements AutoCloseable {

    /** The index folder inside the workspace's state folder. */
    public static final String FOLDER = "search";

    private final Path folder;
    private final Directory directory;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private IndexWriter writer;
    private DirectoryReader reader;
    /** The reader was opened from a writer that {@link #release} has closed since. */
    private boolean readerOfReleasedWriter;

    private SearchIndex(Path folder, Directory directory) {
        this.folder = folder;
        this.directory = directory;
    }

    /** Opens (creating if needed) the index in a folder. */
    public static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new SearchIndex(folder, FSDirectory.open(folder));
    }

    /** Opens (creating if needed) the index of a workspace, in {@code .mosaic/search/}. */
    public static SearchIndex of(Workspace workspace) throws IOException {
        return open(workspace.root().resolve(WorkspaceLocation.STATE_FOLDER).resolve(FOLDER));
    }

    /** The analyzer of the text fields. */
    public SearchAnalyzer analyzer() {
        return analyzer;
    }

    synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new IOException(folder + ": the search index is open for writing elsewhere (another Mosaic window or command); close it and retry", e);
            }
        }
        return writer;
    }

    /**
     * Replaces the documents of a report (atomically: a reader sees the old ones or the new ones).
     * Visible to searchers after {@link #commit()} or the next {@link #searcher()}.
     */
    public void update(Report report, List<Passage> passages, MissionRules rules, EntityMatcher matcher) throws IOException {
        List<Document> docs = documents(report, passages, Analyzed.of(passages, analyzer, matcher), rules, matcher);
        writer().updateDocuments(new Term(IndexFields.REPORT, report.getId()), docs);
    }

    /**
     * The documents of a report, for {@link #replace}, from its passages analysed already (for
     * example on another thread, by {@link Analyzed#of}); built on the thread that owns the record.
     */
    List<Document> documents(Report report, List<Passage> passages, Analyzed analyzed, MissionRules rules, EntityMatcher matcher) {
        return ReportDocuments.build(report, passages, analyzed, rules, matcher, analyzer);
    }

    /**
     * Replaces the documents of a report with documents from {@link #documents}. Unlike the rest of
     * this class, safe to call from several threads at once (Lucene indexes on each caller's thread).
     */
    void replace(String reportId, List<Document> docs) throws IOException {
        writer().updateDocuments(new Term(IndexFields.REPORT, reportId), docs);
    }

    /**
     * Adds the documents of a report that has none in the index yet (a report made a moment ago,
     * under a new id). Unlike {@link #replace} no delete is buffered, so nothing has to be looked
     * up in the segments already on disk: on a large index that lookup is most of a report's cost.
     * Safe to call from several threads at once.
     */
    void add(List<Document> docs) throws IOException {
        writer().addDocuments(docs);
    }

    /** Removes a report's documents. */
    public void delete(String reportId) throws IOException {
        writer().deleteDocuments(new Term(IndexFields.REPORT, reportId));
    }

    /**
     * Makes the changes durable. The documents still in memory are written first on as many
     * threads as there are processors, one buffer each (a commit would otherwise write every
     * indexing thread's buffer in turn on this thread, while the other processors idle).
     */
    public void commit() throws IOException {
        if (writer != null) {
            flushInParallel(writer);
            writer.commit();
        }
    }

    /** Threads that write the in-memory buffers at a commit, besides the committing thread. */
    private static final int FLUSH_HELPERS = Runtime.getRuntime().availableProcessors() - 1;

    private static void flushInParallel(IndexWriter writer) throws IOException {
        if (FLUSH_HELPERS < 1 || writer.numRamDocs() == 0) {
            return;
        }
        List<CompletableFuture<Void>> helpers = new ArrayList<>(FLUSH_HELPERS);
        for (int i = 0; i < FLUSH_HELPERS; i++) {
            helpers.add(CompletableFuture.runAsync(() -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // one buffer per turn, until none is left
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, FLUSHERS));
        }
        while (writer.flushNextBuffer()) {
            // this thread takes its share too
        }
        for (CompletableFuture<Void> helper : helpers) {
            try {
                helper.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }
    }

    /** Daemon threads for {@link #flushInParallel}, kept for a while between commits. */
    private static final ExecutorService FLUSHERS = flushers();

    private static ExecutorService flushers() {
        return DaemonThreads.idling(FLUSH_HELPERS, 10, DaemonThreads.named("mosaic-search-flush"));
    }

    /**
     * Commits and closes the writer, when one is open, so that the index's write lock is free for
     * another process: an ingest from the command line while the workbench is open. The next
     * write opens a writer again; searchers go on working.
     */
    public synchronized void release() throws IOException {
        if (writer != null) {
            IndexWriter closing = writer;
            writer = null;
            readerOfReleasedWriter = reader != null;
            closing.close();
        }
    }

    /** Removes everything from the index (committed by the next {@link #commit()}). */
    public void clear() throws IOException {
        writer().deleteAll();
    }

    /**
     * A searcher over the current state of the index, uncommitted changes included. It stays
     * valid until the next call of this method that finds the index changed, which closes the
     * snapshot it reads (hold one searcher per query, or per result page, not for a session).
     */
    public Searcher searcher() throws IOException {
        return new Searcher(currentReader(), analyzer);
    }

    DirectoryReader currentReader() throws IOException {
        if (reader != null && readerOfReleasedWriter) {
            // a reader from a writer asks that writer for changes, and it is closed: start again
            // from what is on disk, which is all the released writer wrote
            DirectoryReader old = reader;
            reader = null;
            readerOfReleasedWriter = false;
            old.close();
        }
        if (reader == null) {
            reader = writer != null ? DirectoryReader.open(writer) : openCommitted();
        } else {
            DirectoryReader newer = writer != null ? DirectoryReader.openIfChanged(reader, writer) : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return reader;
    }

    private DirectoryReader openCommitted() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            writer().commit();
            return DirectoryReader.open(writer);
        }
        return DirectoryReader.open(directory);
    }

    /** Report id to fingerprint, for every report in the index. */
    public Map<String, String> fingerprints() throws IOException {
        DirectoryReader current = currentReader();
        IndexSearcher searcher = new IndexSearcher(current);
        TopDocs all = searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)), Math.max(1, current.maxDoc()));
        StoredFields stored = searcher.storedFields();
        Map<String, String> result = new HashMap<>();
        for (ScoreDoc hit : all.scoreDocs) {
            Document doc = stored.document(hit.doc, java.util.Set.of(IndexFields.REPORT, IndexFields.FINGERPRINT));
            result.put(doc.get(IndexFields.REPORT), doc.get(IndexFields.FINGERPRINT));
        }
        return result;
    }

    /** What {@link #synchronize} did. */
    public record Sync(int indexed, int removed, int unchanged, List<String> problems) {
    }

    /**
     * Brings the index up to date with the workspace: indexes new and changed reports (reading
     * their originals from the content store), removes reports that are gone, and commits.
     *
     * @return counts, and one line per report whose original could not be read (such a report is
     *         indexed by its title and summary alone)
     */
    public Sync synchronize(Workspace workspace, IProgressMonitor monitor) throws IOException {
        List<Report> reports = workspace.objects(Report.class);
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing reports", reports.size() + 1);
        EntityMatcher matcher = EntityMatcher.of(workspace, analyzer);
        MissionRules rules = workspace.rules();
        Map<String, String> indexed = fingerprints();
        TextExtractor extractor = new TextExtractor();
        List<String> problems = new ArrayList<>();
        int done = 0;
        int unchanged = 0;
        for (Report report : reports) {
            progress.split(1);
            String expected = ReportDocuments.fingerprint(report, rules, matcher);
            if (expected.equals(indexed.remove(report.getId()))) {
                unchanged++;
                continue;
            }
            update(report, passagesOf(workspace, report, extractor, problems, progress.newChild(0)), rules, matcher);
            done++;
        }
        for (String gone : indexed.keySet()) {
            delete(gone);
        }
        commit();
        progress.done();
        return new Sync(done, indexed.size(), unchanged, problems);
    }

    /** Empties the index and indexes every report again. */
    public Sync rebuild(Workspace workspace, IProgressMonitor monitor) throws IOException {
        clear();
        commit();
        return synchronize(workspace, monitor);
    }

    private static List<Passage> passagesOf(Workspace workspace, Report report, TextExtractor extractor, List<String> problems,
            IProgressMonitor monitor) {
        ReportText.Original original = ReportText.checkOriginal(workspace, report);
        if (original.problem() != null) {
            problems.add(original.problem() + "; indexed by title and summary only");
        } else if (original.file() != null) {
            try {
                return ReportDocuments.passages(extractor.extract(original.file(), Ingest.extractOptions(workspace), monitor));
            } catch (ExtractionException e) {
                problems.add(report.getContentFile() + ": " + e.reason() + "; indexed by title and summary only");
            }
        }
        return List.of();
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
