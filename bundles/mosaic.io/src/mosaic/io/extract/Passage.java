package mosaic.io.extract;

/**
 * One addressable piece of a document's text: a page of a PDF, a paragraph of a DOCX, HTML page, e-mail body or
 * text file.
 *
 * @param index 1-based position of the passage among its document's passages
 * @param kind  what the passage is: {@code "page"}, {@code "paragraph"} (body text), or the part of the document it
 *              comes from ({@code "header"}, {@code "footer"}, {@code "footnote"}, {@code "endnote"},
 *              {@code "comment"}, {@code "textbox"}, {@code "image"} for an image's description, {@code "sheet"},
 *              {@code "slide"}, {@code "notes"})
 * @param text  the passage's text, trimmed, never empty
 */
public record Passage(int index, String kind, String text) {

    /** Keeps only what any XML file and index can hold (see {@link CleanText}). */
    public Passage {
        text = CleanText.of(text);
    }

    /** Kind of a PDF page passage. */
    public static final String PAGE = "page";
    /** Kind of a paragraph passage. */
    public static final String PARAGRAPH = "paragraph";
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
