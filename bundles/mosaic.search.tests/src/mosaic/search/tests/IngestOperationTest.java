package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import mosaic.cli.internal.Cli;
import mosaic.core.workspace.Workspace;
import mosaic.model.Report;
import mosaic.ops.Fields;
import mosaic.ops.WorkspaceRule;
import mosaic.search.Ingest;
import mosaic.search.SearchIndex;
import mosaic.search.internal.cli.IngestCommand;
import mosaic.search.ops.IngestOperation;

/**
 * The one ingest operation that the {@code ingest} command and the workbench's ingest job both run,
 * on real PDF, DOCX, e-mail, HTML and text files and a corrupt PDF.
 */
class IngestOperationTest extends WithFixture {

    private static final Ingest.Options OPTIONS = new Ingest.Options("patrol-report", null, null);

    private void writeInbox() throws IOException {
        f.write("1-sitrep.pdf", Fixture.pdf("Daily Situation Report 3 March", "Mayi-Mayi elements attacked Kilo market.", "Patrol returned to base."));
        f.write("2-flash.docx", Fixture.docx("Flash Report 7", "CONFIDENTIAL", "FLC fighters seen near Bunia."));
        f.text("3-cable.eml", Fixture.eml("Code cable 12", "The FLC leadership met in Kilo."));
        f.write("4-corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref".getBytes(StandardCharsets.US_ASCII));
        f.text("5-osint.html", Fixture.html("Radio Okapi item", "Clashes reported north of Bunia."));
        Path note = f.text("6-note.txt", "Patrol note\n\nQuiet night in the sector.");
        f.sidecar(note, "{\"classification\": \"CONFIDENTIAL\", \"title\": \"Night patrol\"}");
    }

    /** What {@code mosaic ingest --type patrol-report INBOX} prints on standard output, and its exit status. */
    private record CliRun(int status, List<String> out, List<String> err) {
    }

    private CliRun cli(Path root, Path... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("ingest", "--workspace", root.toString(), "--type", "patrol-report"));
        for (Path path : paths) {
            args.add(path.toString());
        }
        int status = Cli.run(args, List.of(new IngestCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** A copy of the fixture's workspace before anything is ingested: the same actors and places, the same ids. */
    private Workspace copyOfWorkspace(String name) throws Exception {
        Path from = f.workspace.root();
        Path to = dir.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return Workspace.open(to, new NullProgressMonitor());
    }

    /**
     * Runs the operation as the workbench's ingest job does: on an index opened and synchronized
     * before (the archive's), in a job holding the operation's rule.
     */
    private Ingest.Summary asTheWorkbenchJob(Workspace workspace, List<String> lines, Path... paths) throws Exception {
        try (SearchIndex index = SearchIndex.of(workspace)) {
            index.synchronize(workspace, new NullProgressMonitor());
            index.commit();
            IngestOperation operation = new IngestOperation(workspace, List.of(paths), OPTIONS).withIndex(index)
                .onResult(result -> lines.add(IngestOperation.line(result)));
            assertEquals(WorkspaceRule.of(workspace.root()), operation.getSchedulingRule());
            Ingest.Summary[] summary = new Ingest.Summary[1];
            Job job = Job.create("Ingesting", (IProgressMonitor monitor) -> {
                try {
                    summary[0] = operation.execute(monitor);
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error(e.getMessage(), e);
                }
            });
            job.setRule(operation.getSchedulingRule());
            job.schedule();
            assertTrue(job.join(120_000, null), "the ingest job did not finish");
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            // the job left the index's write lock free: another writer (the command line) may take it
            assertEquals(5, index.searcher().reportCount(), "committed");
            try (SearchIndex other = SearchIndex.of(workspace)) {
                other.clear(); // takes the write lock (and empties the index, which this test reads no more)
            }
            return summary[0];
        }
    }

    /** Each report's fields, keyed by its stored original, with what differs by nature left out (id, times). */
    private static Map<String, Map<String, String>> records(Workspace workspace) {
        Map<String, Map<String, String>> records = new TreeMap<>();
        for (Report report : workspace.objects(Report.class)) {
            Map<String, String> fields = new TreeMap<>(Fields.of(report));
            fields.remove("provenance.createdAt");
            fields.remove("provenance.changedAt");
            assertEquals(report.getId(), fields.remove("id"));
            records.put(report.getContentFile(), fields);
        }
        return records;
    }

    /** The outcome lines with each report id replaced by its stored original, which both workspaces share. */
    private static List<String> byContent(List<String> lines, Workspace workspace) {
        List<String> replaced = new ArrayList<>();
        for (String line : lines) {
            String text = line;
            for (Report report : workspace.objects(Report.class)) {
                text = text.replace(" " + report.getId(), " " + report.getContentFile());
            }
            replaced.add(text);
        }
        return replaced;
    }

    @Test
    void theOperationIngestsRealFilesAndTellsEachOutcomeAsTheCommandPrintsIt() throws Exception {
        writeInbox();
        List<String> lines = new ArrayList<>();
        Workspace workspace = copyOfWorkspace("ws-operation");
        Ingest.Summary summary = new IngestOperation(workspace, List.of(f.inbox), OPTIONS).onResult(r -> lines.add(IngestOperation.line(r)))
            .execute(new NullProgressMonitor());

        assertEquals(5, summary.count(Ingest.Status.INGESTED), summary.results().toString());
        assertEquals(1, summary.count(Ingest.Status.REFUSED));
        assertEquals(6, lines.size(), lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            Ingest.Result result = summary.results().get(i);
            Path file = f.inbox.toAbsolutePath().normalize().resolve(result.file().getFileName());
            if (result.status() == Ingest.Status.REFUSED) {
                assertTrue(lines.get(i).startsWith("refused " + file + ": "), lines.get(i));
                assertEquals("refused " + file + ": " + result.reason(), lines.get(i));
            } else {
                assertEquals("ingested " + file + " " + result.reportId(), lines.get(i));
                assertTrue(workspace.get(result.reportId()).isPresent());
            }
        }
        assertTrue(lines.get(3).startsWith("refused " + f.inbox.toAbsolutePath().normalize().resolve("4-corrupt.pdf") + ": "), lines.get(3));
        // the operation committed and closed its index: the reports are found, and the lock is free
        try (SearchIndex index = SearchIndex.of(workspace)) {
            assertEquals(5, index.searcher().reportCount());
            index.clear(); // takes the write lock
        }
        CliRun cli = cli(f.workspace.root(), f.inbox);
        assertEquals(1, cli.status(), cli.err().toString());
        Workspace cliWorkspace = Workspace.open(f.workspace.root(), new NullProgressMonitor());
        assertEquals(byContent(cli.out().subList(0, 6), cliWorkspace), byContent(lines, workspace),
            "the operation tells each file's outcome as the command prints it");
        assertTrue(cli.out().get(6).startsWith("5 ingested, 0 updated, 0 unchanged, 1 refused (6 files in "), cli.out().get(6));
    }

    @Test
    void theCommandAndTheWorkbenchJobMakeTheSameReportRecordsFieldByField() throws Exception {
        writeInbox();
        Workspace workbench = copyOfWorkspace("ws-workbench");
        List<String> jobLines = new ArrayList<>();
        Ingest.Summary summary = asTheWorkbenchJob(workbench, jobLines, f.inbox);
        assertEquals(5, summary.count(Ingest.Status.INGESTED), summary.results().toString());

        CliRun cli = cli(f.workspace.root(), f.inbox);
        assertEquals(1, cli.status(), "one file refused");
        Workspace command = Workspace.open(f.workspace.root(), new NullProgressMonitor());

        Map<String, Map<String, String>> fromCommand = records(command);
        Map<String, Map<String, String>> fromJob = records(Workspace.open(workbench.root(), new NullProgressMonitor()));
        assertEquals(5, fromCommand.size());
        assertEquals(fromCommand.keySet(), fromJob.keySet(), "the same originals stored");
        for (String content : fromCommand.keySet()) {
            assertEquals(fromCommand.get(content), fromJob.get(content), content);
        }
        assertEquals(byContent(cli.out().subList(0, 6), command), byContent(jobLines, workbench));
        // and the same files stored under content/
        assertEquals(contentOf(command.root()), contentOf(workbench.root()));
    }

    private static List<String> contentOf(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve(Workspace.CONTENT_FOLDER))) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anOptionThatIsNotTheMissionsIngestsNothingAndLeavesTheIndexFree() throws Exception {
        Path file = f.text("note.txt", "Patrol note\n\nQuiet night in the sector.");
        Workspace workspace = copyOfWorkspace("ws-bad-option");
        IngestOperation operation = new IngestOperation(workspace, List.of(file), new Ingest.Options("sitrep", null, null));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> operation.execute(new NullProgressMonitor()));
        assertTrue(refused.getMessage().startsWith("unknown report type 'sitrep'; valid: daily-sitrep, "), refused.getMessage());
        assertEquals(0, workspace.objects(Report.class).size());
        try (SearchIndex index = SearchIndex.of(workspace)) {
            index.clear();
            index.commit();
        }
    }

    @Test
    void cancellingThroughTheMonitorKeepsWhatWasDoneAndFreesTheIndex() throws Exception {
        f.text("1-first.txt", "First report: calm.");
        f.write("2-second.pdf", Fixture.pdf("Second", "page one text", "page two text", "page three text"));
        f.text("3-third.txt", "Third report.");
        Workspace workspace = copyOfWorkspace("ws-cancel");
        NullProgressMonitor cancelOnSecond = new NullProgressMonitor() {
            private int files;

            @Override
            public void subTask(String name) {
                if (++files == 2) {
                    setCanceled(true);
                }
            }
        };
        List<String> lines = new ArrayList<>();
        IngestOperation operation = new IngestOperation(workspace, List.of(f.inbox), Ingest.Options.NONE)
            .onResult(r -> lines.add(IngestOperation.line(r)));
        assertThrows(OperationCanceledException.class, () -> operation.execute(cancelOnSecond));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("ingested "), lines.get(0));
        assertEquals(1, workspace.objects(Report.class).size(), "only the file finished before the cancel");
        try (SearchIndex reopened = SearchIndex.of(workspace)) {
            assertEquals(1, reopened.searcher().reportCount(), "the finished file is committed");
            reopened.clear();
            reopened.commit();
        }
        assertFalse(lines.get(0).contains("2-second"));
    }
}
