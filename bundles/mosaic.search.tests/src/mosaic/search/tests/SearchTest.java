package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mosaic.core.access.Audience;
import mosaic.model.Report;
import mosaic.search.EntityMatcher;
import mosaic.search.Ingest;
import mosaic.search.LinkCorrections;
import mosaic.search.SearchAnalyzer;
import mosaic.search.SearchException;
import mosaic.search.SearchHit;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;

/** Entity linking, corrections and every kind of query, on reports ingested from files. */
class SearchTest extends WithFixture {

    Audience all;
    String upper;
    String hyphen;
    String joined;
    String spaced;
    String kiloReport;
    String buniaReport;

    @BeforeEach
    void setUp() throws Exception {
        all = f.audience(Fixture.UNCLASSIFIED);
        upper = ingest("upper.txt", "MAÏ-MAÏ fighters looted the health centre.", "2024-01-10", "flash-report");
        hyphen = ingest("hyphen.txt", "Mayi-Mayi elements attacked Kilo market at dawn.", "2024-06-01", "daily-sitrep");
        joined = ingest("joined.txt", "Maimai groups withdrew from Kilo after the patrol.", "2025-02-03", "daily-sitrep");
        spaced = ingest("spaced.txt", "The mai mai commander met the FLC near Bunia.", "2025-08-20", "patrol-report");
        kiloReport = hyphen;
        buniaReport = spaced;
    }

    private String ingest(String name, String text, String date, String type) throws Exception {
        return f.ingestText(name, text, "{\"date\": \"" + date + "\", \"type\": \"" + type + "\"}");
    }

    @Test
    void theAnalyzerFoldsCaseAccentsAndHyphens() {
        try (SearchAnalyzer analyzer = new SearchAnalyzer()) {
            assertEquals(List.of("maimai"), analyzer.terms("MAÏ-MAÏ"));
            assertEquals(List.of("maimai"), analyzer.terms("Mai‐Mai")); // U+2010 hyphen
            assertEquals(List.of("maimai"), analyzer.terms("Maimai"));
            assertEquals(List.of("mai", "mai"), analyzer.terms("Mai Mai"));
        }
    }

    @Test
    void everySpellingOfAnAliasLinksTheActor() throws Exception {
        SearchResult mentions = f.search(SearchQuery.of("").withMentions(Set.of(f.maiMai.getId())).withLimit(50), all);
        assertEquals(Set.of(upper, hyphen, joined, spaced), Fixture.ids(mentions), "MAÏ-MAÏ, Mayi-Mayi, Maimai and mai mai");
        SearchResult flc = f.search(SearchQuery.of("").withMentions(Set.of(f.flc.getId())), all);
        assertEquals(Set.of(spaced), Fixture.ids(flc));
        EntityMatcher matcher = EntityMatcher.of(f.workspace, new SearchAnalyzer());
        assertEquals(Set.of(f.maiMai.getId(), f.kilo.getId()), matcher.idsIn("Mayi-Mayi elements attacked Kilo market"));
    }

    @Test
    void aQueryForOneAliasFindsReportsThatUseAnother() throws Exception {
        assertEquals(Set.of(upper, hyphen, joined, spaced), Fixture.ids(f.search("Mayi-Mayi", all)));
        assertEquals(Set.of(upper, hyphen, joined, spaced), Fixture.ids(f.search("\"Mai-Mai Mazembe\"", all)));
        // without the workspace's aliases, only the literal spelling matches
        SearchResult literal = f.index.searcher().search(SearchQuery.of("Mayi-Mayi").withLimit(50), all);
        assertEquals(Set.of(hyphen), Fixture.ids(literal));
    }

    @Test
    void rejectedAndConfirmedLinksSurviveSyncRebuildAndReingest() throws Exception {
        Report report = f.report(spaced);
        LinkCorrections.reject(f.workspace, report, f.maiMai.getId());
        LinkCorrections.confirm(f.workspace, f.report(upper), f.flc.getId());
        f.index.synchronize(f.workspace, new NullProgressMonitor());
        SearchQuery mentionsMaiMai = SearchQuery.of("").withMentions(Set.of(f.maiMai.getId())).withLimit(50);
        SearchQuery mentionsFlc = SearchQuery.of("").withMentions(Set.of(f.flc.getId())).withLimit(50);
        assertEquals(Set.of(upper, hyphen, joined), Fixture.ids(f.search(mentionsMaiMai, all)));
        assertEquals(Set.of(upper, spaced), Fixture.ids(f.search(mentionsFlc, all)));

        f.index.rebuild(f.workspace, new NullProgressMonitor());
        assertEquals(Set.of(upper, hyphen, joined), Fixture.ids(f.search(mentionsMaiMai, all)), "after a rebuild");
        assertEquals(Set.of(upper, spaced), Fixture.ids(f.search(mentionsFlc, all)));

        java.nio.file.Files.writeString(f.inbox.resolve("spaced.txt"), "The mai mai commander met the FLC again near Bunia.");
        assertEquals(Ingest.Status.UPDATED, f.ingest(f.inbox.resolve("spaced.txt")).results().get(0).status());
        assertEquals(Set.of(upper, hyphen, joined), Fixture.ids(f.search(mentionsMaiMai, all)), "after re-ingest of a changed file");
        assertTrue(LinkCorrections.rejected(f.report(spaced)).contains(f.maiMai.getId()));
    }

    @Test
    void phrasesBooleansWildcardsFuzzyAndSimpleMode() throws Exception {
        assertEquals(Set.of(hyphen), Fixture.ids(f.search("\"attacked Kilo market\"", all)));
        assertEquals(Set.of(), Fixture.ids(f.search("\"Kilo attacked market\"", all)));
        assertEquals(Set.of(hyphen, joined), Fixture.ids(f.search("kilo AND (market OR patrol)", all)));
        assertEquals(Set.of(joined), Fixture.ids(f.search("kilo NOT market", all)));
        assertEquals(Set.of(upper), Fixture.ids(f.search("loot*", all)));
        assertEquals(Set.of(upper), Fixture.ids(f.search("helth~1", all)));
        assertEquals(Set.of(spaced), Fixture.ids(f.search("commandr~", all)));
        assertEquals(Set.of(hyphen, joined),
            Fixture.ids(f.search(SearchQuery.of("kilo -bunia \"kilo").withSimple(true), all)), "simple mode never fails");
        SearchException e = assertThrows(SearchException.class, () -> f.search("kilo AND (", all));
        assertTrue(e.getMessage().contains("kilo AND ("), e.getMessage());
    }

    @Test
    void snippetsHighlightTheMatchInTheBestPassage() throws Exception {
        SearchHit hit = f.search("market", all).hits().get(0);
        assertEquals(hyphen, hit.reportId());
        assertTrue(hit.snippet().contains("<b>market</b>"), hit.snippet());
        assertEquals(1, hit.passage());
    }

    @Test
    void aHitPointsToThePageThatHoldsTheMatches() throws Exception {
        Path pdf = f.write("sector-east.pdf", Fixture.pdf("Sector East weekly",
            "Page one: the convoy left Bunia on Monday.",
            "Page two: a roadblock at Kilo, and a second roadblock north of Kilo; the convoy waited.",
            "Page three: the Mayi-Mayi withdrew; the roadblock was lifted."));
        String id = f.ingest(pdf).results().get(0).reportId();
        // a report whose pages were indexed after others, and one updated: blocks stay in order
        f.text("later.txt", "Unrelated market report.");
        f.ingest(f.inbox.resolve("later.txt"));

        SearchHit roadblock = hitOf(f.search("roadblock", all), id);
        assertEquals(2, roadblock.passage(), "two of the three mentions are on page 2");
        assertEquals("page", roadblock.passageKind());
        assertTrue(roadblock.snippet().contains("<b>roadblock</b>"), roadblock.snippet());
        assertEquals(3, hitOf(f.search("\"roadblock was lifted\"", all), id).passage(), "the phrase is on page 3");
        assertEquals(1, hitOf(f.search("monday", all), id).passage());
        assertEquals(1, hitOf(f.search("monday OR lifted", all), id).passage(), "as many matches on pages 1 and 3: the first");
        assertEquals(1, hitOf(f.search("lifted AND monday", all), id).passage(), "terms on two pages: the report matches, the first page shows");
        SearchHit mention = hitOf(f.search(SearchQuery.of("").withMentions(Set.of(f.maiMai.getId())), all), id);
        assertEquals(3, mention.passage(), "no text: the first page linked to the actor");
        assertTrue(mention.snippet().contains("Mayi-Mayi"), mention.snippet());
    }

    private static SearchHit hitOf(SearchResult result, String reportId) {
        return result.hits().stream().filter(h -> h.reportId().equals(reportId)).findFirst()
            .orElseThrow(() -> new AssertionError("no hit for " + reportId + " in " + result.hits()));
    }

    @Test
    void dateRangesTypesSortingAndFacets() throws Exception {
        SearchQuery in2024 = SearchQuery.of("").withDates(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-12-31T23:59:59Z"));
        assertEquals(Set.of(upper, hyphen), Fixture.ids(f.search(in2024, all)));
        assertEquals(Set.of(hyphen, joined), Fixture.ids(f.search(SearchQuery.of("").withTypes(Set.of("daily-sitrep")), all)));
        List<String> newest = f.search(SearchQuery.of("").withSort(SearchQuery.Sort.NEWEST), all).hits().stream().map(SearchHit::reportId).toList();
        assertEquals(List.of(spaced, joined, hyphen, upper), newest);
        List<String> oldest = f.search(SearchQuery.of("").withSort(SearchQuery.Sort.OLDEST), all).hits().stream().map(SearchHit::reportId).toList();
        assertEquals(List.of(upper, hyphen, joined, spaced), oldest);

        SearchResult faceted = f.search(SearchQuery.of("").withFacets(true), all);
        assertEquals(List.of(new SearchResult.FacetCount("daily-sitrep", 2), new SearchResult.FacetCount("flash-report", 1),
            new SearchResult.FacetCount("patrol-report", 1)), faceted.facets().get("type"));
        assertEquals(List.of(new SearchResult.FacetCount("2024", 2), new SearchResult.FacetCount("2025", 2)), faceted.facets().get("year"));
        assertEquals(List.of(new SearchResult.FacetCount(f.maiMai.getId(), 4), new SearchResult.FacetCount(f.flc.getId(), 1)),
            faceted.facets().get("actor"));
        assertEquals(List.of(new SearchResult.FacetCount(Fixture.UNCLASSIFIED, 4)), faceted.facets().get("classification"));
    }

    @Test
    void withinKilometresOfAPlace() throws Exception {
        SearchQuery nearKilo = SearchQuery.of("").withNear(new SearchQuery.Near(-1.0, 29.05, 20));
        assertEquals(Set.of(hyphen, joined), Fixture.ids(f.search(nearKilo, all)));
        SearchQuery nearBunia = SearchQuery.of("").withNear(new SearchQuery.Near(1.5, 30.2, 20));
        assertEquals(Set.of(spaced), Fixture.ids(f.search(nearBunia, all)));
        SearchQuery wide = SearchQuery.of("").withNear(new SearchQuery.Near(0.3, 29.6, 400));
        assertEquals(Set.of(hyphen, joined, spaced), Fixture.ids(f.search(wide, all)));
        assertFalse(Fixture.ids(f.search(wide, all)).contains(upper), "a report naming no place is never near one");
    }

    @Test
    void moreLikeThisFindsReportsSharingWords() throws Exception {
        String similar = ingest("similar.txt", "Armed elements attacked the Kilo market again; the market was closed.", "2025-09-01", "flash-report");
        SearchResult like = f.searcher().moreLikeThis(hyphen, all, 10);
        assertFalse(like.hits().isEmpty());
        assertEquals(similar, like.hits().get(0).reportId());
        assertFalse(Fixture.ids(like).contains(hyphen), "never the source itself");
    }
}
