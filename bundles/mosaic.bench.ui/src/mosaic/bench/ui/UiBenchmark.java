package mosaic.bench.ui;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import mosaic.model.MosaicObject;
import mosaic.model.Threat;
import mosaic.ui.FirstWindow;
import mosaic.ui.MosaicUi;
import mosaic.ui.internal.editors.ObjectEditor;
import mosaic.ui.internal.navigator.NavigatorView;
import mosaic.ui.session.Sessions;

/**
 * One run of {@code ./mosaic bench ui} inside the workbench (started with
 * {@code -Dmosaic.bench.ui=true}): measures, then prints one line and closes the workbench.
 * <ul>
 * <li>first_window_ms: JVM start to the first paint of the window;</li>
 * <li>workspace_load_ms: the job that loads the workspace;</li>
 * <li>navigator_ms: showing the navigator on the loaded workspace until it is painted;</li>
 * <li>threat_editor_ms: opening a Threat editor until it is drawn (the UI thread first idle after
 * its first paint), after 1.5 s of idle UI (the time an analyst looks at the navigator first);</li>
 * <li>threat_editor_complete_ms: the same open until the UI thread has nothing left to do, its
 * sections below the fold filled;</li>
 * <li>threat_editor_again_ms: opening another Threat editor after closing the first.</li>
 * <li>threat_editor_cpu_ms, threat_editor_again_cpu_ms: the UI thread's processor time for the
 * same two opens.</li>
 * </ul>
 */
public final class UiBenchmark {

    private UiBenchmark() {
    }

    /**
     * Measures once the first window has painted ({@link FirstWindow}), then closes the workbench.
     * Called from any thread.
     */
    public static void start() {
        FirstWindow.whenPainted((window, firstWindow) -> waitForWorkspace(window, firstWindow, System.currentTimeMillis() + 120_000));
    }

    private static void waitForWorkspace(IWorkbenchWindow window, long firstWindow, long deadline) {
        Display display = window.getShell().getDisplay();
        if (Sessions.current().workspace() == null && System.currentTimeMillis() < deadline) {
            display.timerExec(20, () -> waitForWorkspace(window, firstWindow, deadline));
            return;
        }
        try {
            IWorkbenchPage page = window.getActivePage();
            var existing = page.findView(MosaicUi.VIEW_WORKSPACE);
            if (existing != null) {
                page.hideView(existing);
                settle(display);
            }
            long t0 = System.nanoTime();
            NavigatorView navigator = (NavigatorView) page.showView(MosaicUi.VIEW_WORKSPACE);
            navigator.viewer().getTree().update();
            settle(display);
            long navigatorMs = (System.nanoTime() - t0) / 1_000_000;

            // an analyst looks at the navigator before opening anything: let the UI go idle
            pump(display, 1500);
            List<Threat> threats = Sessions.current().workspace().objects(Threat.class).stream().limit(2).toList();
            long editorMs = -1;
            long againMs = -1;
            long editorCpuMs = -1;
            long againCpuMs = -1;
            long editorCompleteMs = -1;
            long againCompleteMs = -1;
            if (threats.size() == 2) {
                long cpu = cpuNanos();
                Open first = openEditor(window, threats.get(0));
                editorCpuMs = (cpuNanos() - cpu) / 1_000_000;
                editorMs = first.drawnMs();
                editorCompleteMs = first.completeMs();
                page.closeAllEditors(false);
                pump(display, 500);
                cpu = cpuNanos();
                Open again = openEditor(window, threats.get(1));
                againCpuMs = (cpuNanos() - cpu) / 1_000_000;
                againMs = again.drawnMs();
                againCompleteMs = again.completeMs();
                repeat(window, threats);
            }
            System.out.println("mosaic: bench ui objects=" + Sessions.current().workspace().size() + " first_window_ms=" + firstWindow
                + " workspace_load_ms=" + Sessions.current().lastLoadMillis() + " navigator_ms=" + navigatorMs
                + " threat_editor_ms=" + editorMs + " threat_editor_again_ms=" + againMs
                + " threat_editor_cpu_ms=" + editorCpuMs + " threat_editor_again_cpu_ms=" + againCpuMs
                + " threat_editor_complete_ms=" + editorCompleteMs + " threat_editor_again_complete_ms=" + againCompleteMs);
        } catch (Exception e) {
            System.err.println("mosaic: bench ui failed: " + e);
        }
        page(window).closeAllEditors(false);
        PlatformUI.getWorkbench().close();
    }

    /**
     * With {@code -Dmosaic.bench.ui.repeat=N}: N more opens of the two Threat editors in turn, each
     * after closing the last, with their median printed; for profiling one open over many.
     */
    private static void repeat(IWorkbenchWindow window, List<Threat> threats) throws Exception {
        int n = Integer.getInteger("mosaic.bench.ui.repeat", 0);
        if (n <= 0) {
            return;
        }
        long[] ms = new long[n];
        long[] complete = new long[n];
        for (int i = 0; i < n; i++) {
            window.getActivePage().closeAllEditors(false);
            pump(window.getShell().getDisplay(), 300);
            Open open = openEditor(window, threats.get(i % 2));
            ms[i] = open.drawnMs();
            complete[i] = open.completeMs();
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(complete);
        System.out.println("mosaic: bench ui repeated_opens=" + n + " median_ms=" + ms[n / 2] + " min_ms=" + ms[0]
            + " complete_median_ms=" + complete[n / 2]);
    }

    /**
     * Opens the object's editor and waits until it is drawn, then until it has no more work queued.
     * The editor is drawn when the UI thread is first idle after the editor's first paint: the
     * moment it starts filling its sections below the fold, or when it has none, the end of the
     * wait.
     */
    private static Open openEditor(IWorkbenchWindow window, MosaicObject object) throws Exception {
        long t0 = System.nanoTime();
        ObjectEditor editor = ObjectEditor.open(window.getActivePage(), object);
        window.getShell().update();
        settle(window.getShell().getDisplay());
        long end = System.nanoTime();
        long drawn = editor != null && editor.deferredStartNanos() != 0 ? editor.deferredStartNanos() : end;
        return new Open((drawn - t0) / 1_000_000, (end - t0) / 1_000_000);
    }

    /** One editor open: until drawn, and until every section was filled; milliseconds. */
    private record Open(long drawnMs, long completeMs) {
    }

    /**
     * The UI thread's processor time: on a shared machine the wall-clock figures include waiting
     * for a processor, this does not (the X server's share of the painting is not in it).
     */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static IWorkbenchPage page(IWorkbenchWindow window) {
        return window.getActivePage();
    }

    private static void pump(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void settle(Display display) {
        while (display.readAndDispatch()) {
            // process the paint and layout events the change queued
        }
    }
}
