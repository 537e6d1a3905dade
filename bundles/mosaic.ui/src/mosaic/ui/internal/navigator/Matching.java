package mosaic.ui.internal.navigator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name matching as analysts type: case, accents, spaces and punctuation do not count, so
 * "maimai" finds Mai-Mai, Mayi Mayi is found by "mayi-mayi", and "Kessani" finds Kessaní.
 */
public final class Matching {

    private Matching() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
