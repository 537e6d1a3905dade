package mosaic.ops.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

import mosaic.model.MosaicPackage;
import mosaic.ops.SetFieldsOperation;

/** A threat's risk follows the mission's matrix whichever way its likelihood or impacts change, in one undoable command. */
class RiskRuleTest extends WithOpsFixture {

    @Test
    void aSetCommandOnLikelihoodAlsoSetsTheRiskAndUndoTakesBothBack() {
        Command command = SetCommand.create(domain, fixture.threat, MosaicPackage.Literals.THREAT__LIKELIHOOD, "rare");
        domain.getCommandStack().execute(command);
        assertEquals("rare", fixture.threat.getLikelihood());
        // rare x major is 'high' in the Handbook's table
        assertEquals("high", fixture.threat.getRisk());
        domain.getCommandStack().undo();
        assertEquals("almost-certain", fixture.threat.getLikelihood());
        assertEquals("extreme", fixture.threat.getRisk());
        assertTrue(!domain.getCommandStack().canUndo(), "one command on the stack");
        domain.getCommandStack().redo();
        assertEquals("rare", fixture.threat.getLikelihood());
        assertEquals("high", fixture.threat.getRisk());
    }

    @Test
    void theMostSevereOfTheThreeImpactsCounts() {
        SetFieldsOperation set = new SetFieldsOperation(domain);
        set.set(fixture.threat, "likelihood", "rare");
        set.set(fixture.threat, "impact", "minor");
        set.set(fixture.threat, "impactChildren", "minor");
        assertEquals("low", fixture.threat.getRisk());
        set.set(fixture.threat, "impactWomenAndGirls", "severe");
        assertEquals("high", fixture.threat.getRisk());
        set.set(fixture.threat, "impactWomenAndGirls", "minor");
        assertEquals("low", fixture.threat.getRisk());
        assertTrue(fixture.workspace.validate(null).stream().noneMatch(p -> p.message().contains("risk")),
            fixture.workspace.validate(null).toString());
    }

    @Test
    void aRiskSetByHandIsKeptUntilAnInputChanges() {
        SetFieldsOperation set = new SetFieldsOperation(domain);
        set.set(fixture.threat, "risk", "low");
        assertEquals("low", fixture.threat.getRisk());
        set.set(fixture.threat, "title", "Raids on the northern villages and roads");
        assertEquals("low", fixture.threat.getRisk(), "only likelihood and impacts move the risk");
        set.set(fixture.threat, "impact", "severe");
        assertEquals("extreme", fixture.threat.getRisk());
    }

    @Test
    void noPlainSetCommandLowersAClassification() {
        var marking = fixture.threat.getMarking();
        var feature = MosaicPackage.Literals.MARKING__CLASSIFICATION;
        domain.getCommandStack().execute(SetCommand.create(domain, marking, feature, "STRICTLY_CONFIDENTIAL"));
        assertEquals("STRICTLY_CONFIDENTIAL", marking.getClassification(), "raising is an ordinary change");
        Command lower = SetCommand.create(domain, marking, feature, "CONFIDENTIAL");
        assertTrue(!lower.canExecute(), "a property sheet or an importer cannot lower a marking");
        assertTrue(!SetCommand.create(domain, marking, feature, SetCommand.UNSET_VALUE).canExecute(), "nor unset it");
        domain.getCommandStack().execute(lower);
        assertEquals("STRICTLY_CONFIDENTIAL", marking.getClassification());
        domain.getCommandStack().execute(domain.lowerClassification(marking, "CONFIDENTIAL"));
        assertEquals("CONFIDENTIAL", marking.getClassification(), "the explicit command does");
        domain.getCommandStack().undo();
        assertEquals("STRICTLY_CONFIDENTIAL", marking.getClassification());
    }

    @Test
    void loweringAClassificationIsRefusedUnlessAllowed() {
        SetFieldsOperation set = new SetFieldsOperation(domain);
        set.set(fixture.threat, "marking.classification", "STRICTLY_CONFIDENTIAL");
        IllegalArgumentException refused = assertThrows(SetFieldsOperation.LoweringRefusedException.class,
            () -> set.set(fixture.threat, "marking.classification", "UNCLASSIFIED"));
        assertTrue(refused.getMessage().contains("STRICTLY_CONFIDENTIAL") && refused.getMessage().contains("UNCLASSIFIED"), refused.getMessage());
        assertEquals("STRICTLY_CONFIDENTIAL", fixture.threat.getMarking().getClassification());
        assertThrows(SetFieldsOperation.LoweringRefusedException.class, () -> set.set(fixture.threat, "marking.classification", ""));
        set.allowLowering(true).set(fixture.threat, "marking.classification", "UNCLASSIFIED");
        assertEquals("UNCLASSIFIED", fixture.threat.getMarking().getClassification());
    }
}
