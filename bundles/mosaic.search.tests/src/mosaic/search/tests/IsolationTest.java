package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import mosaic.core.workspace.Workspace;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.TextExtractor;
import mosaic.model.Report;
import mosaic.search.DocumentParser;
import mosaic.search.Ingest;
import mosaic.search.Ingest.Status;

/**
 * One bad file never stops a run: a folder where some files make the parser throw each kind of
 * throwable (an exception, a missing class, a stack overflow, memory run out, an assertion, a
 * parser that never ends) is ingested with those files refused, each with its reason, and every
 * other file ingested, indexed and searchable; nothing of a refused file is left behind.
 */
class IsolationTest extends WithFixture {

    /**
     * The real extractor, except for files whose text names a failure: there the parser fails as a
     * parser in the field has been seen to (the NoClassDefFoundError is the one POI threw on Word
     * files with tables when commons-lang3 was missing).
     */
    private static final DocumentParser FAILING = (name, bytes, options, monitor) -> {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("FAIL ")) {
            switch (text.substring(5).trim()) {
                case "runtime" -> throw new IllegalStateException("Unexpected record type 0x3c");
                case "linkage" -> throw new NoClassDefFoundError("org/apache/commons/lang3/ArrayUtils");
                case "stack" -> recurse(0);
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                case "assertion" -> throw new AssertionError("invariant broken");
                case "hang" -> {
                    // ignores the request to stop, as a parser in a tight loop does
                    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                }
                case "checked" -> throw new ExtractionException(name, "corrupt PDF (no trailer)", null);
                default -> throw new IllegalArgumentException(text);
            }
        }
        return new TextExtractor().extract(name, bytes, options, monitor);
    };

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void everyKindOfThrowableRefusesOnlyItsFile() throws Exception {
        List<String> kinds = List.of("runtime", "linkage", "stack", "memory", "assertion", "hang", "checked");
        for (String kind : kinds) {
            f.text("bad-" + kind + ".txt", "FAIL " + kind);
        }
        for (int i = 0; i < 5; i++) {
            f.text("good-" + i + ".txt", "Patrol note " + i + "\n\nConvoy " + i + " passed the Kilo checkpoint.");
        }
        long start = System.nanoTime();
        Ingest.Summary summary = new Ingest(f.workspace, f.index, Ingest.Options.NONE).withParser(FAILING)
            .withTimeLimitPerFile(Duration.ofSeconds(2)).run(List.of(f.inbox), null, new NullProgressMonitor());
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Ingest.Result> results = summary.results().stream()
            .collect(Collectors.toMap(r -> r.file().getFileName().toString(), r -> r));
        assertEquals(12, results.size(), summary.results().toString());
        assertEquals(5, summary.count(Status.INGESTED), summary.results().toString());
        assertEquals(7, summary.count(Status.REFUSED), summary.results().toString());
        assertTrue(results.get("bad-runtime.txt").reason().contains("IllegalStateException: Unexpected record type 0x3c"),
            results.get("bad-runtime.txt").reason());
        assertTrue(results.get("bad-linkage.txt").reason().contains("NoClassDefFoundError: org/apache/commons/lang3/ArrayUtils"),
            results.get("bad-linkage.txt").reason());
        assertTrue(results.get("bad-stack.txt").reason().contains("stack overflow"), results.get("bad-stack.txt").reason());
        assertTrue(results.get("bad-memory.txt").reason().contains("ran out of memory"), results.get("bad-memory.txt").reason());
        assertTrue(results.get("bad-assertion.txt").reason().contains("AssertionError: invariant broken"),
            results.get("bad-assertion.txt").reason());
        assertTrue(results.get("bad-hang.txt").reason().contains("took longer than 2 s"), results.get("bad-hang.txt").reason());
        assertEquals("corrupt PDF (no trailer)", results.get("bad-checked.txt").reason());
        for (Ingest.Result r : summary.results()) {
            assertFalse(r.reason() != null && r.reason().contains("\n"), "one line: " + r.reason());
        }
        assertTrue(millis < 25_000, "the hanging parser was left behind after its limit, not waited for: " + millis + " ms");

        // nothing of the refused files: one record and one original per good file, all searchable
        assertEquals(5, f.workspace.objects(Report.class).size());
        assertEquals(5, f.contentFiles().size());
        assertEquals(5, f.search("Kilo", f.audience(Fixture.UNCLASSIFIED)).hits().size());
        Workspace reopened = Workspace.open(f.workspace.root(), new NullProgressMonitor());
        assertEquals(5, reopened.objects(Report.class).size());
        for (Report report : reopened.objects(Report.class)) {
            assertTrue(report.getOriginalName().startsWith("good-"), report.getOriginalName());
        }
        try (Stream<Path> left = Files.walk(f.workspace.root())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".tmp")).toList(), "no temporary files left");
        }
    }

    @Test
    void controlCharactersInTextNeverBreakTheRecord() throws Exception {
        // a NUL and a bell encoded in an e-mail's quoted-printable body, an unpaired surrogate as a
        // character reference in a page: what an Arabic PDF's text layer gave, carried by formats
        // that pass the type check
        f.text("nul.eml", "From: jmac@minucar.example\r\nTo: u2@minucar.example\r\nSubject: Situation note\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Situation note=00 on the market=07 of Kilo closed.\r\n");
        f.text("surrogate.html", "<html><head><title>Kilo page</title></head><body><p>Market of Kilo &#xD800; reopened &#0; today.</p></body></html>");
        Ingest.Summary summary = f.ingest(f.inbox);
        assertEquals(2, summary.count(Status.INGESTED), summary.results().toString());
        for (Report report : f.workspace.objects(Report.class)) {
            String summaryText = report.getSummary() == null ? "" : report.getSummary();
            assertFalse(summaryText.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), summaryText);
        }
        Workspace reopened = Workspace.open(f.workspace.root(), new NullProgressMonitor());
        assertEquals(2, reopened.objects(Report.class).size());
        assertEquals(2, f.search("Kilo", f.audience(Fixture.UNCLASSIFIED)).hits().size());
    }

    @Test
    void extractOptionsStillApplyThroughTheIsolation() throws IOException {
        Path big = f.text("big.txt", "x".repeat(2048));
        Ingest.Summary summary = new Ingest(f.workspace, f.index, Ingest.Options.NONE, ExtractOptions.DEFAULTS.withMaxFileBytes(1024))
            .run(List.of(big), null, new NullProgressMonitor());
        assertEquals(Status.REFUSED, summary.results().get(0).status());
        assertTrue(summary.results().get(0).reason().contains("larger than the limit"), summary.results().get(0).reason());
    }
}
