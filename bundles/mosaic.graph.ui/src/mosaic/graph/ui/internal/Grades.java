package mosaic.graph.ui.internal;

import mosaic.model.Evidence;
import mosaic.model.MosaicObject;

/**
 * How well an object is supported by its evidence, in the NATO admiralty grading: source
 * reliability A (reliable) to F (cannot be judged), information credibility 1 (confirmed) to
 * 6 (cannot be judged).
 */
public final class Grades {

    private Grades() {
    }

    /** The best source reliability among the object's evidence that names a source, or null. */
    public static String bestReliability(MosaicObject object) {
        String best = null;
        for (Evidence evidence : object.getEvidence()) {
            String code = evidence.getSource() == null ? null : evidence.getSource().getReliability();
            if (code != null && !code.isBlank() && (best == null || code.compareTo(best) < 0)) {
                best = code;
            }
        }
        return best;
    }

    /** The best information credibility among the object's evidence, or null. */
    public static String bestCredibility(MosaicObject object) {
        String best = null;
        for (Evidence evidence : object.getEvidence()) {
            String code = evidence.getCredibility();
            if (code != null && !code.isBlank() && (best == null || code.compareTo(best) < 0)) {
                best = code;
            }
        }
        return best;
    }

    /**
     * Whether an object rests on weak evidence: none at all, or its best graded source is worse
     * than C, or its best credibility is worse than 3. Evidence from a report without a named
     * source says nothing about reliability and does not count against it.
     */
    public static boolean weak(MosaicObject object) {
        if (object.getEvidence().isEmpty()) {
            return true;
        }
        String reliability = bestReliability(object);
        String credibility = bestCredibility(object);
        return (reliability != null && reliability.compareTo("C") > 0) || (credibility != null && credibility.compareTo("3") > 0);
    }
}
