package mosaic.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import mosaic.cli.internal.CreateCommand;
import mosaic.cli.internal.HelpCommand;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;

/** {@code create}: the workbench's New Object from the command line. */
class CreateCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String armedGroupId;

    @BeforeEach
    void setUp() throws Exception {
        Workspace workspace = Workspace.init(tmp, MissionRules.loadDefault());
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Armed Group North");
        workspace.add(actor);
        workspace.saveAll(new NullProgressMonitor());
        armedGroupId = actor.getId();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(List.of(args), List.of(new CreateCommand(), new HelpCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheNewIdAndSavesTheObject() throws Exception {
        assertEquals(0, run("create", "--workspace", tmp.toString(), "actor", "name=Kamako Front", "aliases=KF,Kamako", "strength=450"), err());
        String id = out().strip();
        assertTrue(id.matches("[0-9a-f-]{36}"), out());
        Actor actor = (Actor) Workspace.open(tmp, null).get(id).orElseThrow();
        assertEquals("Kamako Front", actor.getName());
        assertEquals(List.of("KF", "Kamako"), actor.getAliases());
        assertEquals(450, actor.getStrength());
        assertEquals("UNCLASSIFIED", actor.getMarking().getClassification(), "the mission's lowest");
        assertTrue(Files.isRegularFile(tmp.resolve("actor").resolve(id + ".xmi")));
    }

    @Test
    void jsonIsTheNewObjectAsShowGivesIt() throws Exception {
        assertEquals(0, run("create", "--workspace", tmp.toString(), "threat", "title=Raids", "likelihood=rare", "impact=minor",
            "marking.classification=CONFIDENTIAL", "--json"), err());
        String json = out().strip();
        assertTrue(json.startsWith("{\"kind\": \"threat\", \"id\": \""), json);
        assertTrue(json.contains("\"marking.classification\": \"CONFIDENTIAL\""), json);
        Threat threat = Workspace.open(tmp, null).objects(Threat.class).get(0);
        assertEquals(MissionRules.defaults().expectedRisk(threat).orElseThrow(), threat.getRisk(), "the risk follows the matrix");
        assertTrue(json.contains("\"risk\": \"" + threat.getRisk() + "\""), json);
    }

    @Test
    void referencesByNameOrId() throws Exception {
        assertEquals(0, run("create", "--workspace", tmp.toString(), "actor", "name=Village Militia"), err());
        String militia = out().strip();
        assertEquals(0, run("create", "--workspace", tmp.toString(), "relation", "type=alliance", "from=Armed Group North", "to=" + militia), err());
        Relation relation = (Relation) Workspace.open(tmp, null).get(out().strip()).orElseThrow();
        assertEquals(armedGroupId, relation.getFrom().getId());
        assertEquals(militia, relation.getTo().getId());
    }

    @Test
    void mistakesAreOneLineAndCreateNothing() throws Exception {
        assertEquals(2, run("create", "--workspace", tmp.toString(), "warlord", "name=X"));
        assertTrue(err().startsWith("mosaic: create: unknown kind 'warlord'; kinds: actor") && err().lines().count() == 1, err());
        assertEquals(2, run("create", "--workspace", tmp.toString(), "actor", "name"));
        assertEquals(2, run("create", "--workspace", tmp.toString()));
        assertEquals(1, run("create", "--workspace", tmp.toString(), "actor", "name=X", "marking.classification=SECRET"));
        assertTrue(err().contains("unknown classification 'SECRET'; valid: UNCLASSIFIED, CONFIDENTIAL"), err());
        assertEquals(1, run("create", "--workspace", tmp.toString(), "actor", "name=X", "strength=many"));
        assertEquals(1, err().lines().count(), err());
        assertEquals(1, run("create", "--workspace", tmp.toString(), "relation", "type=alliance", "from=Nobody"));
        assertEquals(1, Workspace.open(tmp, null).size(), "nothing was created");
        assertEquals(0, run("help", "create"));
        assertTrue(out().startsWith("usage: mosaic create --workspace DIR KIND FIELD=VALUE... [--json]"), out());
    }
}
