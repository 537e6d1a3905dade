package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mosaic.core.workspace.MissionConfigurations;
import mosaic.model.MissionConfiguration;
import mosaic.model.MosaicFactory;
import mosaic.model.RiskCell;
import mosaic.model.RiskMatrix;
import mosaic.model.Taxonomy;
import mosaic.model.Term;
import mosaic.model.config.MissionRules;

class MissionConfigurationsTest {

    private static final MosaicFactory F = MosaicFactory.eINSTANCE;

    @Test
    void extendAddsWhatIsMissingAndReplacesRiskCells() {
        MissionConfiguration base = MissionRules.loadDefault();
        int actorTypes = new MissionRules(base).configuration().getTaxonomies().stream()
            .filter(t -> t.getName().equals("actor-type")).findFirst().orElseThrow().getTerms().size();

        MissionConfiguration extension = F.createMissionConfiguration();
        extension.setMission("MINUTEST");
        Taxonomy actorType = F.createTaxonomy();
        actorType.setName("actor-type");
        Term herders = F.createTerm();
        herders.setCode("pastoralist-militia");
        Term duplicate = F.createTerm();
        duplicate.setCode("militia");
        duplicate.setLabel("should not replace the default's label");
        actorType.getTerms().add(herders);
        actorType.getTerms().add(duplicate);
        extension.getTaxonomies().add(actorType);
        RiskMatrix matrix = F.createRiskMatrix();
        RiskCell cell = F.createRiskCell();
        cell.setLikelihood("rare");
        cell.setImpact("severe");
        cell.setRisk("extreme");
        matrix.getCells().add(cell);
        extension.setRiskMatrix(matrix);

        MissionConfigurations.extend(base, extension);
        MissionRules rules = new MissionRules(base);
        assertEquals("MINUTEST", base.getMission());
        assertTrue(rules.hasTerm("actor-type", "pastoralist-militia"));
        assertEquals("Militia", rules.term("actor-type", "militia").orElseThrow().getLabel());
        assertEquals(actorTypes + 1, base.getTaxonomies().stream().filter(t -> t.getName().equals("actor-type")).findFirst().orElseThrow().getTerms().size());
        assertEquals("extreme", rules.risk("rare", "severe").orElseThrow());
        assertEquals("high", rules.risk("rare", "major").orElseThrow(), "other cells unchanged");
        assertEquals(25, base.getRiskMatrix().getCells().size());
    }

    @Test
    void withoutContributionsANewWorkspaceGetsTheDefault() {
        List<String> warnings = new ArrayList<>();
        MissionConfiguration configuration = MissionConfigurations.forNewWorkspace(warnings);
        assertEquals(List.of(), warnings);
        assertEquals(25, configuration.getRiskMatrix().getCells().size());
        assertEquals(List.of("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), new MissionRules(configuration).classificationCodes());
    }
}
