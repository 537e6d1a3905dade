package mosaic.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;

/** The state of one run of {@link Ingest#run}, shared by its stages. */
final class IngestRun {
    final EntityMatcher matcher;
    final SubMonitor progress;
    final Consumer<Ingest.Result> each;
    /** The threads that write originals and make a batch durable. */
    final ExecutorService writers;
    /** The threads that help the index. */
    final ExecutorService indexers;
    final List<Ingest.Result> results = new ArrayList<>();
    /** Reports of this run not yet finished, by content hash: a second file with the same bytes waits for the first. */
    final Map<String, BatchEntry> unfinished = new HashMap<>();
    boolean changed;

    IngestRun(EntityMatcher matcher, SubMonitor progress, Consumer<Ingest.Result> each, ExecutorService writers, ExecutorService indexers) {
        this.matcher = matcher;
        this.progress = progress;
        this.each = each;
        this.writers = writers;
        this.indexers = indexers;
    }
}
