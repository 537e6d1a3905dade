package mosaic.search.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Marking;
import mosaic.search.Ingest;
import mosaic.search.SearchIndex;

/**
 * Issue 23, item 10, as the attack was made: a sidecar lowered a file bannered STRICTLY
 * CONFIDENTIAL to UNCLASSIFIED without a word, and a banner's compartment and releasability were
 * ignored.
 */
class BannerMarkingTest {

    private static final String BANNER = "STRICTLY CONFIDENTIAL // JMAC-ONLY // REL JMAC\n\nSource reports a meeting near the ridge.\n";

    @TempDir
    Path tmp;

    private Ingest.Result ingest(Path file, boolean lower, Workspace ws) throws Exception {
        try (SearchIndex index = SearchIndex.of(ws)) {
            Ingest.Summary summary = new Ingest(ws, index, Ingest.Options.NONE).withLowerMarking(lower)
                .run(List.of(file), null, new NullProgressMonitor());
            return summary.results().get(0);
        }
    }

    private static Marking marking(Workspace ws, String id) throws Exception {
        return Workspace.open(ws.root(), new NullProgressMonitor()).get(id).orElseThrow().getMarking();
    }

    @Test
    void theBannersCompartmentAndReleasabilityAreKept() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("ws"), null);
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("a.txt"), BANNER, StandardCharsets.UTF_8);
        Ingest.Result r = ingest(file, false, ws);
        assertEquals(Ingest.Status.INGESTED, r.status(), String.valueOf(r.reason()));
        Marking m = marking(ws, r.reportId());
        assertEquals("STRICTLY_CONFIDENTIAL", m.getClassification());
        assertEquals("jmac-only", m.getCompartment());
        assertEquals(List.of("JMAC"), m.getReleasableTo());
    }

    @Test
    void aSidecarLowersTheFilesOwnMarkingOnlyWithLowerMarkingAndSaysSo() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("ws"), null);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = Files.writeString(in.resolve("b.txt"), BANNER, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt.meta.json"), "{\"classification\": \"UNCLASSIFIED\"}", StandardCharsets.UTF_8);
        Ingest.Result refused = ingest(file, false, ws);
        assertEquals(Ingest.Status.REFUSED, refused.status());
        assertTrue(refused.reason().contains("STRICTLY_CONFIDENTIAL") && refused.reason().contains("--lower-marking"), refused.reason());

        Ingest.Result lowered = ingest(file, true, ws);
        assertEquals(Ingest.Status.INGESTED, lowered.status(), String.valueOf(lowered.reason()));
        assertTrue(lowered.reason().contains("lowered") && lowered.reason().contains("STRICTLY_CONFIDENTIAL to UNCLASSIFIED"), lowered.reason());
        Marking m = marking(ws, lowered.reportId());
        assertEquals("UNCLASSIFIED", m.getClassification());
        assertEquals("jmac-only", m.getCompartment());
    }
}
