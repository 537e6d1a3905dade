package mosaic.core.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import mosaic.model.Marking;
import mosaic.model.config.MissionRules;

/**
 * The marking of a file that holds objects of several markings: the highest classification among
 * them, every compartment any of them is in, and the bodies every restricted one is releasable to
 * (the intersection; {@code releasableTo} is null when none is restricted). What an export writes
 * as its file-level marking and banner, so that a file never says less than what it holds.
 *
 * @param classification the highest classification code (the mission's lowest when there are none)
 * @param compartments the compartments, sorted
 * @param releasableTo null when nothing is restricted; else the bodies every restriction lists
 *        (empty: releasable to no body outside the mission)
 */
public record FileMarking(String classification, Set<String> compartments, List<String> releasableTo) {

    /** The marking of a file holding things of these markings (null markings count as the lowest). */
    public static FileMarking of(MissionRules rules, Collection<Marking> markings) {
        String classification = Audience.highestClassification(rules, markings);
        TreeSet<String> compartments = new TreeSet<>();
        LinkedHashSet<String> bodies = null;
        for (Marking m : markings) {
            if (m == null) {
                continue;
            }
            if (m.getCompartment() != null && !m.getCompartment().isBlank()) {
                compartments.add(m.getCompartment().trim());
            }
            if (!m.getReleasableTo().isEmpty()) {
                if (bodies == null) {
                    bodies = new LinkedHashSet<>(m.getReleasableTo());
                } else {
                    bodies.retainAll(m.getReleasableTo());
                }
            }
        }
        return new FileMarking(classification, Set.copyOf(compartments), bodies == null ? null : List.copyOf(bodies));
    }

    /** The compartments as one value, comma-separated ({@code ""} when none). */
    public String compartmentList() {
        return String.join(",", new TreeSet<>(compartments));
    }

    /**
     * The marking as a banner line: {@code STRICTLY CONFIDENTIAL // JMAC-ONLY // REL JMAC, U2}; a
     * restriction to no outside body is {@code REL NONE}.
     */
    public String banner() {
        List<String> parts = new ArrayList<>();
        parts.add(classification.replace('_', ' '));
        for (String c : new TreeSet<>(compartments)) {
            parts.add(c.toUpperCase(Locale.ROOT));
        }
        if (releasableTo != null) {
            parts.add("REL " + (releasableTo.isEmpty() ? "NONE" : String.join(", ", releasableTo)));
        }
        return String.join(" // ", parts);
    }
}
