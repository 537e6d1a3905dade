package mosaic.search;

import java.time.Instant;

import mosaic.io.extract.Passage;

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
 * @param passageKind    {@code page}, {@code ocr-page} (a page read by OCR) or {@code paragraph}, or {@code null}
 * @param snippet        the passage's best fragment with matches between {@code <b>} and {@code </b>}
 * @param ocrConfidence  for a passage read by OCR, the mean confidence of its words (0 to 100); otherwise
 *                       {@link Passage#NO_CONFIDENCE}
 */
public record SearchHit(String reportId, String title, String type, Instant date, String classification, float score, int passage,
        String passageKind, String snippet, int ocrConfidence) {

    /** A hit in a passage not read by OCR. */
    public SearchHit(String reportId, String title, String type, Instant date, String classification, float score, int passage,
            String passageKind, String snippet) {
        this(reportId, title, type, date, classification, score, passage, passageKind, snippet, Passage.NO_CONFIDENCE);
    }

    /** @return whether the passage found was read by OCR (a scanned page or an image), so may hold misread words */
    public boolean ocr() {
        return Passage.OCR_PAGE.equals(passageKind);
    }

    /** @return "(OCR, confidence 87%)" for a hit in a passage read by OCR, else an empty string */
    public String ocrNote() {
        return ocr() ? "(OCR, confidence " + Math.max(0, ocrConfidence) + "%)" : "";
    }
}
