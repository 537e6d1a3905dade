package mosaic.graph.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.internal.Cli;
import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;
import mosaic.graph.internal.cli.ImportGraphMlCommand;
import mosaic.model.config.MissionRules;

/**
 * Hostile GraphML files given to {@code import graphml}: what the workspace would then reject
 * (validation, or loading) is refused with the file and its line, and nothing is written.
 */
class HostileImportTest {

    @TempDir
    Path tmp;

    private Path root;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void init() throws Exception {
        root = tmp.resolve("ws");
        Workspace.init(root, MissionRules.loadDefault());
    }

    private static final String HEAD = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="label" attr.type="string"/>
          <key id="d1" for="node" attr.name="notes" attr.type="string"/>
          <graph edgedefault="undirected">
        """;

    private int importGraphMl(Path file) {
        return Cli.run(List.of("import", "graphml", file.toString(), "--workspace", root.toString()), List.of(new ImportGraphMlCommand()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(f -> root.relativize(f).toString())
                .filter(f -> !f.startsWith(".mosaic")).sorted().toList();
        }
    }

    private void assertRefusedUnchanged(Path file, List<String> before, String... expected) throws Exception {
        assertEquals(1, importGraphMl(file), errors());
        String message = errors();
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertTrue(message.length() < 1000, "the line does not repeat the hostile value: " + message.length() + " characters");
        for (String part : expected) {
            assertTrue(message.contains(part), "'" + part + "' in: " + message);
        }
        assertEquals(before, files(), "a refused import changes nothing");
        Workspace after = Workspace.open(root, null);
        assertEquals(0, after.size());
        assertEquals(List.of(), after.validate(null).stream().filter(Problem::isError).toList());
    }

    @Test
    void aSelfLoopIsRefusedWithItsLineNotImportedAndThenFailingValidation() throws Exception {
        Path file = tmp.resolve("loop.graphml");
        Files.writeString(file, HEAD + """
                <node id="a"><data key="d0">FPLT</data></node>
                <node id="b"><data key="d0">Wabe-Kassa</data></node>
                <edge source="a" target="b"/>
                <edge id="loop" source="a" target="a"/>
              </graph>
            </graphml>
            """, StandardCharsets.UTF_8);
        List<String> before = files();
        assertRefusedUnchanged(file, before, file.toString(), "edge 'loop' (line 9)", "itself");
    }

    @Test
    void aFiveMegabyteNodeIdIsRefusedNotWrittenAsAFileTheLoaderRefuses() throws Exception {
        Path file = tmp.resolve("long-id.graphml");
        String id = "x".repeat(5 << 20);
        Files.writeString(file, HEAD + "    <node id=\"ok\"/>\n    <node id=\"" + id + "\"/>\n  </graph>\n</graphml>\n", StandardCharsets.UTF_8);
        List<String> before = files();
        assertRefusedUnchanged(file, before, file.toString(), "(line 7)", "the id is " + (5 << 20) + " characters long");
    }

    @Test
    void anAttributeValueTooLargeForAnObjectFileIsRefused() throws Exception {
        Path file = tmp.resolve("big-value.graphml");
        StringBuilder nodes = new StringBuilder();
        nodes.append("    <node id=\"n1\"><data key=\"d1\">").append("y".repeat(3 << 20)).append("</data></node>\n");
        Files.writeString(file, HEAD + nodes + "  </graph>\n</graphml>\n", StandardCharsets.UTF_8);
        List<String> before = files();
        assertRefusedUnchanged(file, before, "node 'n1' (line 6)", "attribute 'notes'");
    }

    @Test
    void aGoodFileStillImportsAndValidates() throws Exception {
        Path file = tmp.resolve("good.graphml");
        Files.writeString(file, HEAD + """
                <node id="a"><data key="d0">FPLT</data></node>
                <node id="b"><data key="d0">Wabe-Kassa</data></node>
                <edge source="a" target="b"/>
              </graph>
            </graphml>
            """, StandardCharsets.UTF_8);
        assertEquals(0, importGraphMl(file), errors());
        Workspace after = Workspace.open(root, null);
        assertEquals(3, after.size());
        List<Problem> problems = new ArrayList<>(after.validate(null));
        problems.removeIf(p -> !p.isError());
        assertEquals(List.of(), problems);
    }
}
