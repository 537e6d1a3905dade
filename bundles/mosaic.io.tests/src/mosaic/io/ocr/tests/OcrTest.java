package mosaic.io.ocr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.io.ocr.Ocr;
import mosaic.io.ocr.Tesseract;

/**
 * OCR of the corpus's scanned page (rendered from a real page at 150 dpi) as a PDF without text layer, as PNG, JPEG
 * and TIFF, and in an e-mail, with this machine's Tesseract ({@code ./run-tests} installs it).
 */
class OcrTest {

    static final Path CORPUS = Path.of("corpus", "files");
    static final List<String> WORDS = List.of("weekly", "threat", "assessment", "sembe");

    @TempDir
    Path dir;

    private final TextExtractor extractor = new TextExtractor();

    @AfterEach
    void forgetMissingTesseract() {
        System.clearProperty(Tesseract.EXECUTABLE_PROPERTY);
    }

    static Path corpus(String name) {
        Path file = CORPUS.resolve(name);
        assertTrue(Files.isRegularFile(file), "corpus file " + file.toAbsolutePath());
        return file;
    }

    static void assertOcrPassages(Extracted e) {
        assertFalse(e.passages().isEmpty(), e.name() + " has no passage; warnings " + e.warnings());
        for (Passage p : e.passages()) {
            assertEquals(Passage.OCR_PAGE, p.kind());
            assertTrue(p.ocr());
            assertTrue(p.confidence() >= 50 && p.confidence() <= 100, "confidence " + p.confidence());
        }
        String text = e.text().toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            assertTrue(text.contains(word), e.name() + " lacks '" + word + "': " + text);
        }
        assertEquals(List.of(), e.warnings());
    }

    @Test
    void tesseractIsInstalledWithTheMissionLanguages() {
        Tesseract t = Tesseract.find();
        assertTrue(t.installed(), t.problem());
        assertTrue(t.languages().containsAll(List.of("eng", "fra", "ara", "por")), t.languages().toString());
    }

    @Test
    void scannedPdfIsReadByOcr() throws Exception {
        Extracted e = extractor.extract(corpus("scanned-letter.pdf"), ExtractOptions.DEFAULTS);
        assertEquals(MediaType.PDF, e.mediaType());
        assertOcrPassages(e);
        assertEquals(1, e.passages().get(0).index());
    }

    @Test
    void imagesAreReadByOcr() throws Exception {
        for (String name : List.of("scanned-page.png", "scanned-page.jpg", "scanned-page.tif")) {
            Extracted e = extractor.extract(corpus(name), ExtractOptions.DEFAULTS.withOcrLanguages("eng+fra"));
            assertEquals(name.endsWith("png") ? MediaType.PNG : name.endsWith("jpg") ? MediaType.JPEG : MediaType.TIFF, e.mediaType());
            assertOcrPassages(e);
        }
    }

    @Test
    void frenchWordsWithFrenchData() throws Exception {
        Extracted e = extractor.extract(corpus("scanned-page.png"), ExtractOptions.DEFAULTS.withOcrLanguages("eng+fra"));
        assertTrue(e.text().contains("sécurité"), e.text());
    }

    @Test
    void imageInAnEmailIsReadByOcr() throws Exception {
        Extracted e = extractor.extract(corpus("code-cable.eml"), ExtractOptions.DEFAULTS);
        List<Passage> ocr = all(e).stream().flatMap(x -> x.passages().stream()).filter(Passage::ocr).toList();
        assertFalse(ocr.isEmpty(), "no OCR passage in " + names(e));
        String text = ocr.stream().map(Passage::text).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        assertTrue(text.contains("threat") && text.contains("sembe"), text);
    }

    @Test
    void pdfWithTextLayerIsNotOcred() throws Exception {
        Extracted e = extractor.extract(corpus("weekly-assessment.pdf"), ExtractOptions.DEFAULTS);
        assertFalse(e.passages().isEmpty());
        assertTrue(e.passages().stream().noneMatch(Passage::ocr), "OCR of a page with a text layer");
        assertTrue(e.text().contains("Tablecellrising"), e.text());
        assertEquals(List.of(), e.warnings());
    }

    @Test
    void ocrOffGivesNoPassagesAndAWarning() throws Exception {
        ExtractOptions off = ExtractOptions.DEFAULTS.withOcr(false);
        for (String name : List.of("scanned-letter.pdf", "scanned-page.png", "scanned-page.jpg", "scanned-page.tif")) {
            Extracted e = extractor.extract(corpus(name), off);
            assertEquals(List.of(), e.passages(), name);
            assertEquals(List.of("no text: scanned pages, OCR off"), e.warnings(), name);
        }
    }

    @Test
    void missingTesseractGivesTheInstallHint() throws Exception {
        System.setProperty(Tesseract.EXECUTABLE_PROPERTY, dir.resolve("no-such-tesseract").toString());
        for (String name : List.of("scanned-letter.pdf", "scanned-page.png")) {
            Extracted e = extractor.extract(corpus(name), ExtractOptions.DEFAULTS);
            assertEquals(List.of(), e.passages(), name);
            assertEquals(1, e.warnings().size(), e.warnings().toString());
            String warning = e.warnings().get(0);
            assertTrue(warning.startsWith("no text: scanned pages, tesseract not installed"), warning);
            assertTrue(warning.contains("apt-get install tesseract-ocr"), warning);
        }
    }

    @Test
    void missingLanguageGivesItsPackage() throws Exception {
        Ocr ocr = Ocr.of(true, "eng+xyz");
        assertTrue(ocr.usable());
        assertEquals("eng", ocr.languages());
        assertEquals("OCR without xyz: not installed (apt-get install tesseract-ocr-xyz)", ocr.languageWarning());
        Ocr none = Ocr.of(true, "xyz");
        assertFalse(none.usable());
        assertEquals("OCR language xyz not installed (apt-get install tesseract-ocr-xyz)", none.unavailable());
        Extracted e = extractor.extract(corpus("scanned-page.png"), ExtractOptions.DEFAULTS.withOcrLanguages("xyz"));
        assertEquals(List.of("no text: scanned pages, OCR language xyz not installed (apt-get install tesseract-ocr-xyz)"),
                e.warnings());
    }

    @Test
    void languagesAreCodes() {
        assertEquals("eng+fra", ExtractOptions.DEFAULTS.withOcrLanguages("eng, fra").ocrLanguages());
        assertEquals("eng", ExtractOptions.DEFAULTS.ocrLanguages());
        assertTrue(ExtractOptions.DEFAULTS.ocr());
        assertThrows(IllegalArgumentException.class, () -> ExtractOptions.DEFAULTS.withOcrLanguages("eng;rm -rf"));
    }

    @Test
    void cancellingStopsOcr() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        byte[] bytes = Files.readAllBytes(corpus("scanned-letter.pdf"));
        assertThrows(OperationCanceledException.class,
                () -> extractor.extract("scanned-letter.pdf", bytes, ExtractOptions.DEFAULTS, cancelled));
    }

    @Test
    void aTruncatedImageIsRefusedAsCorrupt() throws Exception {
        Path file = dir.resolve("image.pdf");
        Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
        for (ExtractOptions options : List.of(ExtractOptions.DEFAULTS, ExtractOptions.DEFAULTS.withOcr(false))) {
            mosaic.io.extract.ExtractionException e = assertThrows(mosaic.io.extract.ExtractionException.class,
                    () -> extractor.extract(file, options));
            assertTrue(e.getMessage().startsWith("image.pdf: corrupt PNG image"), e.getMessage());
        }
    }

    private static List<Extracted> all(Extracted e) {
        List<Extracted> list = new java.util.ArrayList<>(List.of(e));
        e.children().forEach(c -> list.addAll(all(c)));
        return list;
    }

    private static String names(Extracted e) {
        return all(e).stream().map(x -> x.name() + ":" + x.mediaType() + x.warnings() + x.problems()).collect(Collectors.joining(", "));
    }
}
