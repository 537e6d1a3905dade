package mosaic.io.extract;

/**
 * Limits applied while extracting. Files over a limit are refused, never truncated.
 *
 * @param maxFileBytes         largest file (or attachment) read at all; a larger one is refused before it is read
 * @param maxUnzippedBytes     largest total uncompressed size of a DOCX's zip entries
 * @param maxCompressionRatio  largest ratio of uncompressed to compressed size of a DOCX (zip bomb guard)
 * @param maxNesting           how deep attachments inside attachments are followed
 */
public record ExtractOptions(long maxFileBytes, long maxUnzippedBytes, int maxCompressionRatio, int maxNesting) {

    /** 64 MiB files, 256 MiB unzipped, ratio 100, three levels of attachments. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(64L << 20, 256L << 20, 100, 3);

    /** Checks that every limit is positive. */
    public ExtractOptions {
        if (maxFileBytes <= 0 || maxUnzippedBytes <= 0 || maxCompressionRatio <= 0 || maxNesting < 0) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
    }

    /** @return these options with another file size limit */
    public ExtractOptions withMaxFileBytes(long bytes) {
        return new ExtractOptions(bytes, maxUnzippedBytes, maxCompressionRatio, maxNesting);
    }
}
