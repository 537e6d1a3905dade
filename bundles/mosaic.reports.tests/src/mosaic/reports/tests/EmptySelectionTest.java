package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mosaic.reports.ProductData;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/** A selection with nothing in it renders a valid product that says so. */
class EmptySelectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"threat-matrix", "risk-heatmap", "actor-capability", "mission-capability", "weekly-threat-assessment",
        "quarterly-forward-looking"})
    void anEmptyPeriodSaysSo(String design) throws Exception {
        Map<String, String> params = new LinkedHashMap<>(RenderEveryDesignTest.params(design));
        params.put("from", "1990-01-01");
        params.put("to", "1990-03-31");
        Path out = CaranaWorkspace.productFolder().resolve(design + "-empty.pdf");
        ProductData data = Reports.render(CaranaWorkspace.get(), design, ReportFormat.PDF, params, out, new NullProgressMonitor());
        String text = Pdfs.text(out);
        assertTrue(text.contains("Nothing to show for this selection"), text);
        assertTrue(text.contains("Page 1 of"), text);
        assertTrue(text.contains(Reports.design(design).orElseThrow().title()), text);
        // nothing included, so the product carries the lowest marking whatever the audience
        assertEquals("UNCLASSIFIED", data.marking(), design);
    }
}
