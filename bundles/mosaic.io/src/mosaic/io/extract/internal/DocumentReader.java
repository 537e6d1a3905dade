package mosaic.io.extract.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/** Detects a document's type from its bytes and hands it to the reader for that type. */
public final class DocumentReader {

    private final ExtractOptions options;

    /** @param options the limits to apply, also to attachments */
    public DocumentReader(ExtractOptions options) {
        this.options = options;
    }

    /**
     * Reads one document held in memory.
     *
     * @param name    file or attachment name, used in messages
     * @param bytes   the content
     * @param depth   0 for a file, 1 for an attachment of it, and so on
     * @param monitor cancellation
     */
    public Extracted read(String name, byte[] bytes, int depth, IProgressMonitor monitor) throws ExtractionException {
        if (bytes.length > options.maxFileBytes()) {
            throw new ExtractionException(name, "content is " + megabytes(bytes.length)
                    + ", larger than the limit of " + megabytes(options.maxFileBytes()), null);
        }
        MediaType image = OcrReader.imageType(bytes);
        MediaType type = image != null ? image : TypeSniffer.detect(name, bytes);
        return switch (type) {
        case PDF -> PdfReader.read(name, bytes, options, monitor);
        case PNG, JPEG, TIFF -> OcrReader.readImage(name, bytes, type, options, monitor);
        case DOCX -> DocxReader.read(name, bytes, options);
        case HTML -> HtmlReader.read(name, Charsets.decode(bytes, HtmlReader.declaredCharset(bytes)));
        case EML -> new MimeReader(this, depth, options.maxNesting()).read(name, bytes, monitor);
        case TEXT -> readText(name, Charsets.decode(bytes, null));
        default -> throw new ExtractionException(name, "unknown type: " + type.mime() + " is not read yet", null);
        };
    }

    static Extracted readText(String name, String text) {
        List<Passage> passages = Paragraphs.split(text);
        DocumentMetadata metadata = new DocumentMetadata(null, null, null, Classification.fromBanner(passages));
        return new Extracted(name, MediaType.TEXT, passages, metadata, List.of(), List.of());
    }

    /** @return a size in megabytes with one decimal, for messages */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
