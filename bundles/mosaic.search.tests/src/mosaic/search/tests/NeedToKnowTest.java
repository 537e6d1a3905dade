package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import mosaic.core.access.Audience;
import mosaic.search.SearchException;
import mosaic.search.SearchHit;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;

/**
 * Need to know, tested as an adversary would: a reader below a report's clearance, or outside its
 * compartment, must not learn it exists, through hits, totals, facets, snippets, sorting, aliases,
 * more-like-this or scores.
 */
class NeedToKnowTest extends WithFixture {

    Audience low;
    Audience confidential;
    Audience top;
    Audience jmac;
    String open1;
    String open2;
    String secret;
    String compartmented;

    @BeforeEach
    void setUp() throws Exception {
        low = f.audience(Fixture.UNCLASSIFIED);
        confidential = f.audience(Fixture.CONFIDENTIAL);
        top = f.audience(Fixture.SECRET);
        jmac = f.audience(Fixture.CONFIDENTIAL, "jmac-only");
        open1 = ingest("open1.txt", "Kilo market reopened after the Mayi-Mayi withdrawal.", "UNCLASSIFIED", null, "2024-03-01");
        open2 = ingest("open2.txt", "Bunia road convoy passed without incident.", "UNCLASSIFIED", null, "2024-04-01");
        secret = ingest("secret.txt", "Source OKAPI reports Mai-Mai Mazembe arms cache zanzibarite near Kilo market; "
            + "Kilo market Kilo market Kilo market.", "STRICTLY_CONFIDENTIAL", null, "2026-01-01");
        compartmented = ingest("jmac.txt", "Obsidian network finances the FLC near Bunia.", "CONFIDENTIAL", "jmac-only", "2025-05-05");
    }

    private String ingest(String name, String text, String classification, String compartment, String date) throws Exception {
        return f.ingestText(name, text, "{\"classification\": \"" + classification + "\", \"date\": \"" + date + "\""
            + (compartment == null ? "" : ", \"compartment\": \"" + compartment + "\"") + "}");
    }

    @Test
    void aWildcardCountsOnlyWhatTheReaderMaySee() throws Exception {
        for (String q : List.of("*", "*:*", "k*", "*a*", "")) {
            SearchResult r = f.search(SearchQuery.of(q).withLimit(100).withFacets(true), low);
            assertFalse(Fixture.ids(r).contains(secret), q);
            assertFalse(Fixture.ids(r).contains(compartmented), q);
            assertTrue(r.total() <= 2, q + " total " + r.total());
        }
        assertEquals(2, f.search("*", low).total());
        assertEquals(3, f.search("*", top).total(), "the compartment stays hidden even from the highest clearance");
        assertEquals(4, f.search("*", f.audience(Fixture.SECRET, "jmac-only")).total());
    }

    @Test
    void aTermOnlyInASecretReportCountsZeroAndIsInNoFacet() throws Exception {
        for (String q : List.of("zanzibarite", "zanzibar*", "zanzibarit~", "okapi AND cache", "\"arms cache\"")) {
            SearchResult r = f.search(SearchQuery.of(q).withFacets(true), confidential);
            assertEquals(0, r.total(), q);
            assertTrue(r.hits().isEmpty(), q);
            r.facets().values().forEach(values -> assertTrue(values.isEmpty(), q + " facets " + r.facets()));
        }
        assertEquals(Set.of(secret), Fixture.ids(f.search("zanzibarite", top)));
    }

    @Test
    void facetsByClassificationListOnlyVisibleLevels() throws Exception {
        SearchResult r = f.search(SearchQuery.of("").withFacets(true), low);
        assertEquals(List.of(new SearchResult.FacetCount(Fixture.UNCLASSIFIED, 2)), r.facets().get("classification"));
        assertEquals(List.of(new SearchResult.FacetCount("2024", 2)), r.facets().get("year"));
        // the secret report mentions Mai-Mai and Kilo: the actor facet must still count one report
        assertEquals(List.of(new SearchResult.FacetCount(f.maiMai.getId(), 1)), r.facets().get("actor"));
        SearchResult all = f.search(SearchQuery.of("").withFacets(true), f.audience(Fixture.SECRET, "jmac-only"));
        assertEquals(3, all.facets().get("classification").size());
    }

    @Test
    void sortingByDateNeverBringsUpTheNewestSecretReport() throws Exception {
        List<String> newest = f.search(SearchQuery.of("kilo OR bunia").withSort(SearchQuery.Sort.NEWEST), confidential).hits().stream()
            .map(SearchHit::reportId).toList();
        assertEquals(List.of(open2, open1), newest);
        assertEquals(secret, f.search(SearchQuery.of("kilo").withSort(SearchQuery.Sort.NEWEST), top).hits().get(0).reportId());
    }

    @Test
    void aliasesAndMentionsDoNotReachSecretReports() throws Exception {
        assertEquals(Set.of(open1), Fixture.ids(f.search("\"Mai-Mai Mazembe\"", low)));
        assertEquals(Set.of(open1), Fixture.ids(f.search(SearchQuery.of("").withMentions(Set.of(f.maiMai.getId())), low)));
        assertEquals(Set.of(open1, secret), Fixture.ids(f.search(SearchQuery.of("").withMentions(Set.of(f.maiMai.getId())), top)));
        assertEquals(Set.of(), Fixture.ids(f.search(SearchQuery.of("").withMentions(Set.of(f.flc.getId())), top)));
        assertEquals(Set.of(compartmented), Fixture.ids(f.search(SearchQuery.of("").withMentions(Set.of(f.flc.getId())), jmac)));
    }

    @Test
    void snippetsComeOnlyFromVisibleReports() throws Exception {
        for (SearchHit hit : f.search("kilo market", low).hits()) {
            assertFalse(hit.snippet().toLowerCase().contains("zanzibarite"), hit.snippet());
            assertFalse(hit.snippet().contains("OKAPI"), hit.snippet());
        }
    }

    @Test
    void moreLikeThisRefusesASecretSourceAndReturnsOnlyVisibleReports() throws Exception {
        SearchException refused = assertThrows(SearchException.class, () -> f.searcher().moreLikeThis(secret, low, 10));
        SearchException missing = assertThrows(SearchException.class, () -> f.searcher().moreLikeThis("no-such-report", low, 10));
        assertEquals(refused.getMessage().replace(secret, "X"), missing.getMessage().replace("no-such-report", "X"),
            "a secret report and a missing one get the same answer");
        SearchResult like = f.searcher().moreLikeThis(open1, low, 10);
        assertFalse(Fixture.ids(like).contains(secret), "the most similar report is secret and must not appear");
        assertTrue(like.total() <= 1, "total " + like.total());
        assertTrue(Fixture.ids(f.searcher().moreLikeThis(open1, top, 10)).contains(secret), "visible to the cleared reader");
    }

    @Test
    void compartmentedReportsNeedTheCompartment() throws Exception {
        assertEquals(0, f.search("obsidian", confidential).total());
        assertEquals(0, f.search("obsidian", top).total());
        assertEquals(Set.of(compartmented), Fixture.ids(f.search("obsidian", jmac)));
        assertEquals(0, f.search("obsidian", f.audience(Fixture.UNCLASSIFIED, "jmac-only")).total(), "the compartment without the level");
    }

    @Test
    void scoresDoNotDependOnReportsTheReaderCannotSee() throws Exception {
        float before = f.search("market", low).hits().get(0).score();
        assertEquals(open1, f.search("market", low).hits().get(0).reportId());
        for (int i = 0; i < 5; i++) {
            ingest("more-secret-" + i + ".txt", "market market market " + i, "STRICTLY_CONFIDENTIAL", null, "2026-02-0" + (i + 1));
        }
        float after = f.search("market", low).hits().get(0).score();
        assertEquals(before, after, 0f, "five secret reports about markets changed the score a low reader sees");
        float topScore = f.search("market", top).hits().stream().filter(h -> h.reportId().equals(open1)).findFirst().orElseThrow().score();
        assertTrue(topScore != before, "for a cleared reader the secret reports do count (" + topScore + ")");
    }

    @Test
    void aProductReleasedToABodyShowsOnlyReportsReleasableToIt() throws Exception {
        var report = f.report(open2);
        report.getMarking().getReleasableTo().add("UNPOL");
        f.workspace.save(report);
        f.index.synchronize(f.workspace, new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(Set.of(open2), Fixture.ids(f.search("convoy", low)), "no body named: the usual rules");
        assertEquals(Set.of(open2), Fixture.ids(f.search("convoy", low.releasedTo("UNPOL"))));
        assertEquals(0, f.search("convoy", low.releasedTo("U2")).total());
        assertEquals(Set.of(open1), Fixture.ids(f.search("kilo OR convoy", low.releasedTo("U2"))), "unrestricted reports stay visible");
    }
}
