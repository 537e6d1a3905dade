package mosaic.app;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import mosaic.core.workspace.WorkspaceService;
import mosaic.ui.Screenshots;
import mosaic.ui.Services;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The main window: title with the open workspace, tool bar, status line with the progress
 * indicator, and the screenshot for {@code --screenshot}.
 */
final class MosaicWindowAdvisor extends WorkbenchWindowAdvisor {

    /** How long the window is given to settle after it opened, before the screenshot. */
    private static final int SETTLE_MILLIS = 500;
    private static final int POLL_MILLIS = 100;
    private static final int MAX_WAIT_MILLIS = 15_000;

    private final LaunchOptions options;

    MosaicWindowAdvisor(IWorkbenchWindowConfigurer configurer, LaunchOptions options) {
        super(configurer);
        this.options = options;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new MosaicActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(Services.get(WorkspaceService.class).current()
                .map(ws -> "Mosaic - " + ws.name() + " - " + ws.root())
                .orElse("Mosaic"));
    }

    @Override
    public void postWindowOpen() {
        if (Boolean.getBoolean("mosaic.timing")) {
            // For releng/scripts/bench-startup.sh: runs once the events queued by opening (the first paint) are done.
            Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
            display.asyncExec(() -> System.out.println("mosaic: first window painted "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms after JVM start"));
        }
        options.screenshot().ifPresent(this::screenshotWhenPainted);
        // for the workbench benchmark (./mosaic bench ui), which starts later and reads it
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        window.getShell().getDisplay().asyncExec(() -> mosaic.ui.FirstWindow.painted(window));
    }

    /**
     * Takes the picture once the window has painted and the workbench is idle: the workspace loaded
     * (in a job that starts once the window is up), no job running and no event pending, after a
     * short settling time.
     * Gives up waiting for jobs after {@link #MAX_WAIT_MILLIS} and takes the picture anyway.
     */
    private void screenshotWhenPainted(Path file) {
        Shell shell = getWindowConfigurer().getWindow().getShell();
        Display display = shell.getDisplay();
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        Runnable attempt = new Runnable() {
            @Override
            public void run() {
                if ((!Job.getJobManager().isIdle() || stillOpening()) && System.currentTimeMillis() < deadline) {
                    display.timerExec(POLL_MILLIS, this);
                    return;
                }
                capture(shell, file);
            }
        };
        display.timerExec(SETTLE_MILLIS, attempt);
    }

    /** A workspace was given but is neither loaded nor refused yet (its load starts after the window opens). */
    private static boolean stillOpening() {
        Session session = Sessions.current();
        return Services.get(WorkspaceService.class).current().isPresent() && session.workspace() == null && session.problem() == null;
    }

    private void capture(Shell shell, Path file) {
        try {
            Screenshots.capture(shell, file);
            System.out.println("mosaic: screenshot written to " + file.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("mosaic: cannot write screenshot " + file + ": " + e.getMessage());
            ILog.of(getClass()).log(Status.error("Screenshot failed: " + file, e));
        }
        PlatformUI.getWorkbench().close();
    }
}
