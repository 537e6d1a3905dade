package mosaic.search;

import java.util.List;
import java.util.concurrent.Future;

/**
 * A batch being indexed: its originals and records are in place; {@code indexed} is done when
 * the index has its reports' documents (the problems of those it could not take are in their
 * entries).
 */
record IndexingBatch(IngestBatch batch, List<BatchEntry> toIndex, Future<?> indexed) {
}
