package mosaic.io.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classification banner with its caveats, as a document's first line carries it:
 * {@code STRICTLY CONFIDENTIAL // JMAC-ONLY // REL JMAC, U2}. The level is normalised as
 * {@link DocumentMetadata#classification()} is ({@code STRICTLY_CONFIDENTIAL}); a caveat
 * {@code REL [TO] A, B} lists the bodies the document is releasable to; every other caveat is kept
 * as written (a compartment, or a handling note such as {@code MISSION ONLY}) for the caller to
 * match against the mission's compartments.
 *
 * @param classification the normalised level
 * @param caveats the caveats other than releasability, in order, trimmed
 * @param releasableTo the bodies of a {@code REL} caveat, in order (empty when there is none)
 */
public record Banner(String classification, List<String> caveats, List<String> releasableTo) {

    private static final Pattern BANNER = Pattern.compile(
            "(?i)^\\s*(UNCLASSIFIED|STRICTLY[ _-]CONFIDENTIAL|CONFIDENTIAL|RESTRICTED|TOP[ _-]SECRET|SECRET)\\s*((?://).*)?$");
    private static final Pattern REL = Pattern.compile("(?i)^REL(?:EASABLE)?(?:\\s+TO)?\\s+(.+)$");

    public Banner {
        caveats = List.copyOf(caveats);
        releasableTo = List.copyOf(releasableTo);
    }

    /** The banner of a line, or {@code null} when the line is not one. */
    public static Banner parse(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = BANNER.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String level = m.group(1).toUpperCase(Locale.ROOT).replaceAll("[ -]", "_");
        List<String> caveats = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        if (m.group(2) != null) {
            for (String part : m.group(2).split("//")) {
                String caveat = part.strip();
                if (caveat.isEmpty()) {
                    continue;
                }
                Matcher rel = REL.matcher(caveat);
                if (rel.matches()) {
                    for (String body : rel.group(1).split("[,/]")) {
                        if (!body.isBlank() && !bodies.contains(body.strip())) {
                            bodies.add(body.strip());
                        }
                    }
                } else {
                    caveats.add(caveat);
                }
            }
        }
        return new Banner(level, caveats, bodies);
    }

    /** The banner on the first line of the first passage, or {@code null}. */
    public static Banner of(List<Passage> passages) {
        if (passages == null || passages.isEmpty()) {
            return null;
        }
        return parse(passages.get(0).text().lines().findFirst().orElse(""));
    }
}
