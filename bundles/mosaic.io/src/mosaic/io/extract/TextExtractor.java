package mosaic.io.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.io.extract.internal.DocumentReader;

/**
 * Extracts text, passages and metadata from PDF, Word (DOCX and legacy DOC), Excel (XLSX and XLS), PowerPoint (PPTX),
 * OpenDocument text (ODT), RTF, HTML, e-mail ({@code .eml} and Outlook {@code .msg}, attachments as child documents),
 * zip archives of these (each entry a child document) and plain text files; PNG, JPEG and TIFF images are recognised
 * (no text of their own). The type is detected from the file's content, so a wrong extension does not matter; a
 * file of any other type, or one that is not what it starts like (a "zip" without a zip directory), is refused.
 * <p>
 * Every refusal is an {@link ExtractionException} naming the file and the reason: encrypted or corrupt PDF, corrupt
 * Office file, encrypted Office file, zip bomb, file over {@link ExtractOptions#maxFileBytes()} (refused before reading, never truncated), unknown
 * type. Instances are stateless and thread-safe.
 */
public final class TextExtractor {

    /**
     * Extracts a file without progress reporting.
     *
     * @see #extract(Path, ExtractOptions, IProgressMonitor)
     */
    public Extracted extract(Path file, ExtractOptions options) throws ExtractionException {
        return extract(file, options, new NullProgressMonitor());
    }

    /**
     * Extracts a file.
     *
     * @param file    the file to read
     * @param options limits to apply
     * @param monitor progress and cancellation (checked between pages and attachments)
     * @return the text as passages, the metadata and the attachments
     * @throws ExtractionException the file is refused; the message names it and says why
     * @throws org.eclipse.core.runtime.OperationCanceledException the monitor was cancelled
     */
    public Extracted extract(Path file, ExtractOptions options, IProgressMonitor monitor) throws ExtractionException {
        Objects.requireNonNull(options, "options");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                throw new ExtractionException(name, "file is " + DocumentReader.megabytes(size)
                        + ", larger than the limit of " + DocumentReader.megabytes(options.maxFileBytes())
                        + " (refused, not read)", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(name, "no such file", e);
        } catch (IOException e) {
            throw new ExtractionException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return extract(name, bytes, options, monitor);
    }

    /**
     * Extracts a file's content read already (by a caller that also hashes it, so that the text
     * and the hash come from the same bytes, read once).
     *
     * @param name    the file's name, for messages
     * @param bytes   its content
     * @param options limits to apply
     * @param monitor progress and cancellation (may be {@code null})
     * @return the text as passages, the metadata and the attachments
     * @throws ExtractionException the content is refused; the message names the file and says why
     */
    public Extracted extract(String name, byte[] bytes, ExtractOptions options, IProgressMonitor monitor) throws ExtractionException {
        Objects.requireNonNull(options, "options");
        if (bytes.length > options.maxFileBytes()) {
            throw new ExtractionException(name, "file is " + DocumentReader.megabytes(bytes.length) + ", larger than the limit of "
                + DocumentReader.megabytes(options.maxFileBytes()) + " (refused, not read)", null);
        }
        return new DocumentReader(options).read(name, bytes, 0, monitor == null ? new NullProgressMonitor() : monitor);
    }
}
