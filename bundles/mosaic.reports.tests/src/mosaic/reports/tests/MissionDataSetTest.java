package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import mosaic.core.workspace.Workspace;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.MosaicPackage;
import mosaic.reports.DesignInfo;
import mosaic.reports.ProductData;
import mosaic.reports.ReportException;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;
import mosaic.reports.internal.DesignEntry;
import mosaic.reports.internal.Engine;
import mosaic.reports.internal.ProductBuilder;
import mosaic.reports.internal.Selection;

/**
 * A mission's own data set: the Carana plug-in contributes {@code carana-incidents-by-province}
 * through {@code mosaic.reports.dataSets}, and its incident log reads it. Need to know holds for
 * it as for Mosaic's own data sets, and a design that names a data set nobody contributes fails
 * on one line.
 */
class MissionDataSetTest {

    static final String DATA_SET = "carana-incidents-by-province";
    static final String DESIGN = "carana-incident-log";
    static final String HIDDEN = "Night raid on Wande reported by the U2 patrol";

    @TempDir
    static Path folder;
    static Workspace workspace;

    /** A province, a town in it; an unclassified and a confidential incident this month, a confidential one the month before. */
    @BeforeAll
    static void workspace() throws Exception {
        workspace = Workspace.init(folder.resolve("ws"), null);
        Location province = location("Tessaru", LocationKind.PROVINCE, null);
        Location town = location("Amboli", LocationKind.TOWN, province);
        event("Cattle raid near Amboli", "UNCLASSIFIED", LocalDate.of(2026, 6, 10), 2, town);
        event(HIDDEN, "CONFIDENTIAL", LocalDate.of(2026, 6, 20), 5, town);
        event("Ambush on the Amboli road", "CONFIDENTIAL", LocalDate.of(2026, 5, 15), 1, town);
        workspace.saveAll(new NullProgressMonitor());
    }

    private static Location location(String name, LocationKind kind, Location parent) {
        Location l = workspace.create(MosaicPackage.Literals.LOCATION);
        l.setName(name);
        l.setKind(kind);
        l.setParent(parent);
        workspace.add(l);
        return l;
    }

    private static void event(String title, String classification, LocalDate day, int killed, Location place) {
        Event e = workspace.create(MosaicPackage.Literals.EVENT);
        e.getMarking().setClassification(classification);
        e.setTitle(title);
        e.setOccurredAt(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        e.setViolenceType("killing");
        e.setFatalities(killed);
        e.setLocation(place);
        e.setPlaceName(place.getName());
        workspace.add(e);
    }

    private static Map<String, String> june(String audience) {
        return Map.of("audience", audience, "from", "2026-06-01", "to", "2026-06-30");
    }

    /** The row as the PDF's text shows it: the cells in order, whatever the spacing between them. */
    private static Pattern line(Map<String, Object> row) {
        List<String> cells = new ArrayList<>();
        row.values().forEach(v -> cells.add(Pattern.quote(String.valueOf(v))));
        return Pattern.compile(String.join("\\s+", cells));
    }

    @Test
    void theMissionsDataSetReachesItsDesignOnTheCaranaDemo() throws Exception {
        Workspace carana = CaranaWorkspace.get();
        Path out = CaranaWorkspace.productFolder().resolve("carana-incident-log-by-province.pdf");
        ProductData data = Reports.render(carana, DESIGN, ReportFormat.PDF, Map.of("audience", "CONFIDENTIAL"), out, new NullProgressMonitor());
        List<Map<String, Object>> rows = data.rows(DATA_SET);
        assertFalse(rows.isEmpty(), "a month of Carana incidents falls in provinces");
        assertEquals(List.of("province", "incidents", "fatalities", "previous", "change"), List.copyOf(rows.get(0).keySet()));
        // the counts are those of the visible events of the period, as the events data set lists them
        int incidents = rows.stream().mapToInt(r -> (Integer) r.get("incidents")).sum();
        int killed = rows.stream().mapToInt(r -> (Integer) r.get("fatalities")).sum();
        assertEquals(data.rows("events").size(), incidents);
        assertEquals(data.rows("events").stream().mapToInt(r -> (Integer) r.get("fatalities")).sum(), killed);
        assertTrue(List.of("Sorona", "Tessaru", "Kalimbe", "Mbarika", "Ouvela").contains(rows.get(0).get("province")), rows.toString());
        String text = Pdfs.text(out);
        assertTrue(text.contains("Incidents by province, against the period before"), text);
        for (Map<String, Object> row : rows) {
            assertTrue(line(row).matcher(text).find(), "the row " + row.values() + " is not in the PDF:\n" + text);
        }
    }

    @Test
    void theDesignShowsTheMissionsRowsAndTheAudienceSeesOnlyWhatItMay() throws Exception {
        Path out = folder.resolve("incident-log-unclassified.pdf");
        ProductData data = Reports.render(workspace, DESIGN, ReportFormat.PDF, june("UNCLASSIFIED"), out, new NullProgressMonitor());
        // one visible incident this month (2 killed); the confidential one this month and the one before are left out
        assertEquals(List.of(Map.of("province", "Tessaru", "incidents", 1, "fatalities", 2, "previous", 0, "change", "+1")), data.rows(DATA_SET));
        assertEquals(2, data.withheld(), "each hidden incident counts once, however many data sets left it out");
        assertEquals("UNCLASSIFIED", data.marking());
        String text = Pdfs.text(out);
        assertTrue(line(data.rows(DATA_SET).get(0)).matcher(text).find(), text);
        assertTrue(text.contains("withheld"), text);
        assertFalse(text.contains("2 items withheld"), "the count is for the issuing analyst, not the product:\n" + text);
        assertFalse(text.contains(HIDDEN), text);
        assertFalse(text.contains("CONFIDENTIAL"), "marked with what it contains:\n" + text);

        Path everything = folder.resolve("incident-log-confidential.pdf");
        ProductData confidential = Reports.render(workspace, DESIGN, ReportFormat.PDF, june("CONFIDENTIAL"), everything, new NullProgressMonitor());
        assertEquals(List.of(Map.of("province", "Tessaru", "incidents", 2, "fatalities", 7, "previous", 1, "change", "+1")),
            confidential.rows(DATA_SET));
        assertEquals(0, confidential.withheld());
        assertEquals("CONFIDENTIAL", confidential.marking());
        String all = Pdfs.text(everything);
        assertTrue(Pattern.compile("Tessaru\\s+2\\s+7\\s+1\\s+\\+1").matcher(all).find(), all);
        assertTrue(all.contains("No items withheld"), all);
    }

    @Test
    void aDataSetNoBundleProvidesIsAOneLineErrorNamingDesignDataSetAndTheKnownOnes() throws Exception {
        // a design file of this test fragment, whose only data set is no-such-data-set
        URL file = FileLocator.find(FrameworkUtil.getBundle(MissionDataSetTest.class), IPath.fromPortableString("test-designs/unknown-data-set.rptdesign"));
        DesignEntry design = new DesignEntry(new DesignInfo("test-unknown-data-set", "Test: Unknown Data Set", "", "mosaic.reports.tests",
            List.of()), file, "P7D");
        List<String> dataSets = Engine.dataSets(Engine.get().design(file));
        assertEquals(List.of("no-such-data-set"), dataSets);
        ReportException e = assertThrows(ReportException.class, () -> ProductBuilder.build(workspace, design,
            Selection.parse(design.info(), Map.of(), workspace.rules()), Map.of(), dataSets, new NullProgressMonitor()));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith("design test-unknown-data-set uses data set 'no-such-data-set', which no installed bundle provides (known: threats, "),
            message);
        assertTrue(message.contains(", " + DATA_SET), "the mission's data set is listed: " + message);
        assertTrue(message.contains("event-types"), message);
    }
}
