package mosaic.io.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mosaic.io.extract.Passage;

/** Recognises classification markings: a banner on the first line, or a property value. */
final class Classification {

    /** A marking alone on a line, optionally followed by caveats such as "// MISSION ONLY". */
    private static final Pattern BANNER = Pattern.compile(
            "(?i)^\\s*(UNCLASSIFIED|STRICTLY[ _-]CONFIDENTIAL|CONFIDENTIAL|RESTRICTED|TOP[ _-]SECRET|SECRET)"
                    + "\\s*(?:(?://|-|:).*)?$");

    private Classification() {
    }

    /** @return the normalised marking if the first passage's first line is a banner, else {@code null} */
    static String fromBanner(List<Passage> passages) {
        if (passages.isEmpty()) {
            return null;
        }
        return fromLine(passages.get(0).text().lines().findFirst().orElse(""));
    }

    /** @return the normalised marking if the line is a banner or a property value naming one, else {@code null} */
    static String fromLine(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = BANNER.matcher(line);
        return m.matches() ? m.group(1).toUpperCase(Locale.ROOT).replaceAll("[ -]", "_") : null;
    }

    /** @return the first non-null value */
    static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
