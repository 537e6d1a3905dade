package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mosaic.core.access.Audience;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.config.MissionRules;

class AudienceTest {

    private static final MissionRules RULES = MissionRules.defaults();

    private static Marking marking(String classification, String compartment, String... releasableTo) {
        Marking m = MosaicFactory.eINSTANCE.createMarking();
        m.setClassification(classification);
        m.setCompartment(compartment);
        m.getReleasableTo().addAll(List.of(releasableTo));
        return m;
    }

    @Test
    void clearanceIsACeiling() {
        Audience confidential = Audience.of(RULES, "CONFIDENTIAL", Set.of());
        assertTrue(confidential.permits(marking("UNCLASSIFIED", null)));
        assertTrue(confidential.permits(marking("CONFIDENTIAL", null)));
        assertFalse(confidential.permits(marking("STRICTLY_CONFIDENTIAL", null)));
    }

    @Test
    void unknownClassificationIsHiddenFromEveryone() {
        Audience top = Audience.highest(RULES, Set.of());
        assertFalse(top.permits(marking("SECRET-TYPO", null)));
    }

    @Test
    void compartmentNeedsToBeReadIn() {
        Marking jmacOnly = marking("UNCLASSIFIED", "jmac-only");
        assertFalse(Audience.highest(RULES, Set.of("u2-only")).permits(jmacOnly));
        assertTrue(Audience.lowest(RULES).permits(marking("UNCLASSIFIED", " ")));
        assertTrue(Audience.of(RULES, "UNCLASSIFIED", List.of("jmac-only", "")).permits(jmacOnly));
    }

    @Test
    void releasabilityRestrictsProductsOnly() {
        Marking releasableToTcc = marking("CONFIDENTIAL", null, "TCC-A");
        Audience staff = Audience.highest(RULES, Set.of());
        assertTrue(staff.permits(releasableToTcc));
        assertTrue(staff.releasedTo("TCC-A").permits(releasableToTcc));
        assertFalse(staff.releasedTo("TCC-B").permits(releasableToTcc));
        assertTrue(staff.releasedTo("TCC-B").permits(marking("CONFIDENTIAL", null)));
    }

    @Test
    void unknownClearanceIsRefusedWithTheLevels() {
        var e = assertThrows(IllegalArgumentException.class, () -> Audience.of(RULES, "TOP", Set.of()));
        assertTrue(e.getMessage().contains("TOP") && e.getMessage().contains("STRICTLY_CONFIDENTIAL"), e.getMessage());
    }

    @Test
    void highestClassificationOfWhatIsContained() {
        assertEquals("UNCLASSIFIED", Audience.highestClassification(RULES, List.of()));
        assertEquals("CONFIDENTIAL", Audience.highestClassification(RULES,
                List.of(marking("UNCLASSIFIED", null), marking("CONFIDENTIAL", null))));
    }
}
