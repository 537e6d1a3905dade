package mosaic.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

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
                if (isTokenChar(c)) {
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
        int kept = removeHyphens(buffer, length);
        if (kept > 0 && !lowerAscii(buffer, kept)) {
            if (needsScriptFolding(buffer, kept)) {
                String script = foldScript(new String(buffer, 0, kept));
                if (script.isEmpty()) {
                    return 0;
                }
                buffer = term.resizeBuffer(script.length());
                script.getChars(0, script.length(), buffer, 0);
                kept = script.length();
            }
            if (folded.length < 4 * kept) {
                folded = new char[4 * kept];
            }
            int foldedLength = foldAndLower(buffer, kept, folded);
            buffer = term.resizeBuffer(foldedLength);
            System.arraycopy(folded, 0, buffer, 0, foldedLength);
            kept = foldedLength;
        }
        return kept;
    }

    /** Removes the hyphens of a raw token in place; returns how many chars are left. */
    private static int removeHyphens(char[] buffer, int length) {
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (!SearchAnalyzer.isHyphen(c)) {
                buffer[kept++] = c;
            }
        }
        return kept;
    }

    /**
     * Lowers the case of a token in place if it is all ASCII (nothing to fold then).
     *
     * @return whether it was; if not, the token is unchanged
     */
    private static boolean lowerAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 'A' && c <= 'Z') {
                buffer[i] = (char) (c + ('a' - 'A'));
            }
        }
        return true;
    }

    /** Folds a token to ASCII into {@code out} (at least 4 chars per char of the token) and lowers its case there; returns its length. */
    private static int foldAndLower(char[] token, int length, char[] out) {
        int foldedLength = ASCIIFoldingFilter.foldToASCII(token, 0, out, 0, length);
        for (int i = 0; i < foldedLength;) {
            i += Character.toChars(Character.toLowerCase(Character.codePointAt(out, i, foldedLength)), out, i);
        }
        return foldedLength;
    }

    /**
     * Whether a token needs {@link #foldScript} before folding: it holds a combining mark, an Arabic
     * letter or digit, or an Arabic presentation form.
     */
    private static boolean needsScriptFolding(char[] token, int length) {
        for (int i = 0; i < length; i++) {
            char c = token[i];
            if (c >= 0x0300 && (isMark(c) || c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds what the same word may be written with in more than one way: a letter and its combining
     * accent become the accented letter (which ASCII folding then folds, so {@code E} + U+0301 is
     * {@code é} is {@code e}); Arabic presentation forms (ligatures from PDFs) become the letters
     * they stand for; Arabic short vowels and other marks, and the tatweel, are dropped; alef with
     * hamza or madda is alef, teh marbuta is heh, alef maksura is yeh; Arabic-Indic digits are
     * digits. Searching for {@code الأمن} then finds {@code الامن} and {@code ٱلْأَمْن}.
     *
     * @return the folded token (a new string)
     */
    static String foldScript(String token) {
        boolean presentation = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                presentation = true;
                break;
            }
        }
        String composed = Normalizer.normalize(token, presentation ? Normalizer.Form.NFKC : Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (isMark(c) || c == 0x0640) {
                continue;
            }
            b.append(switch (c) {
                case 0x0622, 0x0623, 0x0625, 0x0671 -> '\u0627';
                case 0x0629 -> '\u0647';
                case 0x0649 -> '\u064A';
                default -> c >= 0x0660 && c <= 0x0669 ? (char) ('0' + c - 0x0660) : c >= 0x06F0 && c <= 0x06F9 ? (char) ('0' + c - 0x06F0) : c;
            });
        }
        return b.toString();
    }

    /** Whether a char is a combining mark (an accent, an Arabic short vowel). */
    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Whether a code point belongs to a token: a letter, a digit or a hyphen (ASCII answered at once). */
    private static boolean isTokenChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }
        return Character.isLetterOrDigit(c) || SearchAnalyzer.isHyphen(c) || isMark(c);
    }

    /**
     * The terms of a text, exactly those {@link #incrementToken} gives, without a token stream:
     * no reader, no attributes, and a quick test for ASCII letters and digits. Entity matching and
     * the index take the terms of every passage, so this is a good part of an ingest.
     */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        char[] chars = text.toCharArray();
        int n = chars.length;
        char[] token = new char[MAX_TOKEN_LENGTH + 2];
        char[] foldedToken = null;
        int length = 0;
        int i = 0;
        while (i <= n) {
            boolean tokenChar = false;
            if (i < n) {
                int c = chars[i] < 0x80 ? chars[i] : Character.codePointAt(chars, i, n);
                i += Character.charCount(c);
                tokenChar = isTokenChar(c);
                if (tokenChar) {
                    length += Character.toChars(c, token, length);
                }
            } else {
                i++; // the end of the text ends the last token
            }
            if (length > 0 && (!tokenChar || length >= MAX_TOKEN_LENGTH)) {
                int kept = removeHyphens(token, length);
                if (kept > 0) {
                    if (lowerAscii(token, kept)) {
                        terms.add(new String(token, 0, kept));
                    } else if (needsScriptFolding(token, kept)) {
                        char[] script = foldScript(new String(token, 0, kept)).toCharArray();
                        if (script.length > 0) {
                            char[] out = new char[4 * script.length];
                            terms.add(new String(out, 0, foldAndLower(script, script.length, out)));
                        }
                    } else {
                        if (foldedToken == null) {
                            foldedToken = new char[4 * token.length];
                        }
                        terms.add(new String(foldedToken, 0, foldAndLower(token, kept, foldedToken)));
                    }
                }
                length = 0;
            }
        }
        return terms;
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
