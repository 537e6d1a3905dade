package mosaic.search;

import java.util.concurrent.Future;

import mosaic.core.workspace.AtomicFiles;
import mosaic.model.Report;

/** One file of a batch, on its way to being stored. */
final class BatchEntry {
    final PreparedFile prepared;
    Ingest.Result result;
    /** The file with the same bytes earlier in this run, whose report this one is. */
    BatchEntry sameAs;
    Report report;
    Report previous;
    Report backup;
    boolean added;
    String contentFile;
    /** The original's write under a temporary name: {@code null} when it was stored already. */
    Future<AtomicFiles.Staged> content;
    String problem;

    BatchEntry(PreparedFile prepared) {
        this.prepared = prepared;
    }
}
