package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import mosaic.core.workspace.Workspace;
import mosaic.model.Report;
import mosaic.search.Ingest;
import mosaic.search.Ingest.Status;
import mosaic.search.SearchIndex;
import mosaic.testing.TestPdf;

/** Ingest of real PDF, DOCX, e-mail, HTML and text files, and its edge cases. */
class IngestTest extends WithFixture {

    private static Map<String, Ingest.Result> byName(Ingest.Summary summary) {
        return summary.results().stream().collect(Collectors.toMap(r -> r.file().getFileName().toString(), r -> r));
    }

    @Test
    void everyFormatBecomesAReportWithItsOriginalStoredByHash() throws Exception {
        f.write("sitrep.pdf", Fixture.pdf("Daily Situation Report 3 March", "Mayi-Mayi elements attacked Kilo market.", "Patrol returned to base."));
        f.write("flash.docx", Fixture.docx("Flash Report 7", "CONFIDENTIAL", "FLC fighters seen near Bunia."));
        f.text("cable.eml", Fixture.eml("Code cable 12", "The FLC leadership met in Kilo."));
        f.text("osint.html", Fixture.html("Radio Okapi item", "Clashes reported north of Bunia."));
        f.text("note.txt", "Patrol note\n\nQuiet night in the sector.");
        Ingest.Summary summary = f.ingest(new Ingest.Options("patrol-report", null, null), f.inbox);

        assertEquals(5, summary.count(Status.INGESTED), summary.results().toString());
        assertEquals(5, f.workspace.objects(Report.class).size());
        assertEquals(5, f.contentFiles().size());
        for (Report report : f.workspace.objects(Report.class)) {
            Path stored = f.workspace.root().resolve(report.getContentFile());
            assertTrue(Files.isRegularFile(stored), report.getContentFile());
            assertTrue(report.getContentFile().startsWith(Workspace.CONTENT_FOLDER + "/" + report.getContentHash().substring(0, 2) + "/"
                + report.getContentHash()), report.getContentFile());
            assertEquals("patrol-report", report.getReportType(), "type given at import applies to files without one");
            assertNotNull(report.getDate());
        }
        Report pdf = f.reportTitled("Daily Situation Report 3 March");
        assertEquals("application/pdf", pdf.getMediaType());
        assertEquals("sitrep.pdf", pdf.getOriginalName());
        assertEquals(Fixture.CONFIDENTIAL, f.reportTitled("Flash Report 7").getMarking().getClassification(), "banner in the file");
        assertEquals("Code cable 12", f.reportTitled("Code cable 12").getTitle());
        assertEquals(Fixture.UNCLASSIFIED, f.reportTitled("Radio Okapi item").getMarking().getClassification());

        var hit = f.search("\"Patrol returned\"", f.audience(Fixture.UNCLASSIFIED)).hits().get(0);
        assertEquals(pdf.getId(), hit.reportId());
        assertEquals(2, hit.passage(), "the hit points to the page");
        assertEquals("page", hit.passageKind());
        // a new workspace object on disk, so a reopened workspace has it
        assertEquals(5, Workspace.open(f.workspace.root(), new NullProgressMonitor()).objects(Report.class).size());
    }

    @Test
    void theSameFileTwiceOrUnderAnotherNameIsOneReport() throws Exception {
        Path file = f.text("a.txt", "Checkpoint at Kilo reopened.");
        assertEquals(Status.INGESTED, f.ingest(file).results().get(0).status());
        Ingest.Result again = f.ingest(file).results().get(0);
        assertEquals(Status.UNCHANGED, again.status());
        Path copy = Files.copy(file, dir.resolve("copy-of-a.txt"));
        Ingest.Result copied = f.ingest(copy).results().get(0);
        assertEquals(Status.UNCHANGED, copied.status());
        assertEquals(again.reportId(), copied.reportId());
        assertEquals(1, f.workspace.objects(Report.class).size());
        assertEquals(1, f.contentFiles().size());
        assertEquals(1, f.search("checkpoint", f.audience(Fixture.UNCLASSIFIED)).total());
    }

    @Test
    void aChangedFileUpdatesItsReportAndIsIndexedAgain() throws Exception {
        Path file = f.text("b.txt", "Roadblock by the FLC on the Kilo road.");
        String id = f.ingest(file).results().get(0).reportId();
        String oldContent = f.report(id).getContentFile();
        Files.writeString(file, "The roadblock was lifted; traffic resumed towards Bunia.");
        Ingest.Result result = f.ingest(file).results().get(0);

        assertEquals(Status.UPDATED, result.status());
        assertEquals(id, result.reportId(), "same report");
        assertEquals(1, f.workspace.objects(Report.class).size());
        assertFalse(Files.exists(f.workspace.root().resolve(oldContent)), "old original removed");
        assertEquals(1, f.contentFiles().size());
        var low = f.audience(Fixture.UNCLASSIFIED);
        assertEquals(1, f.search("lifted", low).total());
        assertEquals(0, f.search("FLC", low).total(), "old text no longer indexed");
    }

    @Test
    void badFilesMidFolderAreRefusedWithTheirReasonAndNothingOfThemIsKept() throws Exception {
        f.text("1-good.txt", "Situation calm in Bunia.");
        f.write("2-corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref".getBytes());
        f.write("3-corrupt.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        f.write("4-picture.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        try (RandomAccessFile huge = new RandomAccessFile(f.inbox.resolve("5-huge.txt").toFile(), "rw")) {
            huge.setLength(500L << 20); // sparse: 500 MB on paper, nothing on disk
        }
        f.write("6-encrypted.pdf", encryptedPdf());
        f.text("7-good.txt", "Situation tense in Kilo.");

        Ingest.Summary summary = f.ingest(f.inbox);
        Map<String, Ingest.Result> results = byName(summary);
        assertEquals(7, summary.results().size());
        assertEquals(Status.INGESTED, results.get("1-good.txt").status());
        assertEquals(Status.INGESTED, results.get("7-good.txt").status(), "the run goes on past bad files");
        for (String bad : List.of("2-corrupt.pdf", "3-corrupt.docx", "4-picture.pdf", "5-huge.txt", "6-encrypted.pdf")) {
            assertEquals(Status.REFUSED, results.get(bad).status(), bad);
            assertFalse(results.get(bad).reason().isBlank(), bad);
        }
        assertTrue(results.get("5-huge.txt").reason().contains("larger than the limit"), results.get("5-huge.txt").reason());
        assertTrue(results.get("6-encrypted.pdf").reason().toLowerCase().contains("encrypt"), results.get("6-encrypted.pdf").reason());
        assertEquals(2, f.workspace.objects(Report.class).size());
        assertEquals(2, f.contentFiles().size());
        assertEquals(2, f.index.searcher().reportCount());
    }

    private static byte[] encryptedPdf() throws Exception {
        return TestPdf.titled(null).encrypted("user").pages("");
    }

    @Test
    void cancellingLeavesNothingOfTheFileBeingIngested() throws Exception {
        f.text("1-first.txt", "First report: calm.");
        f.write("2-second.pdf", Fixture.pdf("Second", "page one text", "page two text", "page three text"));
        f.text("3-third.txt", "Third report.");
        NullProgressMonitor cancelOnSecond = new NullProgressMonitor() {
            private int files;

            @Override
            public void subTask(String name) {
                if (++files == 2) {
                    setCanceled(true);
                }
            }
        };
        Ingest ingest = new Ingest(f.workspace, f.index, Ingest.Options.NONE);
        assertThrows(OperationCanceledException.class, () -> ingest.run(List.of(f.inbox), null, cancelOnSecond));
        assertEquals(1, f.workspace.objects(Report.class).size(), "only the file finished before the cancel");
        assertEquals(1, f.contentFiles().size());
        try (SearchIndex reopened = SearchIndex.of(f.workspace)) {
            assertEquals(1, reopened.searcher().reportCount(), "the finished file is committed, the cancelled one absent");
        }
    }

    @Test
    void aFileWhoseOriginalCannotBeWrittenIsRefusedWholeAndTheOthersOfItsBatchAreKept() throws Exception {
        // more files than one batch writes at once, so that batches overlap
        for (int i = 0; i < 75; i++) {
            f.text(String.format("r-%03d.txt", i), "Patrol report " + i + " from the Kilo axis.");
        }
        // a file where the content folder of r-040 should be: its original cannot be written
        String blocked = sha256(Files.readAllBytes(f.inbox.resolve("r-040.txt"))).substring(0, 2);
        Files.createDirectories(f.workspace.root().resolve("content"));
        Files.writeString(f.workspace.root().resolve("content").resolve(blocked), "in the way");
        List<String> expectRefused = new java.util.ArrayList<>();
        for (int i = 0; i < 75; i++) {
            String name = String.format("r-%03d.txt", i);
            if (sha256(Files.readAllBytes(f.inbox.resolve(name))).startsWith(blocked)) {
                expectRefused.add(name);
            }
        }
        List<String> told = new java.util.ArrayList<>();
        Ingest.Summary summary = new Ingest(f.workspace, f.index, Ingest.Options.NONE).run(List.of(f.inbox),
            r -> told.add(r.file().getFileName().toString()), new NullProgressMonitor());

        List<String> refused = summary.results().stream().filter(r -> r.status() == Status.REFUSED)
            .map(r -> r.file().getFileName().toString()).toList();
        assertEquals(expectRefused, refused);
        for (Ingest.Result r : summary.results()) {
            if (r.status() == Status.REFUSED) {
                assertTrue(r.reason().contains("could not be stored") && r.reason().contains("nothing was kept"), r.reason());
            }
        }
        assertEquals(summary.results().stream().map(r -> r.file().getFileName().toString()).toList(), told, "told in file order");
        assertEquals(75 - refused.size(), summary.count(Status.INGESTED));
        assertEquals(75 - refused.size(), f.workspace.objects(Report.class).size(), "no record of a refused file");
        assertEquals(75 - refused.size(), f.contentFiles().stream().filter(p -> !p.getFileName().toString().equals(blocked)).count(),
            "no original of a refused file");
        assertEquals(75 - refused.size(), f.index.searcher().reportCount(), "no index entry of a refused file");
        for (Report report : f.workspace.objects(Report.class)) {
            assertFalse(f.workspace.isDirty(report), "every record written: " + report.getTitle());
            assertTrue(Files.isRegularFile(f.workspace.fileOf(report)), report.getTitle());
        }
        assertEquals(75 - refused.size(), Workspace.open(f.workspace.root(), null).objects(Report.class).size(), "on disk too");
    }

    @Test
    void theSameBytesTwiceInOneRunAreOneReport() throws Exception {
        for (int i = 0; i < 40; i++) {
            f.text(String.format("a-%03d.txt", i), "Daily report " + i + ".");
        }
        f.text("b-copy-of-a-001.txt", "Daily report 1.");
        f.text("a-001-again.txt", "Daily report 1.");
        Map<String, Ingest.Result> results = byName(f.ingest(f.inbox));
        assertEquals(Status.INGESTED, results.get("a-001-again.txt").status(), "sorted first, so it is the one ingested");
        String id = results.get("a-001-again.txt").reportId();
        assertEquals(Status.UNCHANGED, results.get("a-001.txt").status());
        assertEquals(id, results.get("a-001.txt").reportId());
        assertEquals(Status.UNCHANGED, results.get("b-copy-of-a-001.txt").status());
        assertEquals(id, results.get("b-copy-of-a-001.txt").reportId());
        assertEquals(40, f.workspace.objects(Report.class).size());
        assertEquals(40, f.index.searcher().reportCount());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aWronglyNamedFileIsReadAsWhatItIs() throws Exception {
        Path file = f.write("minutes.txt", Fixture.docx("Meeting minutes", "The FLC delegation attended."));
        Ingest.Result result = f.ingest(file).results().get(0);
        assertEquals(Status.INGESTED, result.status());
        Report report = f.report(result.reportId());
        assertTrue(report.getMediaType().contains("wordprocessingml"), report.getMediaType());
        assertTrue(report.getContentFile().endsWith(".docx"), report.getContentFile());
        assertEquals(1, f.search("delegation", f.audience(Fixture.UNCLASSIFIED)).total());
    }

    @Test
    void aSidecarWinsOverTheFileAndTheFileOverTheOptions() throws Exception {
        Path marked = f.text("marked.txt", "CONFIDENTIAL\n\nAmbush on the Bunia road.");
        f.sidecar(marked, "{\"classification\": \"STRICTLY_CONFIDENTIAL\", \"type\": \"flash-report\", \"date\": \"2025-12-24\","
            + " \"author\": \"U2 Sector East\", \"compartment\": \"u2-only\"}");
        Path bannered = f.text("bannered.txt", "CONFIDENTIAL\n\nConvoy delayed.");
        Path plain = f.text("plain.txt", "Market day in Kilo.");
        Path badSidecar = f.text("typo.txt", "Nothing.");
        f.sidecar(badSidecar, "{\"classification\": \"TOP_SECRET\"}");
        Ingest.Options options = new Ingest.Options("daily-sitrep", Fixture.SECRET, "jmac-only");
        Map<String, Ingest.Result> results = byName(f.ingest(options, marked, bannered, plain, badSidecar));

        Report fromSidecar = f.report(results.get("marked.txt").reportId());
        assertEquals(Fixture.SECRET, fromSidecar.getMarking().getClassification());
        assertEquals("u2-only", fromSidecar.getMarking().getCompartment());
        assertEquals("flash-report", fromSidecar.getReportType());
        assertEquals("U2 Sector East", fromSidecar.getAuthor());
        assertEquals("2025-12-24T00:00:00Z", fromSidecar.getDate().toString());
        Report fromBanner = f.report(results.get("bannered.txt").reportId());
        assertEquals(Fixture.CONFIDENTIAL, fromBanner.getMarking().getClassification(), "the file's banner beats the option");
        assertEquals("daily-sitrep", fromBanner.getReportType());
        Report fromOptions = f.report(results.get("plain.txt").reportId());
        assertEquals(Fixture.SECRET, fromOptions.getMarking().getClassification(), "option for a file without a marking");
        assertEquals("jmac-only", fromOptions.getMarking().getCompartment());
        assertEquals(Status.REFUSED, results.get("typo.txt").status());
        assertTrue(results.get("typo.txt").reason().contains("TOP_SECRET"), results.get("typo.txt").reason());
        assertEquals(3, f.workspace.objects(Report.class).size());
    }

    @Test
    void anOptionThatIsNotTheMissionsIsRefusedUpFront() {
        assertThrows(IllegalArgumentException.class,
            () -> new Ingest(f.workspace, f.index, new Ingest.Options(null, "SECRET", null)));
        assertThrows(IllegalArgumentException.class,
            () -> new Ingest(f.workspace, f.index, new Ingest.Options("tweet", null, null)));
    }

    @Test
    void aReleasedIndexCanBeWrittenByAnotherProcessAndSeesWhatItWrote() throws Exception {
        f.ingest(f.text("a.txt", "Checkpoint at Kilo reopened."));
        try (SearchIndex other = SearchIndex.of(f.workspace)) {
            // the workbench's index holds the write lock after an ingest until it releases it
            java.io.IOException locked = assertThrows(java.io.IOException.class, other::clear);
            assertTrue(locked.getMessage().contains("open for writing elsewhere"), locked.getMessage());
            f.index.release();
            Path roadblock = f.text("b.txt", "Roadblock by the FLC on the Kilo road.");
            Ingest.Summary summary = new Ingest(f.workspace, other, Ingest.Options.NONE).run(List.of(roadblock), null,
                new NullProgressMonitor());
            assertEquals(1, summary.count(Status.INGESTED), summary.results().toString());
        }
        assertEquals(1, f.search("roadblock", f.audience(Fixture.UNCLASSIFIED)).total(), "the released index reads what the other wrote");
        assertEquals(1, f.search("checkpoint", f.audience(Fixture.UNCLASSIFIED)).total(), "and keeps what it wrote itself");
        f.ingest(f.text("c.txt", "Curfew lifted in Bunia."));
        assertEquals(1, f.search("curfew", f.audience(Fixture.UNCLASSIFIED)).total(), "it writes again after a release");
        assertEquals(3, f.search("kilo OR bunia", f.audience(Fixture.UNCLASSIFIED)).total());
    }

    @Test
    void theSummaryFoldsWhiteSpaceAndCutsAtFourHundredCharacters() throws Exception {
        StringBuilder longFirst = new StringBuilder("Summary\t \n\n");
        for (int i = 0; longFirst.length() < 1_000; i++) {
            longFirst.append("word").append(i).append(i % 7 == 0 ? " \t\u000B\f " : i % 5 == 0 ? "\r\n" : " ");
        }
        String spaced = "  Checkpoint\t\tat   Kilo\r\nreopened.  ";
        String blank = " ".repeat(900) + "x";
        f.text("long.txt", "Long report\n\n" + longFirst);
        f.text("spaced.txt", "Spaced report\n\n" + spaced);
        f.text("blank.txt", "Blank report\n\n" + blank);
        f.ingest(f.inbox);
        for (Report report : f.workspace.objects(Report.class)) {
            String first = mosaic.search.internal.ReportDocuments.passages(new mosaic.io.extract.TextExtractor()
                .extract(f.workspace.root().resolve(report.getContentFile()), mosaic.io.extract.ExtractOptions.DEFAULTS)).get(0).text();
            // the reference: white space runs as one space, in the first 800 characters, then 400 and an ellipsis
            boolean cut = first.length() > 800;
            String folded = (cut ? first.substring(0, 800) : first).replaceAll("\\s+", " ");
            String expected = folded.length() <= 400 && !cut ? folded : folded.substring(0, Math.min(folded.length(), 400)) + "\u2026";
            assertEquals(expected, report.getSummary(), report.getTitle());
        }
        Report longReport = f.workspace.objects(Report.class).stream().filter(r -> r.getOriginalName().equals("long.txt")).findFirst()
            .orElseThrow();
        assertTrue(longReport.getSummary().endsWith("\u2026"), longReport.getSummary());
        assertTrue(longReport.getSummary().length() == 401, longReport.getSummary());
    }

    @Test
    void everyDocumentOfTheIndexHasATextTitleAndAuthorNormSoCommitsNeverWalkASparseSet() throws Exception {
        StringBuilder text = new StringBuilder("Norms\n\n");
        for (int p = 0; p < 6; p++) {
            text.append("Paragraph ").append(p).append(" about the FLC near Kilo. ").append("filler ".repeat(200)).append("\n\n");
        }
        f.text("norms.txt", text.toString());
        f.sidecar(f.text("short.txt", "Short\n\nQuiet night in Bunia."), "{\"author\": \"JMAC Bunia\"}");
        f.ingest(f.inbox);
        f.index.release();
        try (var directory = org.apache.lucene.store.FSDirectory.open(f.workspace.root().resolve(".mosaic/search"));
                var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            for (String field : List.of("text", "title", "author")) {
                int docs = 0;
                for (var leaf : reader.leaves()) {
                    var norms = leaf.reader().getNormValues(field);
                    assertNotNull(norms, field);
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertTrue(norms.advanceExact(doc), "document " + doc + " has a " + field + " norm");
                        docs++;
                    }
                }
                assertTrue(docs > 3, "report and passage documents: " + docs);
            }
        }
        assertEquals(1, f.search("kilo", f.audience(Fixture.UNCLASSIFIED)).total(), "passages are not counted as hits");
        assertEquals(1, f.search("filler", f.audience(Fixture.UNCLASSIFIED)).total());
        assertEquals(1, f.search("author:bunia", f.audience(Fixture.UNCLASSIFIED)).total(), "the empty author fields match nothing");
        assertEquals(1, f.search("title:short", f.audience(Fixture.UNCLASSIFIED)).total());
    }

    @Test
    void aReportWhoseOriginalIsMissingIsStillFoundByItsTitleAndSummary() throws Exception {
        f.ingest(f.text("gone.txt", "Gone report\n\nArmed men looted the dispensary at Kilo."));
        Report report = f.workspace.objects(Report.class).get(0);
        Files.delete(f.workspace.root().resolve(report.getContentFile()));
        SearchIndex.Sync sync = f.index.rebuild(f.workspace, new NullProgressMonitor());
        assertEquals(1, sync.indexed());
        assertTrue(sync.problems().get(0).contains("missing; indexed by title and summary only"), sync.problems().toString());
        assertEquals(1, f.search("dispensary", f.audience(Fixture.UNCLASSIFIED)).total(), "a word of the summary");
        assertEquals(1, f.search("gone", f.audience(Fixture.UNCLASSIFIED)).total(), "a word of the title");
    }

    @Test
    void anOriginalThatCannotBePutInPlaceAfterItWasWrittenIsRefusedWholeAndLeavesNoTemporaryFile() throws Exception {
        for (int i = 0; i < 40; i++) {
            f.text(String.format("p-%03d.txt", i), "Patrol report " + i + " from the Bunia axis.");
        }
        // a folder, not empty, where p-007's original goes: written under a temporary name, it cannot be renamed over it
        String hash = sha256(Files.readAllBytes(f.inbox.resolve("p-007.txt")));
        Path inTheWay = f.workspace.root().resolve("content").resolve(hash.substring(0, 2)).resolve(hash + ".txt");
        Files.createDirectories(inTheWay);
        Files.writeString(inTheWay.resolve("keep"), "in the way");
        Ingest.Summary summary = f.ingest(f.inbox);

        Ingest.Result refused = summary.results().stream().filter(r -> r.status() == Status.REFUSED).findFirst().orElseThrow();
        assertEquals("p-007.txt", refused.file().getFileName().toString());
        assertTrue(refused.reason().contains("could not be stored") && refused.reason().contains("nothing was kept"), refused.reason());
        assertEquals(39, summary.count(Status.INGESTED));
        assertEquals(39, f.workspace.objects(Report.class).size(), "no record of the refused file");
        try (var walk = Files.walk(f.workspace.root())) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
        assertEquals(0, f.search("\"report 7\"", f.audience(Fixture.UNCLASSIFIED)).total());
        assertEquals(39, f.search("bunia", f.audience(Fixture.UNCLASSIFIED)).total());
    }
}
