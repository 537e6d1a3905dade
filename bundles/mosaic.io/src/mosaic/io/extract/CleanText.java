package mosaic.io.extract;

/**
 * Makes extracted text safe for any XML file and index: what XML 1.0 cannot hold (control
 * characters, unpaired surrogates, the non-characters U+FFFE and U+FFFF) is removed or replaced,
 * everything else, right-to-left and combining text among it, is kept as it is, in logical order.
 */
public final class CleanText {

    private CleanText() {
    }

    /**
     * @param text extracted text (may be {@code null})
     * @return the text with control characters removed (tab, line feed and carriage return kept; a
     *         form feed or a vertical tab becomes a line feed), each unpaired surrogate replaced by
     *         U+FFFD; the same instance when nothing had to change
     */
    public static String of(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append('\uFFFD');
                }
            } else if (Character.isLowSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\f' || c == '\u000B') {
                out.append('\n');
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !(c >= 0x7F && c <= 0x9F) && c != '\uFFFE' && c != '\uFFFF';
    }
}
