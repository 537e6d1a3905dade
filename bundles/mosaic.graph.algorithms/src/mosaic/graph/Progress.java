package mosaic.graph;

/**
 * Progress and cancellation of a long computation (metrics, layouts, GraphML and GEXF), with no
 * platform type: callers on Eclipse adapt their {@code IProgressMonitor} to it in a few lines,
 * plain Java callers pass {@code null} or {@link #NONE}. The algorithms call it from the thread
 * that called them only, and throw {@link java.util.concurrent.CancellationException} once
 * {@link #isCanceled()} answers true.
 */
public interface Progress {

    /** Reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
    };

    /**
     * Starts the task; called at most once, before any other method.
     *
     * @param totalWork units of work to come, 0 when unknown
     */
    default void begin(String task, int totalWork) {
    }

    /** Names the step now running. */
    default void subTask(String name) {
    }

    /** Reports units of work done since the last call. */
    default void worked(int work) {
    }

    /** Whether the caller asked to stop. */
    default boolean isCanceled() {
        return false;
    }

    /** {@code progress}, or {@link #NONE} for null. */
    static Progress orNone(Progress progress) {
        return progress == null ? NONE : progress;
    }
}
