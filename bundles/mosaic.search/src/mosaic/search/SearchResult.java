package mosaic.search;

import java.util.List;
import java.util.Map;

/**
 * The reports a query found for one audience. Every number here counts only reports the
 * audience may see.
 *
 * @param total  how many reports match
 * @param hits   the first {@link SearchQuery#limit()} of them, in the query's order
 * @param facets when asked for: per dimension ({@code type}, {@code year}, {@code classification},
 *               {@code component}, {@code actor}, {@code place}) the values and their report counts,
 *               largest first
 */
public record SearchResult(int total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * How many matching reports carry a value.
     *
     * @param value the value (for actors and places, the entity id)
     * @param count the number of reports
     */
    public record FacetCount(String value, int count) {
    }

    /** Copies the lists. */
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
