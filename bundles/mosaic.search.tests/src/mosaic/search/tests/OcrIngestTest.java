package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mosaic.cli.internal.Cli;
import mosaic.search.Ingest;
import mosaic.search.SearchHit;
import mosaic.search.internal.cli.IngestCommand;
import mosaic.search.internal.cli.SearchCommand;

/**
 * Scanned pages ingested through OCR, with this machine's Tesseract ({@code ./run-tests} installs it): the corpus's
 * scanned letter (a PDF without text layer) and the same page with its text layer.
 */
class OcrIngestTest extends WithFixture {

    static final Path CORPUS = Path.of("..", "mosaic.io.tests", "corpus", "files");

    private record Run(int status, List<String> out, List<String> err) {
    }

    private static Run cli(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> list = new ArrayList<>();
        for (Object arg : args) {
            list.add(arg.toString());
        }
        int status = Cli.run(list, List.of(new IngestCommand(), new SearchCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private Path copy(String name) throws Exception {
        Path from = CORPUS.resolve(name);
        assertTrue(Files.isRegularFile(from), from.toAbsolutePath().toString());
        return Files.copy(from, f.inbox.resolve(name));
    }

    @Test
    void aScannedLetterIsFoundThroughOcrAndItsHitSaysSo() throws Exception {
        Path scan = copy("scanned-letter.pdf");
        Path typed = copy("weekly-assessment.pdf");
        Path ws = f.workspace.root();
        Run ingest = cli("ingest", "--workspace", ws, "--ocr-languages", "eng+fra", f.inbox);
        assertEquals(0, ingest.status(), ingest.out() + " " + ingest.err());
        assertTrue(ingest.out().get(0).matches("ingested " + java.util.regex.Pattern.quote(scan.toAbsolutePath().normalize().toString()) + " \\S+"),
            ingest.out().get(0));
        assertTrue(ingest.out().get(1).matches("ingested \\S+weekly-assessment.pdf \\S+"), ingest.out().get(1));

        Run search = cli("search", "--workspace", ws, "--query", "Sembe threat");
        assertEquals(0, search.status(), search.err().toString());
        String text = String.join("\n", search.out());
        assertTrue(text.matches("(?s).*ocr-page 1  score \\d+\\.\\d+  \\(OCR, confidence \\d{2,3}%\\).*"), text);
        assertTrue(text.matches("(?s).*    \\S+  page 1  score \\d+\\.\\d+\n.*"), "the typed page is no OCR page: " + text);

        Run json = cli("search", "--workspace", ws, "--query", "Sembe threat", "--json");
        List<String> ocr = json.out().stream().filter(l -> l.contains("\"ocr\": true")).toList();
        assertEquals(1, ocr.size(), json.out().toString());
        assertTrue(ocr.get(0).matches(".*, \"ocrConfidence\": \\d{2,3}\\}"), ocr.get(0));
        assertEquals(1, json.out().stream().filter(l -> !l.contains("\"ocr\"")).count(), json.out().toString());
    }

    @Test
    void withoutOcrAScanIsIngestedWithAWarning() throws Exception {
        Path scan = copy("scanned-page.png");
        Run ingest = cli("ingest", "--workspace", f.workspace.root(), "--no-ocr", scan);
        assertEquals(0, ingest.status(), ingest.out() + " " + ingest.err());
        assertTrue(ingest.out().get(0).matches("ingested \\S+scanned-page.png \\S+ \\(warning: no text: scanned pages, OCR off\\)"),
            ingest.out().get(0));
        assertTrue(ingest.out().get(1).startsWith("1 ingested, 0 updated, 0 unchanged, 0 refused"), ingest.out().get(1));
    }

    @Test
    void theIngestApiTellsTheWarningAndTheHitItsConfidence() throws Exception {
        Path scan = copy("scanned-page.jpg");
        Ingest.Result result = f.ingest(scan).results().get(0);
        assertEquals(Ingest.Status.INGESTED, result.status(), result.reason());
        assertEquals(null, result.reason());
        SearchHit hit = f.search("assessment", f.audience(Fixture.UNCLASSIFIED)).hits().get(0);
        assertEquals(result.reportId(), hit.reportId());
        assertTrue(hit.ocr());
        assertEquals("ocr-page", hit.passageKind());
        assertTrue(hit.ocrConfidence() >= 50, "confidence " + hit.ocrConfidence());
        assertEquals("(OCR, confidence " + hit.ocrConfidence() + "%)", hit.ocrNote());
    }

    @Test
    void theMissionChoosesTheOcrLanguagesOfAnIngestThatNamesNone() throws Exception {
        assertEquals("eng", Ingest.extractOptions(f.workspace).ocrLanguages(), "English when the mission says nothing");
        mosaic.model.Taxonomy languages = mosaic.model.MosaicFactory.eINSTANCE.createTaxonomy();
        languages.setName(Ingest.OCR_LANGUAGES_TAXONOMY);
        for (String code : List.of("fra", "eng")) {
            mosaic.model.Term term = mosaic.model.MosaicFactory.eINSTANCE.createTerm();
            term.setCode(code);
            term.setLabel(code);
            languages.getTerms().add(term);
        }
        f.workspace.configuration().getTaxonomies().add(languages);
        f.workspace.saveConfiguration();
        assertEquals("fra+eng", Ingest.extractOptions(f.workspace).ocrLanguages());
        assertTrue(Ingest.extractOptions(f.workspace).ocr());

        // an ingest without --ocr-languages reads in the mission's languages
        Path scan = copy("scanned-page.png");
        Run ingest = cli("ingest", "--workspace", f.workspace.root(), scan);
        assertEquals(0, ingest.status(), ingest.out() + " " + ingest.err());
        Run search = cli("search", "--workspace", f.workspace.root(), "--query", "\"sécurité\"", "--json");
        assertEquals(1, search.out().size(), search.out().toString());
        assertTrue(search.out().get(0).contains("\"ocr\": true"), search.out().get(0));
    }

    @Test
    void bothOcrOptionsAreAUsageError() throws Exception {
        Run run = cli("ingest", "--workspace", f.workspace.root(), "--no-ocr", "--ocr-languages", "fra", copy("scanned-page.png"));
        assertFalse(run.status() == 0);
        Run bad = cli("ingest", "--workspace", f.workspace.root(), "--ocr-languages", "eng;fra", f.inbox);
        assertFalse(bad.status() == 0);
        assertTrue(String.join("\n", bad.err()).contains("not an OCR language code"), bad.err().toString());
    }
}
