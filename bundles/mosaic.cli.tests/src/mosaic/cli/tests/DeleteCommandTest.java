package mosaic.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.internal.Cli;
import mosaic.cli.internal.DeleteCommand;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

/** {@code delete}: the workbench's delete operation from the command line. */
class DeleteCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path armedGroup;
    private Path militia;
    private Path alliance;
    private Path loner;

    @BeforeEach
    void setUp() throws Exception {
        Workspace workspace = Workspace.init(tmp, MissionRules.loadDefault());
        Actor a = actor(workspace, "Armed Group North");
        Actor b = actor(workspace, "Village Militia");
        Actor c = actor(workspace, "Lone Gunmen");
        Relation relation = workspace.create(MosaicPackage.Literals.RELATION);
        relation.setFrom(a);
        relation.setTo(b);
        relation.setType("alliance");
        workspace.add(relation);
        workspace.saveAll(new NullProgressMonitor());
        armedGroup = workspace.fileOf(a);
        militia = workspace.fileOf(b);
        alliance = workspace.fileOf(relation);
        loner = workspace.fileOf(c);
    }

    private static Actor actor(Workspace workspace, String name) {
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName(name);
        workspace.add(actor);
        return actor;
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(List.of(args), List.of(new DeleteCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aReferencedActorIsRefusedOnOneLineAndNothingIsDeleted() {
        assertEquals(1, run("delete", "--workspace", tmp.toString(), "Village Militia"));
        String error = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, error.lines().count(), error);
        assertTrue(error.startsWith("mosaic: delete: nothing was deleted: 1 reference") && error.contains("Village Militia")
            && error.contains("referred to by"), error);
        assertTrue(Files.exists(militia) && Files.exists(alliance));
    }

    @Test
    void anUnreferencedActorGoes() {
        assertEquals(0, run("delete", "--workspace", tmp.toString(), "Lone Gunmen"));
        assertFalse(Files.exists(loner));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("deleted Actor 'Lone Gunmen'"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withRelationsTheActorAndItsRelationsGo() throws Exception {
        assertEquals(0, run("delete", "--workspace", tmp.toString(), "Village Militia", "--with-relations"));
        assertFalse(Files.exists(militia));
        assertFalse(Files.exists(alliance));
        assertTrue(Files.exists(armedGroup));
        Workspace reopened = Workspace.open(tmp, new NullProgressMonitor());
        assertEquals(2, reopened.objects(Actor.class).size());
        assertTrue(reopened.loadProblems().isEmpty(), reopened.loadProblems().toString());
    }

    @Test
    void anUnknownObjectIsOneLine() {
        assertEquals(1, run("delete", "--workspace", tmp.toString(), "Nobody"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'Nobody'"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("delete", "--workspace", tmp.toString()));
    }
}
