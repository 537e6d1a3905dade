package mosaic.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.model.Report;
import mosaic.model.config.MissionRules;

/**
 * The index stage of an {@link Ingest}: builds the documents of a batch whose files are in place
 * and hands them to the index on the index threads, then completes the batch: undoes the reports
 * the index could not take, brings the ingest's lookups up to date and tells every file's result
 * in order.
 */
final class IndexHandOff {

    private final SearchIndex index;
    private final Map<String, Report> byHash;
    private final Map<String, Report> bySource;
    private final IngestUndo undo;

    IndexHandOff(SearchIndex index, Map<String, Report> byHash, Map<String, Report> bySource, IngestUndo undo) {
        this.index = index;
        this.byHash = byHash;
        this.bySource = bySource;
        this.undo = undo;
    }

    /**
     * Builds the documents of a batch's reports and hands them to the index, on as many threads as
     * there are processors (Lucene's writer takes documents from several threads at once); the
     * future is done when every report is indexed or has its problem.
     */
    Future<?> indexAll(List<BatchEntry> entries, MissionRules rules, EntityMatcher matcher, ExecutorService indexers) {
        AtomicInteger cursor = new AtomicInteger();
        // each report's documents are built where they are indexed: the records are only read here,
        // and nothing changes them until the batch is complete
        Runnable work = () -> {
            for (int i = cursor.getAndIncrement(); i < entries.size(); i = cursor.getAndIncrement()) {
                BatchEntry entry = entries.get(i);
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
        for (int i = 0; i < Math.min(Ingest.INDEXING_THREADS, entries.size()); i++) {
            helpers.add(CompletableFuture.runAsync(work, indexers));
        }
        return CompletableFuture.allOf(helpers.toArray(CompletableFuture[]::new));
    }

    /**
     * Finishes a batch: waits until its reports are indexed, undoes those that could not be, and
     * reports every file's result in order.
     */
    void complete(IndexingBatch indexing, IngestRun run) {
        try {
            indexing.indexed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
        IngestBatch batch = indexing.batch();
        for (BatchEntry entry : indexing.toIndex()) {
            if (entry.problem != null) {
                undo.undoStored(entry, entry.contentFile != null);
            }
        }
        for (BatchEntry entry : batch.entries()) {
            Path file = entry.prepared.file();
            if (entry.result == null && entry.sameAs != null) {
                BatchEntry first = entry.sameAs;
                entry.result = first.problem == null ? new Ingest.Result(file, Ingest.Status.UNCHANGED, first.report.getId(), null)
                    : Ingest.refused(file, "same content as " + first.prepared.file().getFileName() + ", which could not be stored; nothing was kept");
            } else if (entry.result == null && entry.problem != null) {
                entry.result = Ingest.refused(file, "could not be stored (" + entry.problem + "); nothing was kept");
                run.unfinished.remove(entry.prepared.hash());
            } else if (entry.result == null) {
                Report report = entry.report;
                if (entry.previous != null) {
                    byHash.remove(entry.backup.getContentHash());
                    undo.removeUnused(entry.backup.getContentFile());
                }
                byHash.put(entry.prepared.hash(), report);
                bySource.put(file.toString(), report);
                run.unfinished.remove(entry.prepared.hash());
                run.changed = true;
                entry.result = new Ingest.Result(file, entry.previous != null ? Ingest.Status.UPDATED : Ingest.Status.INGESTED, report.getId(),
                    entry.prepared.resultNote());
            }
            run.results.add(entry.result);
            run.progress.worked(1);
            if (run.each != null) {
                run.each.accept(entry.result);
            }
        }
    }
}
