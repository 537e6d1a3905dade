package mosaic.io.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text and metadata extracted from one document.
 *
 * @param name      the file name (for an e-mail attachment, the attachment's file name)
 * @param mediaType the type detected from the content
 * @param passages  the text, as pages or paragraphs in document order
 * @param metadata  metadata found in the file
 * @param children  documents contained in this one (e-mail attachments), extracted the same way
 * @param problems  contained documents that could not be extracted, one sentence each naming the part and the reason
 * @param warnings  what was read only in part or not at all, though the document itself was read: scanned pages
 *                  without OCR ({@code no text: scanned pages, OCR off}), an OCR language not installed, a page
 *                  OCR could not read; one sentence each
 */
public record Extracted(String name, MediaType mediaType, List<Passage> passages, DocumentMetadata metadata,
        List<Extracted> children, List<String> problems, List<String> warnings) {

    /** Makes the lists unmodifiable. */
    public Extracted {
        passages = List.copyOf(passages);
        children = List.copyOf(children);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A document read without warnings. */
    public Extracted(String name, MediaType mediaType, List<Passage> passages, DocumentMetadata metadata,
            List<Extracted> children, List<String> problems) {
        this(name, mediaType, passages, metadata, children, problems, List.of());
    }

    /**
     * @return the warnings of this document and of the documents it contains (an attachment's prefixed with its
     *         name), each once
     */
    public List<String> allWarnings() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(warnings);
        for (Extracted child : children) {
            for (String warning : child.allWarnings()) {
                all.add(child.name() + ": " + warning);
            }
        }
        return List.copyOf(all);
    }

    /** @return all passages' text joined by blank lines */
    public String text() {
        return passages.stream().map(Passage::text).collect(Collectors.joining("\n\n"));
    }
}
