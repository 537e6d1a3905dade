package mosaic.io.extract;

import java.time.Instant;
import java.util.Optional;

/**
 * Metadata found in a file. Each value is {@code null} when the file does not carry it.
 *
 * @param title          document title (PDF/DOCX property, HTML {@code <title>}, e-mail subject)
 * @param author         author or sender
 * @param date           creation or sending date
 * @param classification a classification marking the file carries (a property or a first-line banner), normalised
 *                       to upper case with {@code _} between words, for example {@code STRICTLY_CONFIDENTIAL}
 */
public record DocumentMetadata(String title, String author, Instant date, String classification) {

    /** Metadata with no value at all. */
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null);

    /** Keeps only what any XML file can hold (see {@link CleanText}). */
    public DocumentMetadata {
        title = CleanText.of(title);
        author = CleanText.of(author);
    }

    /** @return the title, if any */
    public Optional<String> titleValue() {
        return Optional.ofNullable(title);
    }

    /** @return the classification marking, if any */
    public Optional<String> classificationValue() {
        return Optional.ofNullable(classification);
    }
}
