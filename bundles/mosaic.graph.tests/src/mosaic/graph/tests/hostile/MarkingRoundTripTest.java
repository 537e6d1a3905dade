package mosaic.graph.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.graph.internal.cli.ExportCommand;
import mosaic.graph.internal.cli.ImportGraphMlCommand;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Attribute;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;

/**
 * Issue 23, items 8-10, as the attack was made: Mosaic's own export imported again came back all
 * UNCLASSIFIED, and an export without options held everything STRICTLY CONFIDENTIAL.
 */
class MarkingRoundTripTest {

    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        for (Command c : List.of(new ExportCommand.GraphMlExport(), new ImportGraphMlCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    @TempDir
    Path tmp;
    String err;

    private int run(String name, String... args) throws Exception {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            int status = COMMANDS.get(name).run(new CommandContext(name, List.of(args), o, e, false, COMMANDS));
            err = stderr.toString(StandardCharsets.UTF_8);
            return status;
        }
    }

    private Workspace source() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("source"), null);
        Actor a = actor(ws, "Alpha", "STRICTLY_CONFIDENTIAL", "jmac-only", List.of("JMAC"));
        Actor b = actor(ws, "Bravo", "CONFIDENTIAL", null, List.of("JMAC", "U2"));
        Actor c = actor(ws, "Charlie", "UNCLASSIFIED", null, List.of());
        relation(ws, a, b, "STRICTLY_CONFIDENTIAL", "jmac-only", List.of("JMAC"));
        relation(ws, b, c, "CONFIDENTIAL", null, List.of("U2"));
        // (a relation is marked at least as its ends: the import validates what it writes)
        Actor d = actor(ws, "Delta", "UNCLASSIFIED", null, List.of());
        relation(ws, c, d, "UNCLASSIFIED", null, List.of());
        ws.saveAll(new NullProgressMonitor());
        return ws;
    }

    private static Actor actor(Workspace ws, String name, String level, String compartment, List<String> rel) {
        Actor a = ws.create(MosaicPackage.Literals.ACTOR);
        a.setName(name);
        a.setKind(ActorKind.ARMED_GROUP);
        mark(a.getMarking(), level, compartment, rel);
        ws.add(a);
        return a;
    }

    private static void relation(Workspace ws, Actor from, Actor to, String level, String compartment, List<String> rel) {
        Relation r = ws.create(MosaicPackage.Literals.RELATION);
        r.setFrom(from);
        r.setTo(to);
        r.setType("affiliation");
        mark(r.getMarking(), level, compartment, rel);
        ws.add(r);
    }

    private static void mark(Marking m, String level, String compartment, List<String> rel) {
        m.setClassification(level);
        m.setCompartment(compartment);
        m.getReleasableTo().addAll(rel);
    }

    private static String marking(MosaicObject o) {
        Marking m = o.getMarking();
        return m.getClassification() + "|" + m.getCompartment() + "|" + m.getReleasableTo();
    }

    /** Export with the full audience, import into a fresh workspace: every object's marking as it was. */
    @Test
    void anExportImportedAgainHasExactlyTheMarkingsItHad() throws Exception {
        Workspace source = source();
        Path file = tmp.resolve("all.graphml");
        assertEquals(Command.OK, run("export graphml", "--workspace", source.root().toString(), "--out", file.toString(), "--kinds", "actor",
            "--audience", "STRICTLY_CONFIDENTIAL", "--compartments", "jmac-only"));
        Workspace fresh = Workspace.init(tmp.resolve("fresh"), null);
        fresh.saveAll(new NullProgressMonitor());
        assertEquals(Command.OK, run("import graphml", file.toString(), "--workspace", fresh.root().toString()));
        fresh = Workspace.open(fresh.root(), new NullProgressMonitor());
        Map<String, String> before = new TreeMap<>();
        for (MosaicObject o : source.all()) {
            before.put(o.getId(), marking(o));
        }
        Map<String, String> after = new TreeMap<>();
        for (MosaicObject o : fresh.all()) {
            for (Attribute a : o.getAttributes()) {
                if (a.getKey().equals("graphml.id")) {
                    after.put(a.getValue(), marking(o));
                }
            }
        }
        assertEquals(before, after);
    }

    /** Without options, the export holds only what the lowest audience may see. */
    @Test
    void anExportWithoutOptionsHoldsOnlyTheLowestLevel() throws Exception {
        Workspace source = source();
        Path file = tmp.resolve("low.graphml");
        assertEquals(Command.OK, run("export graphml", "--workspace", source.root().toString(), "--out", file.toString()));
        String text = Files.readString(file);
        assertTrue(!text.contains("Alpha") && !text.contains("Bravo") && text.contains("Charlie"), text);
        assertTrue(!text.contains("CONFIDENTIAL"), text);
    }

    /** A file that marks its nodes STRICTLY CONFIDENTIAL is not lowered by --classification without --lower-marking. */
    @Test
    void loweringAFilesMarkingNeedsLowerMarkingAndIsSaid() throws Exception {
        Path file = tmp.resolve("hostile.graphml");
        Files.writeString(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="c" for="node" attr.name="classification" attr.type="string"/>
              <graph id="G" edgedefault="undirected">
                <node id="n1"><data key="c">STRICTLY_CONFIDENTIAL</data></node>
                <node id="n2"/>
              </graph>
            </graphml>
            """);
        Workspace fresh = Workspace.init(tmp.resolve("fresh"), null);
        fresh.saveAll(new NullProgressMonitor());
        IOException refused = assertThrows(IOException.class,
            () -> run("import graphml", file.toString(), "--workspace", fresh.root().toString(), "--classification", "UNCLASSIFIED"));
        assertTrue(refused.getMessage().contains("node n1 is marked STRICTLY_CONFIDENTIAL") && refused.getMessage().contains("--lower-marking"),
            refused.getMessage());
        assertEquals(0, Workspace.open(fresh.root(), new NullProgressMonitor()).size());

        assertEquals(Command.OK, run("import graphml", file.toString(), "--workspace", fresh.root().toString()));
        Workspace kept = Workspace.open(fresh.root(), new NullProgressMonitor());
        assertEquals(1, kept.all().stream().filter(o -> "STRICTLY_CONFIDENTIAL".equals(o.getMarking().getClassification())).count());

        Workspace other = Workspace.init(tmp.resolve("other"), null);
        other.saveAll(new NullProgressMonitor());
        assertEquals(Command.OK, run("import graphml", file.toString(), "--workspace", other.root().toString(), "--classification", "UNCLASSIFIED",
            "--lower-marking"));
        assertTrue(err.contains("hostile.graphml") && err.contains("marking lowered to UNCLASSIFIED") && err.contains("STRICTLY_CONFIDENTIAL"), err);
    }
}
