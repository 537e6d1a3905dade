package mosaic.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mosaic.model.MosaicFactory;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;

class MissionRulesTest {

    private final MissionRules rules = MissionRules.defaults();

    /** The POC Handbook (2020) section 8.2.4 table, row by row, as the default configuration. */
    @ParameterizedTest
    @CsvSource({
        "almost-certain, medium, high,   high,   extreme, extreme",
        "likely,         medium, medium, high,   extreme, extreme",
        "possible,       medium, medium, high,   high,    extreme",
        "unlikely,       low,    medium, medium, high,    high",
        "rare,           low,    low,    medium, high,    high",
    })
    void defaultRiskMatrixIsTheHandbookTable(String likelihood, String insignificant, String minor, String moderate,
                                             String major, String severe) {
        List<String> impacts = List.of("insignificant", "minor", "moderate", "major", "severe");
        List<String> expected = List.of(insignificant, minor, moderate, major, severe);
        for (int i = 0; i < impacts.size(); i++) {
            assertEquals(expected.get(i), rules.risk(likelihood, impacts.get(i)).orElseThrow(),
                likelihood + " x " + impacts.get(i));
        }
        assertEquals(25, rules.configuration().getRiskMatrix().getCells().size());
    }

    @Test
    void classificationsAreOrderedAndUnknownRanksHighest() {
        assertEquals(List.of("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), rules.classificationCodes());
        assertTrue(rules.classificationRank("CONFIDENTIAL") > rules.classificationRank("UNCLASSIFIED"));
        assertTrue(rules.classificationRank("SECRETISH") > rules.classificationRank("STRICTLY_CONFIDENTIAL"));
    }

    @Test
    void gradingScalesFollowTheEarlyWarningSop() {
        assertEquals(List.of("A", "B", "C", "D", "E", "F"),
            rules.scale(MissionRules.SOURCE_RELIABILITY).orElseThrow().getLevels().stream().map(l -> l.getCode()).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"),
            rules.scale(MissionRules.INFORMATION_CREDIBILITY).orElseThrow().getLevels().stream().map(l -> l.getCode()).toList());
        assertEquals("Usually reliable", rules.label(MissionRules.SOURCE_RELIABILITY, "B"));
    }

    @Test
    void riskUsesTheMostSevereImpact() {
        Threat threat = MosaicFactory.eINSTANCE.createThreat();
        threat.setLikelihood("unlikely");
        threat.setImpact("minor");
        assertEquals("medium", rules.expectedRisk(threat).orElseThrow());
        threat.setImpactChildren("severe");
        assertEquals("high", rules.expectedRisk(threat).orElseThrow());
    }
}
