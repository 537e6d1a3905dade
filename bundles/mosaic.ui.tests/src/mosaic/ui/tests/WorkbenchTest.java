package mosaic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.ComponentVersions;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.ui.MosaicUi;
import mosaic.ui.Screenshots;
import mosaic.ui.Services;
import mosaic.ui.internal.about.AboutDialog;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;
import mosaic.model.Threat;
import mosaic.ui.internal.navigator.NavigatorView;
import mosaic.ui.session.Session;

/** Runs inside the real Mosaic workbench window, on the UI thread. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchTest {

    @TempDir
    Path tmp;

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the Mosaic workbench window is open");
        return window;
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep the UI going
        }
    }

    @Test
    void opensInTheAnalysisPerspectiveWithItsViews() {
        IWorkbenchPage page = window().getActivePage();
        assertEquals(MosaicUi.PERSPECTIVE_ANALYSIS, page.getPerspective().getId());
        assertEquals("Analysis", page.getPerspective().getLabel());
        for (String id : List.of(MosaicUi.VIEW_WORKSPACE, MosaicUi.VIEW_PROPERTIES, MosaicUi.VIEW_OUTLINE,
                MosaicUi.VIEW_PROGRESS, MosaicUi.VIEW_ERROR_LOG)) {
            assertNotNull(page.findViewReference(id), id + " is in the Analysis perspective");
        }
        IViewPart workspace = page.findView(MosaicUi.VIEW_WORKSPACE);
        assertTrue(workspace instanceof NavigatorView, "the Workspace view was created, not an error part: " + workspace);
    }

    @Test
    void windowCarriesTheMosaicNameAndIcon() {
        Shell shell = window().getShell();
        assertTrue(shell.getText().startsWith("Mosaic"), shell.getText());
        assertTrue(shell.getImages().length >= 4, "window icons from the product's windowImages");
        assertEquals("Mosaic", Display.getAppName());
    }

    @Test
    void workspaceViewFollowsTheOpenedWorkspace() throws Exception {
        Workspace created = Workspace.init(tmp.resolve("ws"), null);
        for (String name : List.of("North Brigade", "South Brigade")) {
            Actor actor = created.create(MosaicPackage.Literals.ACTOR);
            actor.setName(name);
            created.add(actor);
        }
        Threat threat = created.create(MosaicPackage.Literals.THREAT);
        threat.setTitle("Attacks on the market");
        created.add(threat);
        created.saveAll(null);

        NavigatorView view = (NavigatorView) window().getActivePage().showView(MosaicUi.VIEW_WORKSPACE);
        Services.get(WorkspaceService.class).open(WorkspaceLocation.of(tmp.resolve("ws")));
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && !view.kindLabels().contains("Actors (2)")) {
            processEvents();
            Job.getJobManager().join(Session.FAMILY, null);
            processEvents();
        }
        assertTrue(view.kindLabels().contains("Actors (2)"), view.kindLabels().toString());
        assertTrue(view.kindLabels().contains("Threats (1)"), view.kindLabels().toString());
        assertEquals("Workspace: ws", view.getPartName());
    }

    @Test
    void aboutDialogListsMosaicAndItsComponents() throws Exception {
        ComponentVersions versions = ComponentVersions.ofRunningFramework();
        AboutDialog dialog = new AboutDialog(window().getShell(), versions);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            processEvents();
            assertEquals(versions.components().size(), dialog.rowCount());
            assertTrue(dialog.getShell().getText().equals("About Mosaic"));
            List<String> names = versions.components().stream().map(ComponentVersions.Component::name).toList();
            for (String name : List.of("Mosaic", "Eclipse Platform (workbench)", "SWT", "Equinox OSGi", "Java runtime")) {
                assertTrue(names.contains(name), name + " in " + names);
            }
            // Kept for review: what an analyst sees under Help > About.
            Screenshots.capture(dialog.getShell(), ScreenshotOnFailure.folder().resolve("about.png"));
        } finally {
            dialog.close();
        }
    }

    @Test
    void aboutCommandIsInTheHelpMenu() throws Exception {
        org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class);
        assertTrue(commands.getCommand(MosaicUi.COMMAND_ABOUT).isDefined());
        assertTrue(commands.getCommand(MosaicUi.COMMAND_ABOUT).isHandled());
    }

    @Test
    void screenshotShowsAPaintedWindow() throws Exception {
        Shell shell = window().getShell();
        Path file = ScreenshotOnFailure.folder().resolve("workbench.png");
        org.eclipse.swt.graphics.Rectangle area = Screenshots.capture(shell, file);
        ImageData image = new ImageLoader().load(file.toString())[0];
        assertEquals(area.width, image.width);
        assertEquals(area.height, image.height);
        assertTrue(area.width > 1000 && area.height > 600, "the whole main window: " + area);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 7) {
            for (int x = 0; x < image.width; x += 7) {
                colours.add(image.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a painted workbench has many colours, found " + colours.size());
    }
}
