package mosaic.graph.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.graph.Progress;

/** Eclipse progress monitors as the graph algorithms' {@link Progress}. */
public final class Monitors {

    private Monitors() {
    }

    /** Reports to {@code monitor} and is cancelled with it; null gives {@link Progress#NONE}. */
    public static Progress progress(IProgressMonitor monitor) {
        if (monitor == null) {
            return Progress.NONE;
        }
        return new Progress() {
            @Override
            public void begin(String task, int totalWork) {
                monitor.beginTask(task, totalWork > 0 ? totalWork : IProgressMonitor.UNKNOWN);
            }

            @Override
            public void subTask(String name) {
                monitor.subTask(name);
            }

            @Override
            public void worked(int work) {
                monitor.worked(work);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }
}
