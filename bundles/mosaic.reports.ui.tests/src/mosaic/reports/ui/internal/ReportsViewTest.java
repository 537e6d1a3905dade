package mosaic.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static mosaic.ui.testing.Workbenches.copyDemo;
import static mosaic.ui.testing.Workbenches.demo;
import static mosaic.ui.testing.Workbenches.open;
import static mosaic.ui.testing.Workbenches.screenshot;
import static mosaic.ui.testing.Workbenches.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/** The Reports perspective in the running workbench: the designs listed, a product saved by a job. */
class ReportsViewTest {

    @TempDir
    Path tmp;

    @Test
    void listsTheDesignsAndSavesAProductAsAJob() throws Exception {
        assumeTrue(demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        Path ws = copyDemo(tmp.resolve("carana"));
        open(ws);

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
        screenshot(window.getShell(), "ReportsViewTest-listsTheDesignsAndSavesAProductAsAJob");
    }
}
