package mosaic.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import org.eclipse.ui.IWorkbenchWindow;

/**
 * The moment the workbench's first window was painted: the application records it (on the UI
 * thread, once the events queued by opening the window are done), and a benchmark started later
 * in the session reads it. Recording costs one clock read, so it is always done.
 */
public final class FirstWindow {

    private record Painted(IWorkbenchWindow window, long nanos) {
    }

    private static final CompletableFuture<Painted> PAINTED = new CompletableFuture<>();

    private FirstWindow() {
    }

    /** Called by the application on the UI thread when its first window has painted. */
    public static void painted(IWorkbenchWindow window) {
        PAINTED.complete(new Painted(window, System.nanoTime()));
    }

    /**
     * Runs the action on the UI thread once the first window has painted (soon, if it has), with the
     * window and the time from the JVM's start to that paint, in milliseconds.
     */
    public static void whenPainted(BiConsumer<IWorkbenchWindow, Long> action) {
        PAINTED.thenAccept(p -> p.window().getShell().getDisplay().asyncExec(() -> {
            long sincePaintMillis = (System.nanoTime() - p.nanos()) / 1_000_000;
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            action.accept(p.window(), uptime - sincePaintMillis);
        }));
    }
}
