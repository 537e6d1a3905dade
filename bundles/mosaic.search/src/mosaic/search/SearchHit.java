package mosaic.search;

import java.time.Instant;

/**
 * One report found, with the passage that matched best.
 *
 * @param reportId       the report's id
 * @param title          its title
 * @param type           its report type
 * @param date           its date, or {@code null}
 * @param classification its classification code
 * @param score          relevance (higher is better; comparable only within one result)
 * @param passage        1-based number of the best passage, 0 when the report has no text of its own
 * @param passageKind    {@code page} or {@code paragraph}, or {@code null}
 * @param snippet        the passage's best fragment with matches between {@code <b>} and {@code </b>}
 */
public record SearchHit(String reportId, String title, String type, Instant date, String classification, float score, int passage,
        String passageKind, String snippet) {
}
