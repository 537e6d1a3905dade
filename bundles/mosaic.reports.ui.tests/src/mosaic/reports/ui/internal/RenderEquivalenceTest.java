package mosaic.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static mosaic.ui.testing.Workbenches.copyDemo;
import static mosaic.ui.testing.Workbenches.demo;
import static mosaic.ui.testing.Workbenches.open;
import static mosaic.ui.testing.Workbenches.settle;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.ops.WorkspaceRule;
import mosaic.reports.ReportFormat;
import mosaic.ui.session.Sessions;

/**
 * The Reports view's Save As and {@code ./mosaic report} (the command itself, as the headless
 * product registers it) run the same {@code RenderOperation}: one design, audience and area give
 * the same product, page by page, word for word (the time of day it was made aside).
 */
class RenderEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void theViewAndTheReportCommandMakeTheSameProduct() throws Exception {
        assumeTrue(demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        Path ws = copyDemo(tmp.resolve("carana"));
        open(ws);
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("mosaic.reports.ui.perspective", window);
        ReportsView view = (ReportsView) page.findView(ReportsView.ID);
        assertNotNull(view);
        Map<String, String> params = Map.of("audience", "CONFIDENTIAL", "area", "Sector North");

        assertTrue(view.select("threat-matrix"));
        view.parameters("threat-matrix", params);
        Path fromView = tmp.resolve("from-view.pdf");
        Job job = view.render(ReportFormat.PDF, fromView, false);
        assertNotNull(job);
        assertEquals(WorkspaceRule.of(ws), job.getRule(), "the render job holds the workspace's rule");
        while (job.getResult() == null) {
            settle();
            Thread.sleep(20);
        }
        settle();
        assertTrue(view.status().contains("marked CONFIDENTIAL"), view.status());

        Path fromCommand = tmp.resolve("from-command.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Command report = command("report");
        List<String> args = List.of("--workspace", Sessions.current().workspace().root().toString(), "--design", "threat-matrix",
            "--format", "pdf", "--out", fromCommand.toString(), "--param", "audience=CONFIDENTIAL", "--param", "area=Sector North");
        int status = report.run(new CommandContext("report", args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of("report", report)));
        assertEquals(Command.OK, status, err.toString(StandardCharsets.UTF_8));

        String viewText = text(fromView);
        assertTrue(viewText.contains("CONFIDENTIAL"), viewText);
        assertEquals(viewText, text(fromCommand));
    }

    /** The product's text, page by page, with the times of day masked. */
    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\d{1,2}:\\d{2}(:\\d{2})?", "hh:mm");
        }
    }

    /** The headless command registered as {@code name} (a DS component of its CLI bundle). */
    private static Command command(String name) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RenderEquivalenceTest.class).getBundleContext();
        for (var reference : context.getServiceReferences(Command.class, null)) {
            Command command = context.getService(reference);
            if (command != null && command.name().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no '" + name + "' command registered");
    }
}
