package mosaic.io.extract;

/**
 * One addressable piece of a document's text: a page of a PDF, a paragraph of a DOCX, HTML page, e-mail body or
 * text file.
 *
 * @param index 1-based position of the passage among its document's passages
 * @param kind  what the passage is ({@code "page"} or {@code "paragraph"})
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
}
