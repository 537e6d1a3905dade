package mosaic.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What to look for, independent of Lucene, so that the CLI, the Search perspective and saved
 * searches share one description of a query. Build one with {@link #of(String)} and the
 * {@code with...} methods; instances are immutable.
 *
 * @param text     the query text: Lucene syntax (phrases, {@code AND}/{@code OR}/{@code NOT}, {@code field:value},
 *                 wildcards, fuzzy {@code term~}, ranges) or, in simple mode, words, {@code "phrases"},
 *                 {@code +}/{@code |}/{@code -} and {@code *} suffixes; blank means every report
 * @param simple   whether {@code text} is in simple mode (never a syntax error)
 * @param types    report types to keep (empty: all)
 * @param from     earliest report date, inclusive, or {@code null}
 * @param to       latest report date, inclusive, or {@code null}
 * @param mentions ids of actors or places that every hit must mention (any of their names or aliases counts)
 * @param near     a circle every hit must mention a place in, or {@code null}
 * @param sort     the order of hits
 * @param facets   whether to count hits by type, year, classification, component, actor and place
 * @param limit    how many hits to return at most
 */
public record SearchQuery(String text, boolean simple, Set<String> types, Instant from, Instant to, Set<String> mentions, Near near,
        Sort sort, boolean facets, int limit) {

    /** The order of hits. */
    public enum Sort {
        /** Best match first. */
        RELEVANCE,
        /** Newest first. */
        NEWEST,
        /** Oldest first. */
        OLDEST
    }

    /**
     * A circle on the map.
     *
     * @param latitude  centre latitude in degrees
     * @param longitude centre longitude in degrees
     * @param km        radius in kilometres
     */
    public record Near(double latitude, double longitude, double km) {
        /** Checks the coordinates and the radius. */
        public Near {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
            }
            if (!(km > 0)) {
                throw new IllegalArgumentException("radius must be positive, not " + km);
            }
        }
    }

    /** Checks and copies the values. */
    public SearchQuery {
        text = text == null ? "" : text;
        types = Set.copyOf(types);
        mentions = Set.copyOf(mentions);
        Objects.requireNonNull(sort, "sort");
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: " + from + " is after " + to);
        }
    }

    /** A Lucene-syntax query for the text, by relevance, no filters, 10 hits, no facets. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, false, Set.of(), null, null, Set.of(), null, Sort.RELEVANCE, false, 10);
    }

    public SearchQuery withSimple(boolean value) {
        return new SearchQuery(text, value, types, from, to, mentions, near, sort, facets, limit);
    }

    public SearchQuery withTypes(Set<String> value) {
        return new SearchQuery(text, simple, value, from, to, mentions, near, sort, facets, limit);
    }

    public SearchQuery withDates(Instant fromValue, Instant toValue) {
        return new SearchQuery(text, simple, types, fromValue, toValue, mentions, near, sort, facets, limit);
    }

    public SearchQuery withMentions(Set<String> value) {
        return new SearchQuery(text, simple, types, from, to, value, near, sort, facets, limit);
    }

    public SearchQuery withNear(Near value) {
        return new SearchQuery(text, simple, types, from, to, mentions, value, sort, facets, limit);
    }

    public SearchQuery withSort(Sort value) {
        return new SearchQuery(text, simple, types, from, to, mentions, near, value, facets, limit);
    }

    public SearchQuery withFacets(boolean value) {
        return new SearchQuery(text, simple, types, from, to, mentions, near, sort, value, limit);
    }

    public SearchQuery withLimit(int value) {
        return new SearchQuery(text, simple, types, from, to, mentions, near, sort, facets, value);
    }
}
