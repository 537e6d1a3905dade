package mosaic.search.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Report;
import mosaic.search.Ingest;
import mosaic.search.LinkCorrections;
import mosaic.search.SavedSearches;
import mosaic.search.SearchHit;
import mosaic.search.SearchResult;
import mosaic.search.ui.SearchUi;
import mosaic.ui.internal.preferences.AnalystPreferences;
import mosaic.ui.session.Sessions;
import mosaic.ui.testing.RecordingPrompter;
import mosaic.ui.testing.Workbenches;

/** An analyst searches the Carana report archive in the Search perspective, as a reader with a clearance. */
class SearchPerspectiveTest {

    @TempDir
    static Path tmp;

    private Workspace workspace;
    private SearchView view;
    private String testName;
    private String clearanceBefore;
    private String compartmentsBefore;
    /** Says what the ingest job reports without a modal dialog, and records it. */
    private RecordingPrompter prompts;

    private static IWorkbenchPage page() {
        return Workbenches.page();
    }

    private static void settle() {
        Workbenches.settle(Archive.FAMILY);
    }

    private static void reader(String clearance, String compartments) {
        var store = AnalystPreferences.store();
        store.setValue(AnalystPreferences.CLEARANCE, clearance);
        store.setValue(AnalystPreferences.COMPARTMENTS, compartments);
        Sessions.current().preferencesChanged();
    }

    @BeforeEach
    void openSearch(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        assumeTrue(Workbenches.demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        clearanceBefore = AnalystPreferences.clearance();
        compartmentsBefore = AnalystPreferences.compartments();
        prompts = RecordingPrompter.register();
        Path ws = Workbenches.copyDemo(tmp.resolve("carana-" + System.nanoTime()));
        Workbenches.open(ws, Archive.FAMILY);
        workspace = Sessions.current().workspace();
        assertEquals(ws.toRealPath(), workspace.root());
        PlatformUI.getWorkbench().showPerspective(SearchUi.PERSPECTIVE, page().getWorkbenchWindow());
        view = (SearchView) page().showView(SearchUi.VIEW_SEARCH);
        assertNotNull(page().findView(SearchUi.VIEW_SAVED), "the perspective shows the saved searches");
        settle();
    }

    @AfterEach
    void restore() throws Exception {
        settle();
        Workbenches.screenshot(page().getWorkbenchWindow().getShell(), "SearchPerspectiveTest-" + testName);
        reader(clearanceBefore, compartmentsBefore);
        Archive.get().closeIndex();
        if (prompts != null) {
            prompts.close();
            prompts = null;
        }
    }

    private SearchResult search(String text) {
        view.setQuery(text, false);
        view.search();
        settle();
        SearchResult result = view.lastResult();
        assertNotNull(result, "the search finished: " + view.status());
        return result;
    }

    @Test
    void hitsFacetsAndPreviewNeverShowWhatLiesAboveTheReader() {
        reader("STRICTLY_CONFIDENTIAL", "*");
        SearchResult all = search("FPLT");
        assertTrue(all.hits().stream().anyMatch(h -> h.classification().equals("STRICTLY_CONFIDENTIAL")),
            "the demo has strictly confidential reports on the FPLT");

        reader("CONFIDENTIAL", "*"); // the view runs the search again for the new reader
        settle();
        SearchResult confidential = view.lastResult();
        assertTrue(confidential.total() > 0 && confidential.total() < all.total(), confidential.total() + " of " + all.total());
        for (SearchHit hit : confidential.hits()) {
            assertFalse(hit.classification().equals("STRICTLY_CONFIDENTIAL"), "hit above the reader: " + hit);
        }
        assertTrue(confidential.facets().getOrDefault("classification", List.of()).stream()
            .noneMatch(c -> c.value().equals("STRICTLY_CONFIDENTIAL")), "no facet counts what the reader may not see");
        assertTrue(view.status().contains("CONFIDENTIAL"), view.status());
        int rows = view.results().getTable().getItemCount();
        assertEquals(confidential.hits().size(), rows);

        // a facet narrows the search; every hit is then of that type
        view.toggle("type", "flash-report");
        settle();
        assertFalse(view.lastResult().hits().isEmpty());
        assertTrue(view.lastResult().hits().stream().allMatch(h -> h.type().equals("flash-report")));

        // the preview shows the passage in context, matches highlighted
        SearchHit first = view.lastResult().hits().get(0);
        view.select(first);
        settle();
        String preview = view.preview().getText();
        assertTrue(preview.startsWith(first.title()), preview);
        assertTrue(preview.contains("▶"), "the matching passage is marked in its context: " + preview);
        assertTrue(Arrays.stream(view.preview().getStyleRanges()).anyMatch((StyleRange r) -> r.background != null
            && r.background.equals(view.preview().getDisplay().getSystemColor(SWT.COLOR_YELLOW))
            && preview.substring(r.start, r.start + r.length).equalsIgnoreCase("FPLT")), "FPLT is highlighted");
    }

    @Test
    void savedSearchFlagsANewlyIngestedReportAndALinkIsKept() throws Exception {
        reader("STRICTLY_CONFIDENTIAL", "*");
        search("zanzibarite");
        assertEquals(0, view.lastResult().total());
        view.save("zanzibarite watch");
        settle();
        assertTrue(SavedSearches.load(workspace).all().stream().anyMatch(s -> s.name().equals("zanzibarite watch")));

        Path note = tmp.resolve("patrol-note-" + System.nanoTime() + ".txt");
        Files.writeString(note, "Patrol note, Kamako axis.\n\nThe patrol found a zanzibarite cache near the Orumbe market.\n");
        IngestHandler.job(List.of(note), new Ingest.Options("patrol-report", "CONFIDENTIAL", null)).schedule();
        settle();
        Report ingested = workspace.objects(Report.class).stream().filter(r -> note.getFileName().toString().equals(r.getOriginalName()))
            .findFirst().orElseThrow(() -> new AssertionError("the ingested note is a report in the workspace"));
        assertEquals("CONFIDENTIAL", ingested.getMarking().getClassification());
        assertEquals(List.of(ingested.getId()), Archive.get().fresh().get("zanzibarite watch"), "the saved search flags the new report");

        Actor fplt = workspace.objects(Actor.class).stream().filter(a -> a.getName().startsWith("Front Patriotique")).findFirst().orElseThrow();
        view.link(ingested, fplt, true);
        settle();
        assertTrue(LinkCorrections.confirmed(ingested).contains(fplt.getId()));
        search("zanzibarite");
        assertEquals(1, view.lastResult().total());
        assertTrue(view.lastResult().facets().getOrDefault("actor", List.of()).stream().anyMatch(c -> c.value().equals(fplt.getId())),
            "the confirmed link is indexed: " + view.lastResult().facets());
    }
}
