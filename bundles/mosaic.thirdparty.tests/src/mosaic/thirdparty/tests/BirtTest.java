package mosaic.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BirtTest {

    @TempDir
    Path tmp;

    @Test
    void rendersADesignToPdfInsideEquinox() throws Exception {
        EngineConfig config = new EngineConfig();
        Platform.startup(config);
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        IReportEngine engine = factory.createReportEngine(config);
        Path pdf = tmp.resolve("probe.pdf");
        try (InputStream design = BirtTest.class.getResourceAsStream("/resources/probe.rptdesign")) {
            IReportRunnable runnable = engine.openReportDesign(design);
            IRunAndRenderTask task = engine.createRunAndRenderTask(runnable);
            try {
                PDFRenderOption options = new PDFRenderOption();
                options.setOutputFormat("pdf");
                options.setOutputFileName(pdf.toString());
                task.setRenderOption(options);
                task.run();
                // A failed item leaves a blank area rather than an exception: the errors say so.
                List<?> errors = task.getErrors();
                assertEquals(List.of(), errors.stream().map(Object::toString).toList());
            } finally {
                task.close();
            }
        } finally {
            engine.destroy();
            Platform.shutdown();
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("POC Threat Matrix probe"), text);
            assertTrue(text.contains("Attacks on IDP camps"), text);
            assertTrue(text.contains("UNCLASSIFIED"), text);
        }
    }
}
