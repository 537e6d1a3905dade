package mosaic.io.extract;

/**
 * One addressable piece of a document's text: a page of a PDF, a paragraph of a DOCX, HTML page, e-mail body or
 * text file.
 *
 * @param index 1-based position of the passage among its document's passages
 * @param kind       what the passage is ({@code "page"}, {@code "ocr-page"} or {@code "paragraph"})
 * @param text       the passage's text, trimmed, never empty
 * @param confidence for a passage read by OCR, the mean confidence of its words (0 to 100); otherwise
 *                   {@link #NO_CONFIDENCE}
 */
public record Passage(int index, String kind, String text, int confidence) {

    /** The confidence of a passage not read by OCR. */
    public static final int NO_CONFIDENCE = -1;

    /** Keeps only what any XML file and index can hold (see {@link CleanText}). */
    public Passage {
        text = CleanText.of(text);
    }

    /** A passage of a document's own text (not read by OCR). */
    public Passage(int index, String kind, String text) {
        this(index, kind, text, NO_CONFIDENCE);
    }

    /** @return a page read by OCR, with the mean confidence of its words */
    public static Passage ocrPage(int index, String text, int confidence) {
        return new Passage(index, OCR_PAGE, text, Math.max(0, Math.min(100, confidence)));
    }

    /** @return whether the passage was read by OCR (its {@link #confidence()} says how sure) */
    public boolean ocr() {
        return OCR_PAGE.equals(kind);
    }

    /** @return whether the passage is a whole page (of the text layer or read by OCR), never grouped with others */
    public boolean page() {
        return PAGE.equals(kind) || OCR_PAGE.equals(kind);
    }

    /** Kind of a PDF page passage. */
    public static final String PAGE = "page";
    /** Kind of a paragraph passage. */
    public static final String PARAGRAPH = "paragraph";
    /** Kind of a page read by OCR: a scanned PDF page or an image (a page of it). */
    public static final String OCR_PAGE = "ocr-page";
}
