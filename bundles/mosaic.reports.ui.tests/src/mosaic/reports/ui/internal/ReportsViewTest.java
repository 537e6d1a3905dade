package mosaic.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;
import mosaic.ui.Services;
import mosaic.ui.session.Session;

/** The Reports perspective in the running workbench: the designs listed, a product saved by a job. */
class ReportsViewTest {

    @TempDir
    Path tmp;

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    private static Path demo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("demo/carana"))) {
            dir = dir.getParent();
        }
        return dir == null ? null : dir.resolve("demo/carana");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Test
    void listsTheDesignsAndSavesAProductAsAJob() throws Exception {
        Path demo = demo();
        assumeTrue(demo != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        Path ws = tmp.resolve("carana");
        copy(demo, ws);
        Services.get(WorkspaceService.class).open(WorkspaceLocation.of(ws));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
            && (Session.get().workspace() == null || !Session.get().workspace().root().equals(ws.toRealPath()))) {
            settle();
            Thread.sleep(20);
        }
        assertEquals(ws.toRealPath(), Session.get().workspace().root());

        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("mosaic.reports.ui.perspective", window);
        ReportsView view = (ReportsView) page.findView(ReportsView.ID);
        assertNotNull(view, "the Reports perspective shows the Reports view");
        assertEquals(Reports.designs().size(), view.designCount());

        assertTrue(view.select("threat-matrix"));
        view.parameters("threat-matrix", Map.of("audience", "CONFIDENTIAL", "area", "Sector North"));
        Path pdf = tmp.resolve("matrix.pdf");
        Job job = view.render(ReportFormat.PDF, pdf, false);
        assertNotNull(job);
        while (job.getResult() == null) {
            settle();
            Thread.sleep(20);
        }
        settle();
        assertTrue(Files.size(pdf) > 1000, "the product was written");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(view.status().contains("marked CONFIDENTIAL"), view.status());
        assertTrue(view.status().contains("withheld"), view.status());
        // the preview: the HTML in a browser, or (no WebKitGTK here) pictures of the PDF's pages
        Job preview = view.renderPreview();
        while (preview.getResult() == null) {
            settle();
            Thread.sleep(20);
        }
        settle();
        assertTrue(view.status().contains("marked CONFIDENTIAL"), view.status());
        if (view.previewPages() == 0) {
            assertTrue(view.hasBrowser(), "without a browser the preview shows the product's pages");
        }
        mosaic.ui.Screenshots.capture(window.getShell(), Path.of(System.getProperty("mosaic.screenshots", "target/screenshots"))
            .resolve("ReportsViewTest-listsTheDesignsAndSavesAProductAsAJob.png"));
    }
}
