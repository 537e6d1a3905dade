package mosaic.core.access;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.config.MissionRules;

/**
 * Who is reading: a classification clearance, the compartments the reader is read into, and
 * optionally the body a product is released to. Every headless result that leaves the workspace
 * (search hits, facet counts, snippets, report rows, exports, compartments of a sync) is filtered
 * through one audience, so need to know is decided in one place.
 * <p>
 * An object is visible when all of these hold:
 * <ul>
 * <li>its classification ranks at or below the clearance (an unknown code ranks above every
 * level, see {@link MissionRules#classificationRank(String)});</li>
 * <li>its compartment, if it has one, is among the reader's compartments;</li>
 * <li>when the audience names a body it is released to, the marking either carries no
 * releasability restriction or lists that body.</li>
 * </ul>
 * An object without a marking counts as the lowest level, with no compartment.
 */
public final class Audience {

    private final MissionRules rules;
    private final String clearance;
    private final int clearanceRank;
    private final Set<String> compartments;
    private final String releasableTo;

    private Audience(MissionRules rules, String clearance, Collection<String> compartments, String releasableTo) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (!rules.isClassification(clearance)) {
            throw new IllegalArgumentException("unknown classification level '" + clearance + "' (levels: "
                    + String.join(", ", rules.classificationCodes()) + ")");
        }
        this.clearance = clearance;
        this.clearanceRank = rules.classificationRank(clearance);
        TreeSet<String> set = new TreeSet<>();
        for (String c : compartments) {
            if (c != null && !c.isBlank()) {
                set.add(c.trim());
            }
        }
        this.compartments = Set.copyOf(set);
        this.releasableTo = releasableTo == null || releasableTo.isBlank() ? null : releasableTo.trim();
    }

    /**
     * An audience with a clearance and compartments.
     *
     * @throws IllegalArgumentException if the clearance is not one of the mission's levels
     */
    public static Audience of(MissionRules rules, String clearance, Collection<String> compartments) {
        return new Audience(rules, clearance, compartments, null);
    }

    /** The lowest audience: the mission's lowest level, no compartments. */
    public static Audience lowest(MissionRules rules) {
        return new Audience(rules, rules.classificationCodes().get(0), Set.of(), null);
    }

    /** Everyone cleared for everything: the highest level and the given compartments. */
    public static Audience highest(MissionRules rules, Collection<String> compartments) {
        var codes = rules.classificationCodes();
        return new Audience(rules, codes.get(codes.size() - 1), compartments, null);
    }

    /** This audience, for a product released to a body (for example a troop-contributing country). */
    public Audience releasedTo(String body) {
        return new Audience(rules, clearance, compartments, body);
    }

    public String clearance() {
        return clearance;
    }

    public Set<String> compartments() {
        return compartments;
    }

    public Optional<String> releasableTo() {
        return Optional.ofNullable(releasableTo);
    }

    public MissionRules rules() {
        return rules;
    }

    /** Whether this audience may see something carrying the marking. */
    public boolean permits(Marking marking) {
        if (marking == null) {
            return true;
        }
        if (rules.rank(marking) > clearanceRank) {
            return false;
        }
        String compartment = marking.getCompartment();
        if (compartment != null && !compartment.isBlank() && !compartments.contains(compartment.trim())) {
            return false;
        }
        if (releasableTo != null && !marking.getReleasableTo().isEmpty()) {
            return marking.getReleasableTo().contains(releasableTo);
        }
        return true;
    }

    /** Whether this audience may see an object (its own marking only; see {@link #permitsAll}). */
    public boolean permits(MosaicObject object) {
        return object != null && permits(object.getMarking());
    }

    /** Whether this audience may see every one of the objects (an object and what it embeds or names). */
    public boolean permitsAll(Collection<? extends MosaicObject> objects) {
        for (MosaicObject o : objects) {
            if (!permits(o)) {
                return false;
            }
        }
        return true;
    }

    /** The test as a predicate, for filtering streams. */
    public Predicate<MosaicObject> filter() {
        return this::permits;
    }

    /**
     * The highest classification code among the markings, or the mission's lowest level when there
     * are none: what a product that contains exactly these is marked with.
     */
    public static String highestClassification(MissionRules rules, Collection<Marking> markings) {
        String best = rules.classificationCodes().get(0);
        int bestRank = 0;
        for (Marking m : markings) {
            if (m != null && rules.rank(m) > bestRank && rules.isClassification(m.getClassification())) {
                best = m.getClassification();
                bestRank = rules.rank(m);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return clearance + (compartments.isEmpty() ? "" : " " + compartments)
                + (releasableTo == null ? "" : " rel " + releasableTo);
    }
}
