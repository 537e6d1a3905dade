package mosaic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.config.MissionRules;

/**
 * The writing stage of an {@link Ingest}: waits until a batch's originals and records, written in
 * the background under temporary names, are durable, renames them into place (originals first,
 * so that no record points to a missing original), undoes the files that could not be written,
 * and hands the rest to the {@link IndexHandOff}.
 */
final class BatchWriter {

    private final Workspace workspace;
    private final IngestUndo undo;
    private final IndexHandOff handOff;

    BatchWriter(Workspace workspace, IngestUndo undo, IndexHandOff handOff) {
        this.workspace = workspace;
        this.undo = undo;
        this.handOff = handOff;
    }

    /**
     * Puts a batch's files in place and starts indexing its reports on the index threads, so that
     * this thread sets up the next batch meanwhile; {@link IndexHandOff#complete} finishes it.
     */
    IndexingBatch store(IngestBatch batch, IngestRun run) {
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
        Map<BatchEntry, AtomicFiles.Staged> originals = new HashMap<>();
        for (BatchEntry entry : batch.entries()) {
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
            Map.Entry<BatchEntry, AtomicFiles.Staged> original = it.next();
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
        List<BatchEntry> toIndex = new ArrayList<>();
        for (BatchEntry entry : batch.entries()) {
            if (entry.report == null) {
                continue;
            }
            boolean written = originals.containsKey(entry);
            if (entry.problem != null) {
                if (entry.content != null) {
                    undo.undoStored(entry, written);
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
                undo.undoStored(entry, written);
            } else if (!written) {
                entry.contentFile = null; // already stored for another report: not ours to remove on failure
            }
        }
        return new IndexingBatch(batch, toIndex, handOff.indexAll(toIndex, rules, run.matcher, run.indexers));
    }
}
