package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicPackage;
import mosaic.model.Threat;
import mosaic.reports.ProductData;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/**
 * Need to know in products: a STRICTLY CONFIDENTIAL threat never reaches a CONFIDENTIAL audience,
 * in no format, not by its title, not in a chart's counts; the product says material was withheld (not how much)
 * and is marked with what it does contain. The same workspace has a threat with most fields
 * missing, which renders with the gaps visible.
 */
class AudienceTest {

    static final String SECRET = "Omega convoy ambush plan";
    static final String VISIBLE = "Alpha market extortion";
    static final Map<String, String> CONFIDENTIAL = Map.of("audience", "CONFIDENTIAL", "to", "2026-06-30");

    @TempDir
    static Path folder;
    static Workspace workspace;

    @BeforeAll
    static void workspace() throws Exception {
        workspace = Workspace.init(folder.resolve("ws"), null);
        threat(1, VISIBLE, "CONFIDENTIAL", true);
        threat(2, SECRET, "STRICTLY_CONFIDENTIAL", true);
        threat(3, "Threat with gaps", "UNCLASSIFIED", false);
        workspace.saveAll(new NullProgressMonitor());
    }

    private static void threat(int number, String title, String classification, boolean complete) {
        Threat t = workspace.create(MosaicPackage.Literals.THREAT);
        t.getMarking().setClassification(classification);
        t.setNumber(number);
        t.setTitle(title);
        t.setOpenedOn(LocalDate.of(2026, 1, 1));
        t.setLikelihood("likely");
        if (complete) {
            t.setImpact("major");
            t.setRisk("extreme");
            t.setPriority(1);
            t.setSector("Sector North");
            t.setLocationDetail("Orumbe market");
            t.setThreatTypeAndScale("Extortion at the market; weekly incidents.");
            t.setCiviliansAtRisk("Traders.");
            t.setMissionCapacity("One company.");
            t.setMissionResponse("Patrols.");
            t.setActionRequired("Engage the authorities.");
        } else {
            t.setPriority(0);
        }
        workspace.add(t);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aStrictlyConfidentialThreatNeverReachesAConfidentialAudience(ReportFormat format) throws Exception {
        for (String design : List.of("threat-matrix", "risk-heatmap", "quarterly-forward-looking", "weekly-threat-assessment")) {
            Path out = folder.resolve(design + "-confidential." + format.code());
            ProductData data = Reports.render(workspace, design, format, CONFIDENTIAL, out, new NullProgressMonitor());
            String text = Products.text(out, format);
            assertFalse(text.contains(SECRET), design + " as " + format + " shows the strictly confidential threat");
            assertFalse(text.contains("Omega"), design + " as " + format + " shows part of its title");
            assertTrue(text.contains(VISIBLE), design + " as " + format + " lacks the visible threat, so the check above proves nothing");
            assertEquals(1, data.withheld(), design);
            assertEquals("CONFIDENTIAL", data.marking(), design);
            assertTrue(text.contains("withheld"), design + " as " + format + " does not say that material was withheld");
            assertFalse(java.util.regex.Pattern.compile("\\d+\\s+items?\\s+withheld").matcher(text).find(),
                design + " as " + format + " tells the reader how many items were withheld");
            assertFalse(text.contains("STRICTLY"), design + " as " + format + " carries a marking above what it contains");
        }
    }

    @Test
    void chartCountsLeaveTheWithheldThreatOut() throws Exception {
        ProductData data = Reports.data(workspace, "quarterly-forward-looking", CONFIDENTIAL, new NullProgressMonitor());
        long inJune = data.rows("threats-by-risk").stream().filter(r -> "2026-06".equals(r.get("month")))
            .mapToInt(r -> (Integer) r.get("count")).sum();
        // the visible threat only: not the strictly confidential one, nor the one without a risk level
        assertEquals(1, inJune, data.rows("threats-by-risk").toString());
        ProductData everything = Reports.data(workspace, "quarterly-forward-looking",
            Map.of("audience", "STRICTLY_CONFIDENTIAL", "to", "2026-06-30"), new NullProgressMonitor());
        long all = everything.rows("threats-by-risk").stream().filter(r -> "2026-06".equals(r.get("month")))
            .mapToInt(r -> (Integer) r.get("count")).sum();
        assertEquals(2, all);
        assertEquals("STRICTLY_CONFIDENTIAL", everything.marking());
        assertEquals(0, everything.withheld());
    }

    @Test
    void theLowestAudienceSeesOnlyTheUnclassifiedThreat() throws Exception {
        ProductData data = Reports.data(workspace, "threat-matrix", Map.of("to", "2026-06-30"), new NullProgressMonitor());
        assertEquals(List.of("Threat with gaps"), data.rows("threats").stream().map(r -> r.get("title")).toList());
        assertEquals(2, data.withheld());
        assertEquals("UNCLASSIFIED", data.marking());
    }

    @Test
    void aThreatWithMissingFieldsRendersWithTheGapsVisible() throws Exception {
        Path out = folder.resolve("gaps.pdf");
        Reports.render(workspace, "threat-matrix", ReportFormat.PDF, Map.of("to", "2026-06-30"), out, new NullProgressMonitor());
        String text = Pdfs.text(out);
        assertTrue(text.contains("Threat with gaps"), text);
        int gaps = text.split("\\[not recorded\\]", -1).length - 1;
        // priority, risk, location, type and scale, civilians, source, others, capacity, response, action
        assertTrue(gaps >= 10, gaps + " gaps shown:\n" + text);
    }
}
