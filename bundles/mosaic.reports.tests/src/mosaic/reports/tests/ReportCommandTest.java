package mosaic.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.reports.ReportException;
import mosaic.reports.internal.cli.ReportCommand;

/** {@code mosaic report}: the list, a render to a file, and one-line errors for what the user got wrong. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        CommandContext context = new CommandContext("report", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of());
        return new ReportCommand().run(context);
    }

    private String workspace() throws Exception {
        return CaranaWorkspace.get().root().toString();
    }

    @Test
    void listNamesEveryDesignAndItsParameters() throws Exception {
        assertEquals(Command.OK, run("--list"));
        String list = out.toString(StandardCharsets.UTF_8);
        for (String design : RenderEveryDesignTest.DESIGNS) {
            assertTrue(list.contains(design + "  "), design + " missing from\n" + list);
        }
        assertTrue(list.contains("--param actor=... (required)"), list);
        assertTrue(list.contains("--param audience=..."), list);
    }

    @Test
    void rendersToTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = tmp.resolve("matrix.pdf");
        assertEquals(Command.OK, run("--workspace", workspace(), "--design", "threat-matrix", "--format", "pdf", "--out", file.toString(),
            "--param", "audience=CONFIDENTIAL", "--param", "area=Sector North"));
        assertTrue(Pdfs.text(file).contains("POC Threat Matrix"));
        List<Path> left = new ArrayList<>();
        try (var files = Files.list(tmp)) {
            files.forEach(left::add);
        }
        assertEquals(List.of(file), left);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("marked CONFIDENTIAL"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aConfidentialAudienceDoesNotSeeTheStrictlyConfidentialCaranaThreat() throws Exception {
        Path file = tmp.resolve("north.html");
        assertEquals(Command.OK, run("--workspace", workspace(), "--design", "threat-matrix", "--format", "html", "--out", file.toString(),
            "--param", "audience=CONFIDENTIAL", "--param", "area=Sector North", "--param", "from=2024-01-01"));
        String html = Files.readString(file);
        assertTrue(html.contains("FPLT raids on farming villages"), "a confidential Sector North threat is shown");
        assertTrue(!html.contains("Mass atrocity risk against herder communities"), "the strictly confidential one is not");
        assertTrue(html.contains("withheld"), "the product says items were withheld");
    }

    @Test
    void mistakesAreOneLineErrorsNamingTheValue() throws Exception {
        Path file = tmp.resolve("x.pdf");
        String ws = workspace();
        assertEquals("unknown design 'nope'", message(() -> run("--workspace", ws, "--design", "nope", "--format", "pdf", "--out", file.toString()))
            .replaceAll(" \\(.*", ""));
        assertEquals("unknown format 'xlsx'", message(() -> run("--workspace", ws, "--design", "threat-matrix", "--format", "xlsx", "--out",
            file.toString())).replaceAll(" \\(.*", ""));
        assertEquals("design threat-matrix has no parameter 'colour'", message(() -> run("--workspace", ws, "--design", "threat-matrix",
            "--format", "pdf", "--out", file.toString(), "--param", "colour=red")).replaceAll(" \\(.*", ""));
        assertEquals("unknown audience 'SECRET'", message(() -> run("--workspace", ws, "--design", "threat-matrix", "--format", "pdf",
            "--out", file.toString(), "--param", "audience=SECRET")).replaceAll(" \\(.*", ""));
        assertEquals("unknown area 'Atlantis': neither a sector named by a threat nor a place in this workspace", message(() -> run("--workspace",
            ws, "--design", "threat-matrix", "--format", "pdf", "--out", file.toString(), "--param", "area=Atlantis")));
        assertTrue(message(() -> run("--workspace", ws, "--design", "actor-profile", "--format", "pdf", "--out", file.toString()))
            .startsWith("design actor-profile needs --param actor="));
        assertEquals("unknown actor 'Nobody' (give an actor id, name or alias the audience may see)", message(() -> run("--workspace", ws,
            "--design", "actor-profile", "--format", "pdf", "--out", file.toString(), "--param", "actor=Nobody")));
        assertTrue(!Files.exists(file), "nothing is written when the render fails");
    }

    private static String message(org.junit.jupiter.api.function.Executable executable) {
        String message = assertThrows(ReportException.class, executable).getMessage();
        assertTrue(!message.contains("\n"), "one line: " + message);
        return message;
    }
}
