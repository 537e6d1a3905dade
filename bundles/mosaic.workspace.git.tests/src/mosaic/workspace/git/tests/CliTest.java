package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.workspace.git.internal.cli.CloneCommand;
import mosaic.workspace.git.internal.cli.CommitCommand;
import mosaic.workspace.git.internal.cli.CreateCompartmentCommand;
import mosaic.workspace.git.internal.cli.MountCommand;
import mosaic.workspace.git.internal.cli.ReleaseCommand;
import mosaic.workspace.git.internal.cli.HandoverCommand;
import mosaic.workspace.git.internal.cli.LogCommand;
import mosaic.workspace.git.internal.cli.ResolveCommand;
import mosaic.workspace.git.internal.cli.SetCommand;
import mosaic.workspace.git.internal.cli.ShowCommand;
import mosaic.workspace.git.internal.cli.StatusCommand;
import mosaic.workspace.git.internal.cli.SyncCommand;
import mosaic.workspace.git.internal.cli.TagCommand;

/** The versioning commands as the command line runs them: arguments in, exit status and output out. */
class CliTest {

    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        for (Command command : List.of(new CloneCommand(), new SyncCommand(), new LogCommand(), new TagCommand(), new SetCommand(),
            new ShowCommand(), new ResolveCommand(), new CommitCommand(), new StatusCommand(), new HandoverCommand(), new CreateCompartmentCommand(),
            new MountCommand(), new ReleaseCommand())) {
            COMMANDS.put(command.name(), command);
        }
    }

    @TempDir
    Path tmp;
    Analyst jmac;
    String ws;
    String out;
    String err;

    @BeforeEach
    void setUp() throws Exception {
        jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition", "Anti-Balaka Militia");
        ws = jmac.repo.root().toString();
    }

    @AfterEach
    void tearDown() {
        jmac.close();
    }

    private int run(String name, String... args) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            int status = COMMANDS.get(name).run(new CommandContext(name, List.of(args), o, e, false, COMMANDS));
            out = stdout.toString(StandardCharsets.UTF_8);
            err = stderr.toString(StandardCharsets.UTF_8);
            return status;
        }
    }

    @Test
    void setChangesFieldsAndShowPrintsThem() throws Exception {
        assertEquals(0, run("set", "--workspace", ws, "ex-seleka coalition", "aliases=ExS,Seleka", "strength=1200",
            "marking.classification=CONFIDENTIAL", "kind=community-group"));
        // now CONFIDENTIAL: the lowest reader (the default) finds no such object, a confidential one does
        assertThrows(IllegalArgumentException.class, () -> run("show", "--workspace", ws, "Ex-Seleka Coalition"));
        assertEquals(0, run("show", "--workspace", ws, "Ex-Seleka Coalition", "--json", "--audience", "CONFIDENTIAL"));
        assertTrue(out.contains("\"aliases\": \"ExS, Seleka\""), out);
        assertTrue(out.contains("\"strength\": \"1200\""), out);
        assertTrue(out.contains("\"marking.classification\": \"CONFIDENTIAL\""), out);
        assertTrue(out.contains("\"kind\": \"community-group\""), out);
        String id = jmac.id("Ex-Seleka Coalition");
        assertEquals(0, run("show", "--workspace", ws, id, "--clearance", "CONFIDENTIAL"));
        assertTrue(out.contains("name: Ex-Seleka Coalition\n"), out);
        assertEquals(1, jmac.repo.status().uncommitted(), "set saves but does not commit");
    }

    @Test
    void aListFieldTakesACommaListAndNeverConflicts() throws Exception {
        Path remote = GitServers.bare(tmp.resolve("shared.git"));
        assertEquals(0, run("sync", "--workspace", ws, "--remote", remote.toString()));
        try (Analyst u2 = Analyst.clone(remote.toString(), tmp.resolve("u2"), ConcurrentEditTest.U2)) {
            String theirs = u2.repo.root().toString();
            assertEquals(0, run("set", "--workspace", theirs, "Ex-Seleka Coalition", "aliases=Seleka,FPRC"));
            assertEquals(0, run("sync", "--workspace", theirs));
        }
        assertEquals(0, run("set", "--workspace", ws, "Ex-Seleka Coalition", "aliases=ExS, Seleka"));
        assertEquals(0, run("sync", "--workspace", ws), "both sides changed aliases: merged, no conflict");
        assertEquals(0, run("show", "--workspace", ws, "Ex-Seleka Coalition", "--json"));
        assertTrue(out.contains("\"aliases\": \"ExS, Seleka, FPRC\""), out);
        IllegalArgumentException resolve = assertThrows(IllegalArgumentException.class,
            () -> run("resolve", "--workspace", ws, "Ex-Seleka Coalition", "aliases=ExS,FPRC"));
        assertTrue(resolve.getMessage().contains("aliases is a list") && resolve.getMessage().contains("set aliases=a,b,c"), resolve.getMessage());
        assertEquals(0, run("set", "--workspace", ws, "Ex-Seleka Coalition", "aliases=ExS,FPRC"));
        assertEquals(0, run("show", "--workspace", ws, "Ex-Seleka Coalition", "--json"));
        assertTrue(out.contains("\"aliases\": \"ExS, FPRC\""), out);
    }

    @Test
    void badInputIsAClearError() throws Exception {
        IllegalArgumentException noField = assertThrows(IllegalArgumentException.class,
            () -> run("set", "--workspace", ws, "Ex-Seleka Coalition", "colour=red"));
        assertTrue(noField.getMessage().contains("no field 'colour'"), noField.getMessage());
        IllegalArgumentException noObject = assertThrows(IllegalArgumentException.class,
            () -> run("show", "--workspace", ws, "Nobody"));
        assertTrue(noObject.getMessage().contains("'Nobody'"), noObject.getMessage());
        IllegalArgumentException badNumber = assertThrows(IllegalArgumentException.class,
            () -> run("set", "--workspace", ws, "Ex-Seleka Coalition", "strength=many"));
        assertTrue(badNumber.getMessage().contains("strength") && badNumber.getMessage().contains("many"), badNumber.getMessage());
        assertThrows(UsageException.class, () -> run("set", "--workspace", ws, "Ex-Seleka Coalition", "strength"));
        IllegalArgumentException noRemote = assertThrows(IllegalArgumentException.class, () -> run("sync", "--workspace", ws));
        assertTrue(noRemote.getMessage().contains("--remote"), noRemote.getMessage());
    }

    @Test
    void commitTagLogAndHandover() throws Exception {
        String id = jmac.id("Ex-Seleka Coalition");
        assertEquals(0, run("tag", "--workspace", ws, "Weekly threat assessment 2026-W47"));
        assertTrue(out.contains("Weekly-threat-assessment-2026-W47"), out);
        assertEquals(0, run("set", "--workspace", ws, id, "strength=800"));
        assertEquals(0, run("commit", "--workspace", ws, "-m", "Strength from the JMAC weekly"));
        assertTrue(out.startsWith("committed "), out);
        assertEquals(0, run("commit", "--workspace", ws, "-m", "Again"));
        assertEquals("nothing to commit\n", out);

        assertEquals(0, run("log", "--workspace", ws, "--since", "Weekly threat assessment 2026-W47"));
        assertTrue(out.contains("Strength from the JMAC weekly"), out);
        assertFalse(out.contains("Initial workspace"), "only what came after the tag: " + out);
        mosaic.workspace.git.Identity cli = mosaic.workspace.git.Identity.fromEnvironment(System.getenv());
        String author = cli.name() + (cli.component().isEmpty() ? "" : " (" + cli.component() + ")");
        assertTrue(out.contains(" " + author + " "), out);

        assertEquals(0, run("log", "--workspace", ws, "--object", id));
        assertTrue(out.contains("strength: '' -> '800'"), out);
        assertTrue(out.contains("Initial workspace"), "the object's whole history: " + out);

        assertEquals(0, run("handover", "--workspace", ws, "--since", "Weekly threat assessment 2026-W47"));
        assertTrue(out.contains("actor: 1 object(s)") && out.contains(author + ": 1") && out.contains(id), out);
        assertEquals(0, run("handover", "--workspace", ws, "--since", "2000-01-01"));
        assertTrue(out.contains("actor: 2 object(s)"), out);
        IllegalArgumentException noTag = assertThrows(IllegalArgumentException.class,
            () -> run("log", "--workspace", ws, "--since", "last week"));
        assertTrue(noTag.getMessage().contains("'last week'"), noTag.getMessage());
    }

    @Test
    void compartmentCreatedPushedMountedAndReleasedInto() throws Exception {
        Path remote = GitServers.bare(tmp.resolve("shared-jmac-u2.git"));
        assertEquals(0, run("compartment create", "--workspace", ws, "shared-jmac-u2", "--ceiling", "CONFIDENTIAL", "--remote", remote.toString()));
        assertTrue(out.contains("pushed to " + remote), out);
        assertEquals(0, run("release", "--workspace", ws, "Ex-Seleka Coalition", "--to", "shared-jmac-u2"));
        assertEquals(0, run("sync", "--workspace", ws, "--remote", GitServers.bare(tmp.resolve("jmac.git")).toString()));
        assertTrue(out.contains("compartment shared-jmac-u2: "), out);
        try (Analyst other = Analyst.create(tmp.resolve("other"), ConcurrentEditTest.U2, "Someone Else")) {
            assertEquals(0, run("mount", "--workspace", other.repo.root().toString(), "shared-jmac-u2", remote.toString()));
            assertTrue(out.contains("ceiling CONFIDENTIAL"), out);
            assertEquals("Ex-Seleka Coalition", other.find("Ex-Seleka Coalition").eGet(other.find("Ex-Seleka Coalition").eClass().getEStructuralFeature("name")));
        }
    }

    @Test
    void syncWithConflictsExitsThreeAndResolveSettlesThem() throws Exception {
        Path remote = GitServers.bare(tmp.resolve("shared.git"));
        assertEquals(0, run("sync", "--workspace", ws, "--remote", remote.toString()));
        String u2 = tmp.resolve("u2").toString();
        assertEquals(0, run("clone", remote.toString(), "--workspace", u2));
        String id = jmac.id("Anti-Balaka Militia");
        assertEquals(0, run("set", "--workspace", u2, id, "strength=300"));
        assertEquals(0, run("sync", "--workspace", u2));
        assertEquals(0, run("set", "--workspace", ws, id, "strength=450"));
        assertEquals(3, run("sync", "--workspace", ws));
        assertTrue(out.contains("conflict " + id + " strength: base '', mine '450', theirs '300'"), out);
        assertEquals(0, run("status", "--workspace", ws, "--json"));
        assertTrue(out.contains("\"conflicts\": 1"), out);
        assertEquals(0, run("resolve", "--workspace", ws, "Anti-Balaka Militia", "strength=350"));
        assertTrue(out.contains("0 conflict(s) open"), out);
        assertEquals(0, run("show", "--workspace", ws, id));
        assertTrue(out.contains("strength: 350\n"), out);
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
            () -> run("resolve", "--workspace", ws, id, "strength=mine"));
        assertTrue(again.getMessage().contains("no open conflict"), again.getMessage());
        assertEquals(0, run("sync", "--workspace", ws));
        assertEquals(0, run("sync", "--workspace", u2));
        assertEquals(0, run("show", "--workspace", u2, id));
        assertTrue(out.contains("strength: 350\n"), out);
    }
}
