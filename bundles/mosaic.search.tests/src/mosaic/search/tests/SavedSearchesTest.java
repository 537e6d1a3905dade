package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mosaic.search.Ingest;
import mosaic.search.SavedSearches;
import mosaic.search.SearchQuery;

/** Saved searches live in the workspace and flag the reports each ingest adds to them. */
class SavedSearchesTest extends WithFixture {

    @Test
    void newHitsAreFlaggedAfterIngestOnceAndOnlyForTheSearchesAudience() throws Exception {
        String old = f.ingest(f.text("old.txt", "The FLC held a rally in Bunia.")).results().get(0).reportId();
        SavedSearches saved = SavedSearches.load(f.workspace);
        saved.save("flc", SearchQuery.of("FLC"), f.audience(Fixture.UNCLASSIFIED), f.searcher());
        saved.save("kilo", SearchQuery.of("kilo"), f.audience(Fixture.UNCLASSIFIED), f.searcher());
        assertTrue(Files.isRegularFile(f.workspace.root().resolve(SavedSearches.FILE)), "kept in the workspace");
        assertTrue(SavedSearches.load(f.workspace).all().get(0).seen().contains(old), "what it found when saved is not new");

        Path fresh = f.text("new.txt", "Front for the Liberation of Carana fighters crossed the river.");
        Path secret = f.text("secret.txt", "FLC arms deal, source protected.");
        f.sidecar(secret, "{\"classification\": \"STRICTLY_CONFIDENTIAL\"}");
        Ingest.Summary summary = f.ingest(fresh, secret);
        String freshId = summary.results().get(0).reportId();
        assertEquals(Map.of("flc", List.of(freshId)), summary.savedSearchHits(),
            "the alias query finds the new report; the secret one is above the search's audience");

        Ingest.Summary again = f.ingest(f.text("other.txt", "Quiet day."));
        assertEquals(Map.of(), again.savedSearchHits(), "nothing new the second time");
        assertTrue(SavedSearches.load(f.workspace).all().get(0).seen().contains(freshId), "seen ids are stored");

        SavedSearches reloaded = SavedSearches.load(f.workspace);
        assertTrue(reloaded.remove("kilo"));
        assertEquals(List.of("flc"), SavedSearches.load(f.workspace).all().stream().map(SavedSearches.Saved::name).toList());
    }
}
