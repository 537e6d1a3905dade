package mosaic.app;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.ui.Services;

/** The {@code mosaic.app.application} application: the Mosaic workbench. */
public final class MosaicApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            return fail("mosaic: " + e.getMessage());
        }
        if (options.workspace().isPresent()) {
            try {
                Services.get(WorkspaceService.class).open(WorkspaceLocation.of(options.workspace().get()));
            } catch (WorkspaceException e) {
                return fail("mosaic: " + e.getMessage());
            }
        }
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            return fail("mosaic: cannot open a display (" + e.getMessage() + "): run it as xvfb-run ./mosaic");
        }
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new MosaicWorkbenchAdvisor(options));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    private static Integer fail(String line) {
        System.err.println(line);
        return 1;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
