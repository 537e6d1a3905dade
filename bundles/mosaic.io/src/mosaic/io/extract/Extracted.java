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
 */
public record Extracted(String name, MediaType mediaType, List<Passage> passages, DocumentMetadata metadata,
        List<Extracted> children, List<String> problems) {

    /** Makes the lists unmodifiable. */
    public Extracted {
        passages = List.copyOf(passages);
        children = List.copyOf(children);
        problems = List.copyOf(problems);
    }

    /** @return all passages' text joined by blank lines */
    public String text() {
        return passages.stream().map(Passage::text).collect(Collectors.joining("\n\n"));
    }
}
