package mosaic.io.extract;

/**
 * One addressable piece of a document's text: a page of a PDF, a paragraph of a DOCX, HTML page, e-mail body or
 * text file.
 *
 * @param index 1-based position of the passage among its document's passages
 * @param kind       what the passage is: {@code "page"}, {@code "ocr-page"} (a page read by OCR),
 *                   {@code "paragraph"} (body text), or the part of the document it comes from ({@code "header"},
 *                   {@code "footer"}, {@code "footnote"}, {@code "endnote"}, {@code "comment"}, {@code "textbox"},
 *                   {@code "image"} for an image's description, {@code "sheet"}, {@code "slide"}, {@code "notes"})
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
    /** Kind of a page header's text. */
    public static final String HEADER = "header";
    /** Kind of a page footer's text. */
    public static final String FOOTER = "footer";
    /** Kind of a footnote. */
    public static final String FOOTNOTE = "footnote";
    /** Kind of an endnote. */
    public static final String ENDNOTE = "endnote";
    /** Kind of a reviewer's comment (annotation). */
    public static final String COMMENT = "comment";
    /** Kind of the text of a text box or frame. */
    public static final String TEXTBOX = "textbox";
    /** Kind of an image's title or description (alternative text). */
    public static final String IMAGE = "image";
    /** Kind of a spreadsheet's sheet: its name on the first line, then its rows. */
    public static final String SHEET = "sheet";
    /** Kind of a presentation slide's text. */
    public static final String SLIDE = "slide";
    /** Kind of a slide's speaker notes. */
    public static final String NOTES = "notes";
}
