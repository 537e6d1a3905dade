package mosaic.ui.tests;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import mosaic.ui.Screenshots;

/**
 * Keeps a picture of the screen when a UI test fails, under {@code target/screenshots/}, named
 * after the test, so a red CI run can be understood without a display.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    /** Where pictures go: the surefire argLine sets it to the module's target/screenshots. */
    static Path folder() {
        return Path.of(System.getProperty("mosaic.screenshots", "target/screenshots"));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Display display = Display.getDefault();
        Runnable capture = () -> {
            Shell shell = display.getActiveShell();
            if (shell == null && display.getShells().length > 0) {
                shell = display.getShells()[0];
            }
            if (shell == null) {
                return;
            }
            Path file = folder().resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_") + ".png");
            try {
                Screenshots.capture(shell, file);
                System.err.println("Screenshot of the failed test: " + file.toAbsolutePath());
            } catch (Exception e) {
                System.err.println("No screenshot of the failed test: " + e);
            }
        };
        if (Display.getCurrent() == display) {
            capture.run();
        } else {
            display.syncExec(capture);
        }
    }
}
