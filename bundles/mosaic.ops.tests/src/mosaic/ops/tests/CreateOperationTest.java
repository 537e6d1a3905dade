package mosaic.ops.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.Threat;
import mosaic.ops.CreateOperation;
import mosaic.ops.WorkspaceRule;

/** One create for every front-end: id, provenance, the mission's classification, fields with the domain rules, one undoable command. */
class CreateOperationTest extends WithOpsFixture {

    @Test
    void anActorGetsAnIdProvenanceAndTheMissionsLowestClassification() throws Exception {
        fixture.workspace.setUser("a.analyst", "JMAC");
        Actor actor = (Actor) new CreateOperation(domain, CreateOperation.kind("actor")).title(" Kamako Front ").set("aliases", "KF, Kamako")
            .run(new NullProgressMonitor());
        assertEquals("Kamako Front", actor.getName());
        assertEquals(java.util.List.of("KF", "Kamako"), actor.getAliases());
        assertEquals(fixture.workspace.rules().classificationCodes().get(0), actor.getMarking().getClassification());
        assertEquals("a.analyst", actor.getProvenance().getCreatedBy());
        assertEquals("JMAC", actor.getProvenance().getComponent());
        assertNotEquals(null, actor.getProvenance().getCreatedAt());
        assertEquals(actor, fixture.workspace.get(actor.getId()).orElseThrow());
        assertTrue(fixture.workspace.isDirty(actor), "not saved unless asked");
    }

    @Test
    void oneUndoTakesTheWholeCreationBack() throws Exception {
        Threat threat = (Threat) new CreateOperation(domain, MosaicPackage.Literals.THREAT).set("title", "Raids on the market")
            .set("likelihood", "rare").set("impact", "minor").set(CreateOperation.CLASSIFICATION, "CONFIDENTIAL").run(null);
        assertEquals(fixture.workspace.rules().expectedRisk(threat).orElseThrow(), threat.getRisk(), "the risk follows the matrix");
        assertEquals("CONFIDENTIAL", threat.getMarking().getClassification());
        domain.getCommandStack().undo();
        assertTrue(fixture.workspace.get(threat.getId()).isEmpty(), "one undo removes it");
        domain.getCommandStack().redo();
        assertEquals(threat, fixture.workspace.get(threat.getId()).orElseThrow());
        assertEquals("rare", threat.getLikelihood());
    }

    @Test
    void savedWhenAskedWithReferencesAndRequiredDates() throws Exception {
        Instant noon = Instant.parse("2026-03-01T12:00:30Z");
        Relation relation = (Relation) new CreateOperation(domain, CreateOperation.kind("Relation")).set("type", "rivalry")
            .set("from", "Armed Group North").set("to", fixture.militia.getId()).save(true).run(null);
        assertEquals(fixture.armedGroup, relation.getFrom());
        assertEquals(fixture.militia, relation.getTo());
        Event event = (Event) new CreateOperation(domain, MosaicPackage.Literals.EVENT).title("Ambush").now(noon).save(true).run(null);
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"), event.getOccurredAt(), "a required date starts now, to the minute");
        assertTrue(Files.isRegularFile(fixture.workspace.fileOf(event)));
        Workspace reopened = Workspace.open(fixture.workspace.root(), null);
        assertEquals("rivalry", ((Relation) reopened.get(relation.getId()).orElseThrow()).getType());
        assertEquals("Ambush", ((Event) reopened.get(event.getId()).orElseThrow()).getTitle());
    }

    @Test
    void badInputCreatesNothingAndSaysWhatIsValid() {
        int before = fixture.workspace.size();
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> CreateOperation.kind("warlord"));
        assertTrue(kind.getMessage().contains("unknown kind 'warlord'") && kind.getMessage().contains("actor"), kind.getMessage());
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
            () -> new CreateOperation(domain, MosaicPackage.Literals.ACTOR).classification("SECRET"));
        assertTrue(level.getMessage().contains("unknown classification 'SECRET'; valid: UNCLASSIFIED"), level.getMessage());
        CreateOperation badField = new CreateOperation(domain, MosaicPackage.Literals.ACTOR).title("X").set("strength", "many");
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class, () -> badField.run(null));
        assertTrue(field.getMessage().startsWith("strength:"), field.getMessage());
        CreateOperation noSuchField = new CreateOperation(domain, MosaicPackage.Literals.ACTOR).title("X").set("colour", "red");
        assertThrows(IllegalArgumentException.class, () -> noSuchField.run(null));
        assertEquals(before, fixture.workspace.size(), "nothing was added");
        assertNull(domain.getCommandStack().getUndoCommand(), "and nothing is on the stack");
    }

    @Test
    void itsRuleIsTheWorkspaces() {
        assertEquals(WorkspaceRule.of(fixture.workspace), new CreateOperation(domain, MosaicPackage.Literals.ACTOR).getSchedulingRule());
    }
}
