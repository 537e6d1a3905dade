package mosaic.io.extract;

import java.util.List;

import mosaic.io.ocr.Ocr;
import mosaic.io.ocr.Tesseract;

/**
 * Limits applied while extracting. Files over a limit are refused, never truncated.
 *
 * @param maxFileBytes         largest file (or attachment) read at all; a larger one is refused before it is read
 * @param maxUnzippedBytes     largest total uncompressed size of a DOCX's zip entries
 * @param maxCompressionRatio  largest ratio of uncompressed to compressed size of a DOCX (zip bomb guard)
 * @param maxNesting           how deep attachments inside attachments are followed
 * @param ocr                  whether pages without text (scanned PDF pages, images) are read by OCR
 * @param ocrLanguages         the Tesseract languages OCR reads, joined by {@code +} ({@code eng+fra})
 * @param passwords            passwords to try, in order, on a document that needs one to open (a protected PDF);
 *                             never written anywhere
 */
public record ExtractOptions(long maxFileBytes, long maxUnzippedBytes, int maxCompressionRatio, int maxNesting, boolean ocr,
        String ocrLanguages, List<String> passwords) {

    /** 64 MiB files, 256 MiB unzipped, ratio 100, three levels of attachments; OCR on, in English. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(64L << 20, 256L << 20, 100, 3);

    /** Checks that every limit is positive and the OCR languages are language codes. */
    public ExtractOptions {
        if (maxFileBytes <= 0 || maxUnzippedBytes <= 0 || maxCompressionRatio <= 0 || maxNesting < 0) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
        ocrLanguages = ocrLanguages == null || ocrLanguages.isBlank() ? Ocr.DEFAULT_LANGUAGES
                : String.join("+", Tesseract.languageList(ocrLanguages));
        if (ocrLanguages.isEmpty()) {
            ocrLanguages = Ocr.DEFAULT_LANGUAGES;
        }
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
    }

    /** Limits and OCR settings, with no password to try. */
    public ExtractOptions(long maxFileBytes, long maxUnzippedBytes, int maxCompressionRatio, int maxNesting, boolean ocr,
            String ocrLanguages) {
        this(maxFileBytes, maxUnzippedBytes, maxCompressionRatio, maxNesting, ocr, ocrLanguages, List.of());
    }

    /** @return these options with passwords to try on a document that needs one to open */
    public ExtractOptions withPasswords(List<String> list) {
        return new ExtractOptions(maxFileBytes, maxUnzippedBytes, maxCompressionRatio, maxNesting, ocr, ocrLanguages, list);
    }

    /** Never shows the passwords. */
    @Override
    public String toString() {
        return "ExtractOptions[maxFileBytes=" + maxFileBytes + ", maxUnzippedBytes=" + maxUnzippedBytes + ", maxCompressionRatio="
            + maxCompressionRatio + ", maxNesting=" + maxNesting + ", ocr=" + ocr + ", ocrLanguages=" + ocrLanguages + ", passwords="
            + passwords.size() + "]";
    }

    /** Limits with OCR on, in {@value Ocr#DEFAULT_LANGUAGES}. */
    public ExtractOptions(long maxFileBytes, long maxUnzippedBytes, int maxCompressionRatio, int maxNesting) {
        this(maxFileBytes, maxUnzippedBytes, maxCompressionRatio, maxNesting, true, Ocr.DEFAULT_LANGUAGES);
    }

    /** @return these options with another file size limit */
    public ExtractOptions withMaxFileBytes(long bytes) {
        return new ExtractOptions(bytes, maxUnzippedBytes, maxCompressionRatio, maxNesting, ocr, ocrLanguages, passwords);
    }

    /** @return these options with OCR on or off */
    public ExtractOptions withOcr(boolean on) {
        return new ExtractOptions(maxFileBytes, maxUnzippedBytes, maxCompressionRatio, maxNesting, on, ocrLanguages, passwords);
    }

    /**
     * @param languages Tesseract language codes joined by {@code +}, for example {@code eng+fra}; blank for the default
     * @return these options with other OCR languages
     * @throws IllegalArgumentException when a name is not a language code
     */
    public ExtractOptions withOcrLanguages(String languages) {
        return new ExtractOptions(maxFileBytes, maxUnzippedBytes, maxCompressionRatio, maxNesting, ocr, languages, passwords);
    }
}
