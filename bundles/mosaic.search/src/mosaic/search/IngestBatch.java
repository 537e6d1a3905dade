package mosaic.search;

import java.util.List;
import java.util.concurrent.Future;

import mosaic.core.workspace.Workspace;

/**
 * Files being written, then indexed: what {@link BatchSetup#begin} started.
 *
 * @param records the records' save, or {@code null} when it could not start
 * @param problem why the records' save could not start, or {@code null}
 * @param durable done when the batch's originals and records are written and durable, or {@code null}
 */
record IngestBatch(List<BatchEntry> entries, Workspace.PendingSave records, String problem, Future<?> durable) {
}
