package mosaic.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.MosaicPackage;

/**
 * Symbolic links in a workspace (a hostile remote's, an archive's): a link in place of an object
 * file or of a kind's folder would load another folder's objects as this workspace's. Loading
 * refuses them, each with a problem line.
 */
class HostileLinksTest {

    @TempDir
    Path tmp;

    @Test
    void linkedObjectFilesAndFoldersAreRefusedOnLoad() throws Exception {
        Workspace other = Workspace.init(tmp.resolve("other"), null);
        Actor actor = other.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Someone Else's Actor");
        actor.setKind(ActorKind.ARMED_GROUP);
        other.add(actor);
        other.saveAll(null);
        Path otherFile = other.fileOf(actor);

        Path victim = tmp.resolve("victim");
        Workspace.init(victim, null).saveAll(null);
        Path actors = victim.resolve(otherFile.getParent().getFileName().toString());
        if (Files.exists(actors)) {
            Files.delete(actors);
        }
        Files.createSymbolicLink(actors, otherFile.getParent());
        Workspace linkedFolder = Workspace.open(victim, null);
        assertEquals(0, linkedFolder.objects(Actor.class).size(), "another folder's objects are not this workspace's");
        String problems = linkedFolder.loadProblems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(problems.contains("is a symbolic link; refused"), problems);

        Files.delete(actors);
        Files.createDirectories(actors);
        Files.createSymbolicLink(actors.resolve(otherFile.getFileName()), otherFile);
        Workspace linkedFile = Workspace.open(victim, null);
        assertEquals(0, linkedFile.objects(Actor.class).size());
        problems = linkedFile.loadProblems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(problems.contains(otherFile.getFileName().toString()) && problems.contains("is a symbolic link; refused"), problems);
    }
}
