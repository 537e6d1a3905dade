package mosaic.io.extract.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

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
        MediaType type = TypeSniffer.detect(name, bytes);
        return switch (type) {
        case PDF -> PdfReader.read(name, bytes, options, monitor);
        case PNG, JPEG, TIFF -> OcrReader.readImage(name, bytes, type, options, monitor);
        case DOCX -> DocxReader.read(name, bytes, options, this, depth, monitor);
        case HTML -> HtmlReader.read(name, Charsets.decode(bytes, HtmlReader.declaredCharset(bytes)));
        case EML -> new MimeReader(this, depth, options.maxNesting()).read(name, bytes, monitor);
        case TEXT -> readText(name, Charsets.decode(bytes, null));
        case DOC -> DocReader.read(name, bytes);
        case XLSX, XLS -> SheetReader.read(name, bytes, type, options);
        case PPTX -> PptxReader.read(name, bytes, options);
        case ODT -> OdtReader.read(name, bytes, options);
        case RTF -> RtfReader.read(name, bytes);
        case MSG -> MsgReader.read(name, bytes, this, depth, monitor);
        case ZIP -> ZipReader.read(name, bytes, options, this, depth, monitor);
        };
    }

    /**
     * Reads a document contained in another one (an attachment, an embedded object, an archive's entry) as a child;
     * one that is nested too deeply or refused becomes a problem naming it, and the container is read on.
     *
     * @param childName the contained document's name
     * @param depth     the container's depth
     * @param what      what the contained document is, for messages ("attachment", "embedded document"...)
     */
    void child(String childName, byte[] content, int depth, IProgressMonitor monitor, List<Extracted> children,
            List<String> problems, String what) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (depth + 1 > options.maxNesting()) {
            problems.add(childName + ": " + what + " nested deeper than " + options.maxNesting()
                    + " levels, not read");
            return;
        }
        try {
            children.add(read(childName, content, depth + 1, monitor));
        } catch (ExtractionException e) {
            problems.add(e.getMessage());
        }
    }

    /** @return the limits this reader applies */
    ExtractOptions options() {
        return options;
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
