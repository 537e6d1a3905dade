package mosaic.search;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The terms of {@link SearchAnalyzer} in one pass over the text. A token is a run of letters,
 * digits and hyphens ({@link SearchAnalyzer#isHyphen}) of at most {@value #MAX_TOKEN_LENGTH}
 * characters (a longer run is cut into pieces of that length); its hyphens are removed (a token of
 * hyphens alone is dropped, and takes no position), its accents folded to ASCII as Lucene's
 * {@link ASCIIFoldingFilter} folds them, and its case lowered code point by code point. Offsets
 * are those of the token in the text, hyphens included.
 * <p>
 * The same terms, offsets and positions as Lucene's letter-or-digit {@code CharTokenizer} followed
 * by a hyphen-removing filter, {@code ASCIIFoldingFilter} and {@code LowerCaseFilter}, which the
 * analyzer used before (the tests compare the two on random text); one tokenizer instead of four
 * stages, each with its own call per token, makes analysis, a good part of an ingest, cheaper.
 */
final class SearchTokenizer extends Tokenizer {

    /** The longest token, in chars, as Lucene's {@code CharTokenizer} cuts them. */
    static final int MAX_TOKEN_LENGTH = 255;
    private static final int IO_BUFFER_SIZE = 4096;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    /** Text read and not yet tokenized: {@code io[ioIndex..ioLength)}, plus a high surrogate kept back for the next read. */
    private final char[] io = new char[IO_BUFFER_SIZE];
    private int ioLength;
    private int ioIndex;
    private boolean keptHighSurrogate;
    /** How many chars of the text precede {@code io[0]}. */
    private int consumed;
    private int finalOffset;
    private char[] folded = new char[4 * 64];

    SearchTokenizer() {
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (true) {
            int length = 0;
            int start = -1;
            int end = -1;
            char[] buffer = term.buffer();
            while (true) {
                if (ioIndex >= ioLength) {
                    consumed += ioLength;
                    fill();
                    if (ioLength == 0) {
                        if (length > 0) {
                            break;
                        }
                        finalOffset = correctOffset(consumed);
                        return false;
                    }
                }
                int c = Character.codePointAt(io, ioIndex, ioLength);
                int charCount = Character.charCount(c);
                ioIndex += charCount;
                if (Character.isLetterOrDigit(c) || SearchAnalyzer.isHyphen(c)) {
                    if (length == 0) {
                        start = consumed + ioIndex - charCount;
                        end = start;
                    } else if (length >= buffer.length - 1) {
                        buffer = term.resizeBuffer(2 + length);
                    }
                    end += charCount;
                    length += Character.toChars(c, buffer, length);
                    if (length >= MAX_TOKEN_LENGTH) {
                        break;
                    }
                } else if (length > 0) {
                    break;
                }
            }
            int kept = normalize(buffer, length);
            if (kept > 0) {
                term.setLength(kept);
                finalOffset = correctOffset(end);
                offset.setOffset(correctOffset(start), finalOffset);
                return true;
            }
            // hyphens alone: no token, no position; on to the next
        }
    }

    /**
     * Removes the hyphens of a raw token, folds it to ASCII and lowers its case, in the term's
     * buffer.
     *
     * @return the term's length, 0 when nothing but hyphens was left
     */
    private int normalize(char[] buffer, int length) {
        int kept = 0;
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (!SearchAnalyzer.isHyphen(c)) {
                buffer[kept++] = c;
                ascii &= c < 0x80;
            }
        }
        if (kept == 0) {
            return 0;
        }
        if (!ascii) {
            if (folded.length < 4 * kept) {
                folded = new char[4 * kept];
            }
            int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, kept);
            buffer = term.resizeBuffer(foldedLength);
            System.arraycopy(folded, 0, buffer, 0, foldedLength);
            kept = foldedLength;
            for (int i = 0; i < kept;) {
                i += Character.toChars(Character.toLowerCase(Character.codePointAt(buffer, i, kept)), buffer, i);
            }
        } else {
            for (int i = 0; i < kept; i++) {
                char c = buffer[i];
                if (c >= 'A' && c <= 'Z') {
                    buffer[i] = (char) (c + ('a' - 'A'));
                }
            }
        }
        return kept;
    }

    /**
     * Reads the next piece of text into {@code io}, as much as fits, holding back a high
     * surrogate at its end so that no code point is split between two reads.
     */
    private void fill() throws IOException {
        int length = 0;
        if (keptHighSurrogate) {
            io[0] = io[ioLength];
            length = 1;
            keptHighSurrogate = false;
        }
        while (length < io.length) {
            int read = input.read(io, length, io.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        ioIndex = 0;
        if (length == io.length && Character.isHighSurrogate(io[length - 1])) {
            length--;
            keptHighSurrogate = true;
        }
        ioLength = length;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        ioLength = 0;
        ioIndex = 0;
        keptHighSurrogate = false;
        consumed = 0;
        finalOffset = 0;
    }
}
