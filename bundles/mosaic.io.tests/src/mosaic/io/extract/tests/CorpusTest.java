package mosaic.io.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;

/**
 * Extraction of the corpus in {@code corpus/files}: real documents written by LibreOffice, poppler, img2pdf and
 * Python's e-mail library (see {@code releng/scripts/make-corpus.sh}), each with marker words in every part a
 * document can hold them (header, footer, table, comment, footnote, hyperlink, text box, tracked insertion, field,
 * sheets, slides and notes, attachments), and words that must not be found (a tracked deletion, a field's code).
 */
class CorpusTest {

    /** The marker words of the weekly assessment, found in every format it was written in. */
    private static final List<String> ASSESSMENT = List.of("headerline", "Footerline", "Tablecellrising",
            "Footnotesource", "hyperlinked", "Textboxjudgement", "newlyinserted", "MINUCAR",
            "État de sécurité à Sembé", "Situação");
    /** Text that is not the document's current text: a tracked deletion, a field's code. */
    private static final List<String> NOT_CURRENT = List.of("retractedclaim", "DOCVARIABLE");

    private final TextExtractor extractor = new TextExtractor();

    static Stream<Arguments> corpus() {
        List<String> edited = new ArrayList<>(ASSESSMENT);
        edited.add("Commentnote");
        return Stream.of(
                Arguments.of("weekly-assessment.docx", MediaType.DOCX, edited, NOT_CURRENT),
                Arguments.of("weekly-assessment.doc", MediaType.DOC, edited, NOT_CURRENT),
                Arguments.of("weekly-assessment.odt", MediaType.ODT, edited, NOT_CURRENT),
                Arguments.of("weekly-assessment.rtf", MediaType.RTF, edited, NOT_CURRENT),
                // LibreOffice prints the deletion struck through, as the page shows it: a PDF keeps what it shows
                Arguments.of("weekly-assessment.pdf", MediaType.PDF, ASSESSMENT, List.of("DOCVARIABLE")),
                Arguments.of("arabic-note.docx", MediaType.DOCX, List.of("تقرير الوضع الأمني", "نزح المدنيون",
                        "Situation report"), List.of()),
                Arguments.of("incident-matrix.xlsx", MediaType.XLSX, List.of("Spreadsheetmilitia", "Secondsheet"),
                        List.of()),
                Arguments.of("incident-matrix.xls", MediaType.XLS, List.of("Spreadsheetmilitia", "Secondsheet"),
                        List.of()),
                Arguments.of("briefing.pptx", MediaType.PPTX, List.of("Slidetitle", "Secondslide", "Speakernote"),
                        List.of()),
                Arguments.of("code-cable.eml", MediaType.EML, List.of("Cablebody", "Tablecellrising",
                        "Nestedforward"), List.of("retractedclaim")),
                Arguments.of("archive.zip", MediaType.ZIP, List.of("Tablecellrising", "Spreadsheetmilitia"),
                        List.of("retractedclaim")));
    }

    static Path corpus(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            for (Path candidate : List.of(d.resolve("corpus/files"), d.resolve("bundles/mosaic.io.tests/corpus/files"))) {
                if (Files.isDirectory(candidate)) {
                    return candidate.resolve(name);
                }
            }
        }
        throw new AssertionError("corpus/files not found above " + dir);
    }

    /** @return the text of a document and of all it contains */
    static String allText(Extracted e) {
        StringBuilder s = new StringBuilder(e.text());
        e.children().forEach(c -> s.append("\n\n").append(allText(c)));
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyPartsTextIsFound(String file, MediaType type, List<String> present, List<String> absent)
            throws Exception {
        Extracted e = extractor.extract(corpus(file), ExtractOptions.DEFAULTS);
        assertEquals(type, e.mediaType(), file);
        String text = allText(e);
        for (String word : present) {
            assertTrue(text.contains(word), file + " lacks '" + word + "':\n" + text);
        }
        for (String word : absent) {
            assertFalse(text.contains(word), file + " holds '" + word + "':\n" + text);
        }
        assertTrue(e.problems().isEmpty(), file + ": " + e.problems());
    }

    @Test
    void docxPartsHaveTheirKinds() throws Exception {
        Extracted e = extractor.extract(corpus("weekly-assessment.docx"), ExtractOptions.DEFAULTS);
        assertEquals(Passage.HEADER, kindOf(e, "headerline"));
        assertEquals(Passage.FOOTER, kindOf(e, "Footerline"));
        assertEquals(Passage.FOOTNOTE, kindOf(e, "Footnotesource"));
        assertEquals(Passage.COMMENT, kindOf(e, "Commentnote"));
        assertEquals(Passage.TEXTBOX, kindOf(e, "Textboxjudgement"));
        assertEquals(Passage.PARAGRAPH, kindOf(e, "Tablecellrising"));
        assertEquals(Passage.PARAGRAPH, kindOf(e, "hyperlinked"));
        assertEquals(1, e.passages().stream().filter(p -> p.text().contains("Textboxjudgement")).count(),
                "a text box written twice (DrawingML and its VML fallback) is read once");
        assertEquals("UNCLASSIFIED", e.metadata().classification(), "the header's banner is the first line");
        assertEquals("Weekly threat assessment Sembe 2026-W47", e.metadata().title());
    }

    @Test
    void sheetsAndSlidesAreNamedPassages() throws Exception {
        Extracted xlsx = extractor.extract(corpus("incident-matrix.xlsx"), ExtractOptions.DEFAULTS);
        assertTrue(xlsx.passages().stream().allMatch(p -> p.kind().equals(Passage.SHEET)), xlsx.passages().toString());
        assertTrue(xlsx.passages().size() >= 2, xlsx.passages().toString());
        Extracted pptx = extractor.extract(corpus("briefing.pptx"), ExtractOptions.DEFAULTS);
        assertEquals(Passage.SLIDE, kindOf(pptx, "Slidetitle"));
        assertEquals(Passage.NOTES, kindOf(pptx, "Speakernote"));
        assertEquals(Passage.SLIDE, kindOf(pptx, "Secondslide"));
    }

    @Test
    void emailAttachmentsAndArchiveEntriesAreChildren() throws Exception {
        Extracted cable = extractor.extract(corpus("code-cable.eml"), ExtractOptions.DEFAULTS);
        assertTrue(cable.text().contains("Cablebody"), cable.text());
        Extracted docx = cable.children().stream().filter(c -> c.mediaType() == MediaType.DOCX).findFirst()
                .orElseThrow(() -> new AssertionError(cable.children().toString()));
        assertEquals("évaluation W47.docx", docx.name());
        Extracted forwarded = cable.children().stream().filter(c -> c.mediaType() == MediaType.EML).findFirst()
                .orElseThrow(() -> new AssertionError(cable.children().toString()));
        assertTrue(forwarded.children().stream().anyMatch(c -> c.mediaType() == MediaType.PNG), forwarded.toString());

        Extracted zip = extractor.extract(corpus("archive.zip"), ExtractOptions.DEFAULTS);
        assertEquals(List.of("weekly-assessment.odt", "incident-matrix.xlsx"),
                zip.children().stream().map(Extracted::name).toList());
        assertEquals(List.of(MediaType.ODT, MediaType.XLSX), zip.children().stream().map(Extracted::mediaType).toList());
    }

    @Test
    void imagesAreRecognisedAndHaveNoTextOfTheirOwn() throws Exception {
        for (String[] image : new String[][] { { "scanned-page.png", "PNG" }, { "scanned-page.jpg", "JPEG" },
                { "scanned-page.tif", "TIFF" } }) {
            // without OCR (OcrTest reads them with it)
            Extracted e = extractor.extract(corpus(image[0]), ExtractOptions.DEFAULTS.withOcr(false));
            assertEquals(MediaType.valueOf(image[1]), e.mediaType(), image[0]);
            assertTrue(e.passages().isEmpty(), image[0]);
        }
        assertEquals(MediaType.PDF, extractor.extract(corpus("scanned-letter.pdf"), ExtractOptions.DEFAULTS).mediaType());
    }

    @Test
    void aPasswordProtectedPdfOpensWithItsPasswordOnly() throws Exception {
        // qpdf encrypted it with AES-256 and the user password kestrel-41
        ExtractionException none = assertThrows(ExtractionException.class,
                () -> extractor.extract(corpus("password-protected.pdf"), ExtractOptions.DEFAULTS.withOcr(false)));
        assertEquals("password-protected.pdf: encrypted PDF (a password is needed to open it: --password-file)", none.getMessage());
        ExtractionException wrong = assertThrows(ExtractionException.class, () -> extractor.extract(corpus("password-protected.pdf"),
            ExtractOptions.DEFAULTS.withOcr(false).withPasswords(List.of("guess", "owner"))));
        assertEquals("password-protected.pdf: encrypted PDF (a password is needed to open it; none of the 2 in the password file opens it)",
            wrong.getMessage());
        ExtractOptions withPasswords = ExtractOptions.DEFAULTS.withOcr(false).withPasswords(List.of("guess", "kestrel-41"));
        Extracted opened = extractor.extract(corpus("password-protected.pdf"), withPasswords);
        assertTrue(opened.text().contains("Tablecellrising"), opened.text());
        assertTrue(!withPasswords.toString().contains("kestrel"), "options never show a password: " + withPasswords);
    }

    @Test
    void fileThatStartsLikeAZipButIsNoneIsRefused() {
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(corpus("not-a-zip.docx"), ExtractOptions.DEFAULTS));
        assertEquals("not-a-zip.docx: not a Word document: not a zip archive", ex.getMessage());
    }

    @Test
    void anArchiveEntryNestedTooDeeplyIsAProblemNotAFailure() throws Exception {
        Extracted zip = extractor.extract(corpus("archive.zip"), new ExtractOptions(64L << 20, 256L << 20, 100, 0));
        assertTrue(zip.children().isEmpty());
        assertEquals(2, zip.problems().size(), zip.problems().toString());
        assertTrue(zip.problems().get(0).contains("nested deeper than 0 levels"), zip.problems().toString());
    }

    private static String kindOf(Extracted e, String word) {
        Passage passage = e.passages().stream().filter(p -> p.text().contains(word)).findFirst().orElse(null);
        assertNotNull(passage, word + " in " + e.passages());
        return passage.kind();
    }
}
