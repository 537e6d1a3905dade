package mosaic.ops.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import mosaic.model.MosaicObject;
import mosaic.ops.DeleteOperation;

/** One delete for every front-end: refused while referenced, naming the references; undoable. */
class DeleteOperationTest extends WithOpsFixture {

    @Test
    void aReferencedObjectIsRefusedWithItsReferences() {
        DeleteOperation delete = new DeleteOperation(fixture.workspace, List.of(fixture.militia));
        assertFalse(delete.allowed());
        assertEquals(1, delete.blockers().size(), delete.blockers().toString());
        assertTrue(delete.blockers().get(0).contains("Village Militia") && delete.blockers().get(0).contains("referred to by"),
            delete.blockers().get(0));
        assertTrue(delete.refusal().startsWith("Nothing was deleted."), delete.refusal());
        assertFalse(delete.command().canExecute());
        assertTrue(Files.exists(fixture.workspace.fileOf(fixture.militia)));
    }

    @Test
    void withItsRelationsItGoesAndUndoPutsEverythingBack() throws Exception {
        Path actorFile = fixture.workspace.fileOf(fixture.militia);
        Path relationFile = fixture.workspace.fileOf(fixture.alliance);
        DeleteOperation delete = new DeleteOperation(fixture.workspace, List.of(fixture.militia), true, List.of());
        assertEquals(Set.<MosaicObject>of(fixture.militia, fixture.alliance), delete.objects());
        assertTrue(delete.allowed(), delete.blockers().toString());
        domain.getCommandStack().execute(delete.command());
        assertTrue(fixture.workspace.get(fixture.militia.getId()).isEmpty());
        assertTrue(fixture.workspace.get(fixture.alliance.getId()).isEmpty());
        assertFalse(Files.exists(actorFile));
        assertFalse(Files.exists(relationFile));

        domain.getCommandStack().undo();
        assertEquals(fixture.militia, fixture.workspace.get(fixture.militia.getId()).orElseThrow());
        assertEquals(fixture.alliance, fixture.workspace.get(fixture.alliance.getId()).orElseThrow());
        assertEquals(fixture.militia, fixture.alliance.getTo(), "the relation points at the actor again");
        fixture.workspace.saveAll(new NullProgressMonitor());
        assertTrue(Files.exists(actorFile));
        assertTrue(Files.exists(relationFile));
    }

    @Test
    void anUnreferencedObjectGoesAlone() {
        DeleteOperation delete = new DeleteOperation(fixture.workspace, List.of(fixture.threat));
        assertTrue(delete.allowed());
        domain.getCommandStack().execute(delete.command());
        assertTrue(fixture.workspace.get(fixture.threat.getId()).isEmpty());
        assertTrue(domain.getCommandStack().canUndo());
    }
}
