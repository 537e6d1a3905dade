package mosaic.search.internal;

/**
 * Names of the index's fields. Every report is one {@link #KIND_REPORT} document (its whole text
 * and metadata: counts, facets and sorting work on these) plus one {@link #KIND_PASSAGE} document
 * per page or paragraph group (snippets and "where in the report"; its text is stored, not
 * indexed); both carry the report's
 * metadata and marking, so every filter, the need-to-know filter first, applies to both.
 */
public final class IndexFields {

    /** Bumped whenever documents are built differently, so that every report is indexed again. */
    public static final String FORMAT = "mosaic-search-7";

    public static final String KIND = "kind";
    public static final String KIND_REPORT = "report";
    public static final String KIND_PASSAGE = "passage";
    /** The report id, on both kinds of documents (indexed and stored). */
    public static final String REPORT = "id";
    /** 1-based passage number (stored), on passage documents. */
    public static final String PASSAGE = "passage";
    /** What the passage is: page, ocr-page or paragraph (stored). */
    public static final String PASSAGE_KIND = "passageKind";
    /** For a page read by OCR, the mean confidence of its words, 0 to 100 (stored int, on its passage document). */
    public static final String PASSAGE_CONFIDENCE = "passageConfidence";
    /** The text: indexed (not stored) on report documents, where every text query runs. */
    public static final String TEXT = "text";
    /**
     * On report documents (stored): the position in {@link #TEXT} at which each passage begins,
     * as 4-byte integers, so that the positions of a query's matches tell which passage they are in.
     * The report's passage documents follow it directly (ids one up), numbered from 1.
     */
    public static final String PASSAGE_STARTS = "passageStarts";
    /** A passage's text, stored (not indexed) on passage documents, for snippets and the best passage. */
    public static final String PASSAGE_TEXT = "passageText";
    public static final String TITLE = "title";
    public static final String TYPE = "type";
    /** Epoch milliseconds: points for ranges, doc values for sorting, stored for display. */
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String AUTHOR = "author";
    public static final String COMPONENT = "component";
    public static final String CLASSIFICATION = "classification";
    /** The classification's rank in the mission's levels (int points): the need-to-know filter. */
    public static final String RANK = "rank";
    /** The compartment, or {@link #NONE}. */
    public static final String COMPARTMENT = "compartment";
    /** Each body the report is releasable to, or {@link #NONE} when unrestricted. */
    public static final String RELEASABLE = "releasable";
    /** Actors mentioned, on report documents (indexed, stored, facetable). */
    public static final String ACTOR = "actor";
    /** Places mentioned, on report documents (indexed, stored, facetable). */
    public static final String PLACE = "place";
    /** Actors a passage mentions, stored on its passage document (never searched: which passage to show). */
    public static final String PASSAGE_ACTOR = "passageActor";
    /** Places a passage mentions, stored on its passage document. */
    public static final String PASSAGE_PLACE = "passagePlace";
    /** Coordinates of each mentioned place (lat/lon points, on report documents). */
    public static final String GEO = "geo";
    /** A digest of everything that went into the report's documents (stored, report documents). */
    public static final String FINGERPRINT = "fingerprint";
    /** Marks "no compartment" and "no releasability restriction"; not a valid name of either. */
    public static final String NONE = "\u0000none";

    private IndexFields() {
    }
}
