package mosaic.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.ui.Screenshots;
import mosaic.ui.Services;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * What the UI tests of every Mosaic bundle do with the running workbench: find the demo, open a
 * copy of it, let the event loop and the jobs settle, keep screenshots. The tests run on the UI
 * thread inside the real workbench (tycho-surefire with {@code useUIThread}).
 */
public final class Workbenches {

    private Workbenches() {
    }

    /** The active page of the active workbench window. */
    public static IWorkbenchPage page() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");
        return window.getActivePage();
    }

    /**
     * Runs the event loop and waits for the session's jobs and those of the given job families,
     * a few rounds (a job's end often queues UI work that starts another job), then drains the
     * event queue.
     */
    public static void settle(Object... families) {
        Display display = Display.getCurrent();
        for (int i = 0; i < 10; i++) {
            while (display.readAndDispatch()) {
                // keep the UI going
            }
            try {
                Job.getJobManager().join(Session.FAMILY, null);
                for (Object family : families) {
                    Job.getJobManager().join(family, null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** The Carana demo workspace of the source tree, or {@code null} when the tests do not run inside it. */
    public static Path demo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("demo/carana"))) {
            dir = dir.getParent();
        }
        return dir == null ? null : dir.resolve("demo/carana");
    }

    /** Copies the demo to {@code to}, without per-user state ({@code .mosaic/}); returns {@code to}. */
    public static Path copyDemo(Path to) {
        Path from = demo();
        assertNotNull(from, "demo/carana not found above " + Path.of("").toAbsolutePath());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!from.relativize(path).toString().startsWith(".mosaic/")) {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying the demo to " + to, e);
        }
        return to;
    }

    /**
     * Opens a workspace folder in the workbench and waits (at most a minute) until the session
     * shows it, settling the given job families too.
     */
    public static void open(Path folder, Object... families) throws Exception {
        Services.get(WorkspaceService.class).open(WorkspaceLocation.of(folder));
        Path real = folder.toRealPath();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
            && (Sessions.current().workspace() == null || !Sessions.current().workspace().root().equals(real))) {
            settle(families);
        }
        assertEquals(real, Sessions.current().workspace() == null ? null : Sessions.current().workspace().root());
        settle(families);
    }

    /** Where screenshots go: {@code -Dmosaic.screenshots}, or {@code target/screenshots}. */
    public static Path screenshots() {
        return Path.of(System.getProperty("mosaic.screenshots", "target/screenshots"));
    }

    /** Saves a picture of a shell as {@code NAME.png} in {@link #screenshots()}. */
    public static void screenshot(Shell shell, String name) throws IOException {
        Screenshots.capture(shell, screenshots().resolve(name + ".png"));
    }
}
