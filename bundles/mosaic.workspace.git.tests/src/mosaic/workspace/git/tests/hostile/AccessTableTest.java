package mosaic.workspace.git.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.internal.StatsCommand;
import mosaic.core.workspace.Workspace;
import mosaic.graph.internal.cli.ExportCommand;
import mosaic.graph.internal.cli.MetricsCommand;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.MosaicPackage;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.internal.cli.HandoverCommand;
import mosaic.workspace.git.internal.cli.LogCommand;
import mosaic.workspace.git.internal.cli.ShowCommand;

/**
 * The access table of issue 23 (items 8 and 9), in the manner of a security test suite: readers of
 * each level and compartment set × every command that outputs workspace content × objects of each
 * marking → visible or not. The expectations are written out, not computed from
 * {@code Audience}: a change to the rule shows up here as a changed table.
 */
class AccessTableTest {

    /** The objects, one per marking: name → {classification, compartment, releasable to}. */
    private static final Map<String, String[]> OBJECTS = new LinkedHashMap<>();

    static {
        OBJECTS.put("Actor U", new String[] { "UNCLASSIFIED", null, null });
        OBJECTS.put("Actor C", new String[] { "CONFIDENTIAL", null, null });
        OBJECTS.put("Actor C rel JMAC", new String[] { "CONFIDENTIAL", null, "JMAC" });
        OBJECTS.put("Actor SC", new String[] { "STRICTLY_CONFIDENTIAL", null, null });
        OBJECTS.put("Actor SC jmac-only", new String[] { "STRICTLY_CONFIDENTIAL", "jmac-only", null });
    }

    /** Reader (its options) → the objects it may see. */
    private static final Map<List<String>, Set<String>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(List.of(), Set.of("Actor U"));
        TABLE.put(List.of("--audience", "UNCLASSIFIED"), Set.of("Actor U"));
        TABLE.put(List.of("--audience", "CONFIDENTIAL"), Set.of("Actor U", "Actor C", "Actor C rel JMAC"));
        TABLE.put(List.of("--ceiling", "CONFIDENTIAL", "--releasable-to", "U2"), Set.of("Actor U", "Actor C"));
        TABLE.put(List.of("--clearance", "CONFIDENTIAL", "--releasable-to", "JMAC"), Set.of("Actor U", "Actor C", "Actor C rel JMAC"));
        TABLE.put(List.of("--audience", "STRICTLY_CONFIDENTIAL"), Set.of("Actor U", "Actor C", "Actor C rel JMAC", "Actor SC"));
        TABLE.put(List.of("--audience", "STRICTLY_CONFIDENTIAL", "--compartments", "jmac-only"), OBJECTS.keySet());
        TABLE.put(List.of("--audience", "STRICTLY_CONFIDENTIAL", "--compartments", "crsv-restricted"),
            Set.of("Actor U", "Actor C", "Actor C rel JMAC", "Actor SC"));
        TABLE.put(List.of("--audience", "CONFIDENTIAL", "--compartments", "jmac-only"), Set.of("Actor U", "Actor C", "Actor C rel JMAC"));
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        for (Command c : List.of(new ExportCommand.GraphMlExport(), new ExportCommand.GexfExport(), new MetricsCommand(), new ShowCommand(),
            new StatsCommand(), new LogCommand(), new HandoverCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    @TempDir
    static Path tmp;
    static Path ws;
    static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void workspace() throws Exception {
        ws = tmp.resolve("ws");
        Workspace workspace = Workspace.init(ws, null);
        workspace.setUser("akore", "JMAC");
        for (Map.Entry<String, String[]> o : OBJECTS.entrySet()) {
            Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
            actor.setName(o.getKey());
            actor.setKind(ActorKind.ARMED_GROUP);
            actor.getMarking().setClassification(o.getValue()[0]);
            actor.getMarking().setCompartment(o.getValue()[1]);
            if (o.getValue()[2] != null) {
                actor.getMarking().getReleasableTo().add(o.getValue()[2]);
            }
            workspace.add(actor);
            IDS.put(o.getKey(), actor.getId());
        }
        workspace.saveAll(new NullProgressMonitor());
        try (VersionedWorkspace repo = VersionedWorkspace.open(ws)) {
            repo.commit("Initial workspace", new Identity("akore", "akore@example.org", "JMAC"));
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String name, List<String> args) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            int status;
            try {
                status = COMMANDS.get(name).run(new CommandContext(name, args, o, e, false, COMMANDS));
            } catch (IllegalArgumentException refused) {
                e.println(refused.getMessage());
                status = Command.FAILURE;
            }
            return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<String> args(List<String> reader, String... more) {
        List<String> args = new ArrayList<>(List.of("--workspace", ws.toString()));
        args.addAll(List.of(more));
        args.addAll(reader);
        return args;
    }

    /** What each command shows each reader, compared with the table, cell by cell. */
    @Test
    void everyReaderSeesExactlyItsRowInEveryCommand() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<List<String>, Set<String>> row : TABLE.entrySet()) {
            List<String> reader = row.getKey();
            Set<String> expected = new TreeSet<>(row.getValue());
            Map<String, String> outputs = new LinkedHashMap<>();
            for (String format : List.of("graphml", "gexf")) {
                Path file = tmp.resolve("out-" + format + "-" + Math.abs(reader.hashCode()) + "." + format);
                Run r = run("export " + format, args(reader, "--out", file.toString()));
                assertEquals(Command.OK, r.status(), r.err());
                outputs.put("export " + format, Files.readString(file));
            }
            outputs.put("metrics", run("metrics", args(reader, "--json")).out());
            outputs.put("log", run("log", args(reader)).out());
            outputs.put("handover", run("handover", args(reader, "--since", "2000-01-01")).out());
            for (Map.Entry<String, String> output : outputs.entrySet()) {
                Set<String> seen = new TreeSet<>();
                for (String object : OBJECTS.keySet()) {
                    if (output.getValue().contains(IDS.get(object))) {
                        seen.add(object);
                    }
                }
                if (!seen.equals(expected)) {
                    wrong.add(output.getKey() + " " + reader + ": sees " + seen + ", should see " + expected);
                }
            }
            Set<String> shown = new TreeSet<>();
            for (String object : OBJECTS.keySet()) {
                Run byName = run("show", args(reader, object));
                Run byId = run("show", args(reader, IDS.get(object)));
                if (byName.status() == Command.OK && byName.out().contains(IDS.get(object))) {
                    shown.add(object);
                    assertEquals(Command.OK, byId.status(), "show by id, " + object + " " + reader);
                } else {
                    // A hidden object and an unknown one give the same answer.
                    Run unknown = run("show", args(reader, "No Such Actor"));
                    assertEquals(unknown.err().replace("No Such Actor", "X"), byName.err().replace(object, "X"), reader + " " + object);
                    assertEquals(Command.FAILURE, byId.status(), "show by id, " + object + " " + reader);
                }
            }
            if (!shown.equals(expected)) {
                wrong.add("show " + reader + ": sees " + shown + ", should see " + expected);
            }
            Run stats = run("stats", args(reader, "--json"));
            assertTrue(stats.out().contains("\"actor\": " + expected.size()), "stats " + reader + ": " + stats.out());
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /** Each export carries every object's full marking and the file's, the highest of what it holds. */
    @Test
    void exportsCarryFullMarkingsAndTheFileMarking() throws Exception {
        Path graphml = tmp.resolve("all.graphml");
        Path gexf = tmp.resolve("all.gexf");
        List<String> all = List.of("--audience", "STRICTLY_CONFIDENTIAL", "--compartments", "jmac-only");
        assertEquals(Command.OK, run("export graphml", args(all, "--out", graphml.toString())).status());
        assertEquals(Command.OK, run("export gexf", args(all, "--out", gexf.toString())).status());
        String g = Files.readString(graphml);
        assertTrue(g.contains("attr.name=\"compartment\"") && g.contains(">jmac-only<"), g);
        assertTrue(g.contains("attr.name=\"releasableTo\"") && g.contains(">JMAC<"), g);
        assertTrue(g.contains("for=\"graph\" attr.name=\"classification\""), g);
        assertTrue(g.contains(">STRICTLY CONFIDENTIAL // JMAC-ONLY // REL JMAC<"), g);
        String x = Files.readString(gexf);
        assertTrue(x.contains("title=\"compartment\"") && x.contains("value=\"jmac-only\""), x);
        assertTrue(x.contains("title=\"releasableTo\"") && x.contains("value=\"JMAC\""), x);
        assertTrue(x.contains("<keywords>STRICTLY CONFIDENTIAL // JMAC-ONLY // REL JMAC</keywords>"), x);
        Path low = tmp.resolve("low.graphml");
        assertEquals(Command.OK, run("export graphml", args(List.of(), "--out", low.toString())).status());
        assertTrue(Files.readString(low).contains(">UNCLASSIFIED<"), Files.readString(low));
    }

    @Test
    void synonymsThatDisagreeAreRefused() throws Exception {
        Path out = tmp.resolve("x.graphml");
        assertThrowsUsage(() -> run("export graphml", args(List.of("--audience", "CONFIDENTIAL", "--ceiling", "UNCLASSIFIED"), "--out",
            out.toString())));
        assertThrowsUsage(() -> run("metrics", args(List.of("--audience", "TOP_SECRET_ULTRA"))));
    }

    private interface Call {
        Run call() throws Exception;
    }

    private static void assertThrowsUsage(Call call) throws Exception {
        try {
            Run r = call.call();
            assertTrue(r.status() != Command.OK, "accepted: " + r.out());
        } catch (mosaic.cli.UsageException expected) {
            // refused as a usage error
        }
    }
}
