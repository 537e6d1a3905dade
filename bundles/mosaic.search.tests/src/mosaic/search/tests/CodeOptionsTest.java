package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mosaic.cli.internal.Cli;
import mosaic.model.Report;
import mosaic.search.internal.cli.IngestCommand;
import mosaic.search.internal.cli.SearchCommand;

/**
 * {@code mosaic ingest} and {@code mosaic search} through the dispatcher: an option that is not one
 * of the mission's codes is one line naming the value and listing the valid codes, exit 1, and
 * nothing is ingested.
 */
class CodeOptionsTest extends WithFixture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int ingest(String... args) {
        return run("ingest", args);
    }

    private int run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--workspace", f.workspace.root().toString()));
        all.addAll(List.of(args));
        return Cli.run(all, List.of(new IngestCommand(), new SearchCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String codes(String taxonomy) {
        return String.join(", ", f.workspace.rules().termCodes(taxonomy));
    }

    @Test
    void anUnknownTypeListsTheMissionsReportTypes() throws Exception {
        Path file = f.text("note.txt", "Patrol note\n\nQuiet night in the sector.");
        assertEquals(1, ingest("--type", "sitrep", file.toString()));
        assertEquals(List.of("mosaic: ingest: unknown report type 'sitrep'; valid: daily-sitrep, flash-report, special-incident-report,"
            + " weekly-threat-assessment, code-cable, patrol-report, jpt-report, forward-looking-assessment, open-source"), errLines());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, f.workspace.objects(Report.class).size(), "nothing ingested");
    }

    @Test
    void anUnknownClassificationOrCompartmentListsTheMissionsCodes() throws Exception {
        Path file = f.text("note.txt", "Patrol note\n\nQuiet night in the sector.");
        assertEquals(1, ingest("--classification", "SECRET", file.toString()));
        assertEquals(List.of("mosaic: ingest: unknown classification 'SECRET'; valid: UNCLASSIFIED, CONFIDENTIAL, STRICTLY_CONFIDENTIAL"),
            errLines());
        err.reset();
        assertEquals(1, ingest("--compartment", "nobody-only", file.toString()));
        assertEquals(List.of("mosaic: ingest: unknown compartment 'nobody-only'; valid: " + codes("compartment")), errLines());
        assertEquals(0, f.workspace.objects(Report.class).size(), "nothing ingested");
    }

    @Test
    void aKnownTypeIngests() throws Exception {
        Path file = f.text("note.txt", "Patrol note\n\nQuiet night in the sector.");
        assertEquals(0, ingest("--type", "patrol-report", file.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), errLines());
    }

    @Test
    void searchTypesListTheMissionsReportTypes() throws Exception {
        assertEquals(1, run("search", "--query", "patrol", "--types", "patrol-report,sitrep"));
        assertEquals(List.of("search: unknown report type 'sitrep'; valid: " + codes("report-type")), errLines());
        err.reset();
        assertEquals(0, run("search", "--query", "patrol", "--types", "patrol-report"), err.toString(StandardCharsets.UTF_8));
    }
}
