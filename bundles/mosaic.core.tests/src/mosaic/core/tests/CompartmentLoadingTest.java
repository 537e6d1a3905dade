package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;

/** Objects of compartments mounted under compartments/NAME/ load with the workspace and references reach them. */
class CompartmentLoadingTest {

    @TempDir
    Path tmp;

    @Test
    void compartmentObjectsLoadSaveInPlaceAndAreReportedWhenNotMounted() throws Exception {
        Path root = tmp.resolve("ws");
        Workspace workspace = Workspace.init(root, null);
        Actor inRoot = actor(workspace, "In the workspace");
        Actor moved = actor(workspace, "Moves into jmac-only");
        Relation relation = workspace.create(MosaicPackage.Literals.RELATION);
        relation.setType("rivalry");
        relation.setFrom(inRoot);
        relation.setTo(moved);
        workspace.add(relation);
        workspace.saveAll(new NullProgressMonitor());

        // The file moves into a mounted compartment; the relation still names the old path.
        Path compartment = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve("jmac-only");
        Files.createDirectories(compartment.resolve("actor"));
        Path movedFile = compartment.resolve("actor/" + moved.getId() + ".xmi");
        Files.move(root.resolve("actor/" + moved.getId() + ".xmi"), movedFile);

        Workspace reopened = Workspace.open(root, new NullProgressMonitor());
        assertEquals(List.of("jmac-only"), List.copyOf(reopened.mountedCompartments().keySet()));
        Actor loaded = (Actor) reopened.get(moved.getId()).orElseThrow();
        assertEquals(movedFile, reopened.fileOf(loaded));
        assertEquals("jmac-only", reopened.compartmentOf(loaded).orElseThrow());
        assertTrue(reopened.compartmentOf(reopened.get(inRoot.getId()).orElseThrow()).isEmpty());
        Relation loadedRelation = (Relation) reopened.get(relation.getId()).orElseThrow();
        assertFalse(loadedRelation.getTo().eIsProxy(), "found by id after the move");
        assertTrue(reopened.loadProblems().isEmpty(), reopened.loadProblems().toString());

        // Saving writes back into the compartment, and the reference now names the new place.
        loaded.setDescription("changed");
        loadedRelation.setWeight(2.0);
        reopened.saveAll(new NullProgressMonitor());
        assertTrue(Files.readString(movedFile).contains("changed"));
        assertFalse(Files.exists(root.resolve("actor/" + moved.getId() + ".xmi")));
        assertTrue(Files.readString(root.resolve("relation/" + relation.getId() + ".xmi")).contains("compartments/jmac-only/actor/" + moved.getId()));

        // Without the compartment: not available to you.
        Files.move(compartment, tmp.resolve("elsewhere"));
        Workspace without = Workspace.open(root, new NullProgressMonitor());
        assertTrue(without.get(moved.getId()).isEmpty());
        assertTrue(without.loadProblems().stream().anyMatch(p -> p.toString().contains("not available to you (compartment jmac-only is not mounted)")),
            without.loadProblems().toString());
    }

    private static Actor actor(Workspace workspace, String name) {
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName(name);
        actor.setKind(ActorKind.ARMED_GROUP);
        workspace.add(actor);
        return actor;
    }
}
