package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import mosaic.reports.ProductData;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/** The heat map reproduces the POC Handbook's 5 x 5 risk matrix (section 8.2.4) cell by cell. */
class HeatMapTest {

    /** The Handbook's table, rows from "Almost certain" down, columns Insignificant to Severe. */
    static final String[][] HANDBOOK = {
        {"Almost certain", "Medium", "High", "High", "Extreme", "Extreme"},
        {"Likely", "Medium", "Medium", "High", "Extreme", "Extreme"},
        {"Possible", "Medium", "Medium", "High", "High", "Extreme"},
        {"Unlikely", "Low", "Medium", "Medium", "High", "High"},
        {"Rare", "Low", "Low", "Medium", "High", "High"},
    };

    @Test
    void theTwentyFiveCellsAreTheHandbooks() throws Exception {
        ProductData data = Reports.data(CaranaWorkspace.get(), "risk-heatmap", RenderEveryDesignTest.params("risk-heatmap"), new NullProgressMonitor());
        List<Map<String, Object>> rows = data.rows("risk-matrix");
        assertEquals(5, rows.size());
        int cells = 0;
        for (int l = 0; l < 5; l++) {
            assertEquals(HANDBOOK[l][0], rows.get(l).get("likelihood"));
            for (int i = 1; i <= 5; i++) {
                String cell = (String) rows.get(l).get("c" + i);
                assertEquals(HANDBOOK[l][i], cell.split("\\s")[0], HANDBOOK[l][0] + " x impact " + i);
                cells++;
            }
        }
        assertEquals(25, cells);
        assertEquals(List.of("Insignificant", "Minor", "Moderate", "Major", "Severe"),
            List.of(data.value("impact.1"), data.value("impact.2"), data.value("impact.3"), data.value("impact.4"), data.value("impact.5")));
        // each threat sits in the cell of its likelihood and most severe impact
        for (Map<String, Object> threat : data.rows("threats")) {
            String likelihood = (String) threat.get("likelihood");
            String impact = (String) threat.get("impact");
            int row = List.of("Almost certain", "Likely", "Possible", "Unlikely", "Rare").indexOf(likelihood);
            int column = 1 + List.of("Insignificant", "Minor", "Moderate", "Major", "Severe").indexOf(impact);
            String cell = (String) rows.get(row).get("c" + column);
            assertTrue(List.of(cell.split("\\s+")).contains("#" + threat.get("num")), threat + " not in " + cell);
            assertEquals(HANDBOOK[row][column], threat.get("risk"), "the threat's recorded risk is the matrix's");
        }
    }

    @Test
    void theRenderedTableReadsAsTheHandbooks() throws Exception {
        Path out = CaranaWorkspace.productFolder().resolve("risk-heatmap-empty.pdf");
        // a period before any threat: the cells carry their risk level only
        Reports.render(CaranaWorkspace.get(), "risk-heatmap", ReportFormat.PDF, Map.of("from", "1990-01-01", "to", "1990-12-31"), out,
            new NullProgressMonitor());
        String text = Pdfs.text(out);
        assertTrue(text.contains("Likelihood / Impact Insignificant Minor Moderate Major Severe"), text);
        List<String> lines = new ArrayList<>();
        for (String[] row : HANDBOOK) {
            lines.add(String.join(" ", row));
        }
        for (String line : lines) {
            assertTrue(text.contains(line), "missing row '" + line + "' in\n" + text);
        }
    }
}
