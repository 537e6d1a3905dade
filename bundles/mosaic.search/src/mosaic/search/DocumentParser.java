package mosaic.search;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;

/**
 * Reads a file's text for an {@link Ingest}: {@link mosaic.io.extract.TextExtractor} unless another
 * is given (a test's parser that fails on purpose, a reader of a format of one's own). Whatever it
 * throws, and however long it runs, refuses only the file it was reading.
 */
@FunctionalInterface
public interface DocumentParser {

    /**
     * @param name    the file's name, for messages
     * @param bytes   its content
     * @param options limits to apply
     * @param monitor cancelled when the run is, or when the file's time is up
     * @return the text, metadata and contained documents
     * @throws ExtractionException the file is refused, with the reason
     */
    Extracted parse(String name, byte[] bytes, ExtractOptions options, IProgressMonitor monitor) throws ExtractionException;
}
