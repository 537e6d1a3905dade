package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import mosaic.core.workspace.Workspace;
import mosaic.reports.DesignInfo;
import mosaic.reports.ProductData;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/** Every design renders from the Carana workspace in every format, for the widest audience. */
class RenderEveryDesignTest {

    static final List<String> DESIGNS = List.of("threat-matrix", "risk-heatmap", "actor-capability", "mission-capability",
        "weekly-threat-assessment", "quarterly-forward-looking", "actor-profile");

    static Map<String, String> params(String design) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("audience", "STRICTLY_CONFIDENTIAL");
        params.put("compartments", "jmac-only,u2-only,shared-jmac-u2,crsv-restricted");
        if (design.equals("actor-profile")) {
            params.put("actor", "FPLT");
        }
        return params;
    }

    static Stream<Arguments> designsAndFormats() {
        return DESIGNS.stream().flatMap(d -> Stream.of(ReportFormat.values()).map(f -> Arguments.of(d, f)));
    }

    @Test
    void listsTheSevenDesignsWithAudience() {
        List<String> names = Reports.designs().stream().map(DesignInfo::name).toList();
        assertTrue(names.containsAll(DESIGNS), names.toString());
        for (DesignInfo design : Reports.designs()) {
            assertTrue(design.parameter("audience").isPresent(), design.name());
        }
        assertTrue(Reports.design("actor-profile").orElseThrow().parameter("actor").orElseThrow().required());
        assertEquals(List.of(), Reports.problems());
    }

    @Test
    void aMissionPlugInContributesItsOwnDesign() throws Exception {
        DesignInfo design = Reports.design("carana-incident-log").orElseThrow();
        assertEquals("mosaic.mission.carana", design.contributor());
        Path out = CaranaWorkspace.productFolder().resolve("carana-incident-log.pdf");
        ProductData data = Reports.render(CaranaWorkspace.get(), design.name(), ReportFormat.PDF, Map.of("audience", "CONFIDENTIAL"), out,
            new NullProgressMonitor());
        assertTrue(data.rows("events").size() > 5, "a month of Carana incidents");
        String text = Pdfs.text(out);
        assertTrue(text.contains("Carana Incident Log"), text);
        assertTrue(text.contains((String) data.rows("events").get(0).get("title")), text);
        assertEquals("CONFIDENTIAL", data.marking());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("designsAndFormats")
    void renders(String design, ReportFormat format) throws Exception {
        Workspace workspace = CaranaWorkspace.get();
        Path out = CaranaWorkspace.productFolder().resolve(design + "." + format.code());
        ProductData data = Reports.render(workspace, design, format, params(design), out, new NullProgressMonitor());
        assertTrue(Files.size(out) > 1000, out + " is " + Files.size(out) + " bytes");
        assertEquals(0, data.withheld(), "nothing is above the widest audience");
        if (format == ReportFormat.PDF) {
            String text = Pdfs.text(out);
            String title = Reports.design(design).orElseThrow().title();
            assertTrue(text.contains(title), title + " missing from\n" + text);
            int pages = Pdfs.pages(out);
            for (int page = 1; page <= pages; page++) {
                String pageText = Pdfs.page(out, page);
                assertTrue(pageText.contains("Page " + page + " of " + pages), "page " + page + ":\n" + pageText);
                assertTrue(pageText.contains("workspace unversioned"), "page " + page + ":\n" + pageText);
                assertTrue(pageText.contains("Generated "), "page " + page + ":\n" + pageText);
                int markings = pageText.split(java.util.regex.Pattern.quote(data.values().get("marking")), -1).length - 1;
                assertTrue(markings >= 2, "marking in header and footer of page " + page + ":\n" + pageText);
            }
        } else {
            byte[] bytes = Files.readAllBytes(out);
            if (format == ReportFormat.HTML) {
                String html = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(html.contains(data.values().get("marking")), "marking in the HTML");
            } else {
                assertEquals('P', bytes[0], "a DOCX is a zip file");
                assertEquals('K', bytes[1], "a DOCX is a zip file");
            }
        }
    }
}
