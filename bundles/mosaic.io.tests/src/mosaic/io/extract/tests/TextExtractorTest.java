package mosaic.io.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.testing.TestPdf;

/** Extraction from real files written in the test by PDFBox, POI and by hand. */
class TextExtractorTest {

    private static final Instant CREATED = Instant.parse("2026-03-14T08:30:00Z");

    @TempDir
    Path dir;

    private final TextExtractor extractor = new TextExtractor();

    // ---- PDF ------------------------------------------------------------------------------------------------

    /** A situation report with its properties, as a mission's PDF would carry them. */
    static TestPdf sitrep() {
        return TestPdf.titled("Daily Situation Report 14 March").author("JMAC Kadugli").created(CREATED)
            .custom("Classification", "Strictly Confidential");
    }

    static byte[] pdf(String... pages) throws IOException {
        return sitrep().pages(pages);
    }

    @Test
    void pdfGivesOnePassagePerPageAndItsProperties() throws Exception {
        Path file = dir.resolve("dsr.pdf");
        Files.write(file, pdf("Patrol met the village chief in Abyei.", "Second page: roadblock at Km 14."));
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.PDF, e.mediaType());
        assertEquals(2, e.passages().size());
        assertEquals(new Passage(1, Passage.PAGE, "Patrol met the village chief in Abyei."), e.passages().get(0));
        assertEquals(new Passage(2, Passage.PAGE, "Second page: roadblock at Km 14."), e.passages().get(1));
        assertEquals("Daily Situation Report 14 March", e.metadata().title());
        assertEquals("JMAC Kadugli", e.metadata().author());
        assertEquals(CREATED, e.metadata().date());
        assertEquals("STRICTLY_CONFIDENTIAL", e.metadata().classification());
    }

    @Test
    void typeComesFromContentNotExtension() throws Exception {
        Path file = dir.resolve("looks-like-text.txt");
        Files.write(file, pdf("A PDF in disguise."));
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.PDF, e.mediaType());
        assertEquals("A PDF in disguise.", e.text());
    }

    @Test
    void cancelledMonitorStopsPdfExtraction() throws Exception {
        Path file = dir.resolve("long.pdf");
        Files.write(file, pdf("one", "two", "three"));
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS, monitor));
    }

    @Test
    void encryptedPdfIsRefused() throws Exception {
        Path file = dir.resolve("locked.pdf");
        Files.write(file, sitrep().encrypted("user-pw").pages("Secret content"));
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertEquals("locked.pdf: encrypted PDF (a password is needed to open it: --password-file)", ex.getMessage());
    }

    @Test
    void corruptPdfIsRefused() throws Exception {
        Path file = dir.resolve("broken.pdf");
        byte[] good = pdf("Will be cut");
        byte[] cut = new byte[40];
        System.arraycopy(good, 0, cut, 0, cut.length);
        Files.write(file, cut);
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertEquals("broken.pdf", ex.fileName());
        assertTrue(ex.reason().startsWith("corrupt PDF"), ex.getMessage());
    }

    // ---- DOCX -----------------------------------------------------------------------------------------------

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("CONFIDENTIAL // MISSION ONLY");
            doc.createParagraph().createRun().setText("Flash report: armed group sighted near Mayi-Mayi camp.");
            doc.createParagraph();
            doc.createParagraph().createRun().setText("No casualties reported.");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Location");
            table.getRow(0).getCell(1).setText("Bunia");
            doc.getProperties().getCoreProperties().setTitle("Flash Report 7");
            doc.getProperties().getCoreProperties().setCreator("Sector North");
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(Date.from(CREATED)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void docxGivesParagraphsTableCellsAndProperties() throws Exception {
        Path file = dir.resolve("flash.docx");
        Files.write(file, docx());
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.DOCX, e.mediaType());
        assertEquals(List.of("CONFIDENTIAL // MISSION ONLY", "Flash report: armed group sighted near Mayi-Mayi camp.",
                "No casualties reported.", "Location", "Bunia"),
                e.passages().stream().map(Passage::text).toList());
        assertEquals(3, e.passages().get(2).index());
        assertEquals("Flash Report 7", e.metadata().title());
        assertEquals("Sector North", e.metadata().author());
        assertEquals(CREATED, e.metadata().date());
        assertEquals("CONFIDENTIAL", e.metadata().classification());
    }

    @Test
    void corruptDocxIsRefused() throws Exception {
        byte[] good = docx();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(good));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write("<w:document xmlns:w=\"broken".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        Path file = dir.resolve("damaged.docx");
        Files.write(file, out.toByteArray());
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertTrue(ex.getMessage().startsWith("damaged.docx: corrupt DOCX"), ex.getMessage());
    }

    @Test
    void zipBombIsRefusedBeforePoiReadsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 200_000, "40 MB of zeros compress to " + bomb.length + " bytes");
        Path file = dir.resolve("bomb.docx");
        Files.write(file, bomb);
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertTrue(ex.getMessage().startsWith("bomb.docx: zip bomb refused"), ex.getMessage());
        assertTrue(ex.getMessage().contains("ratio 100:1"), ex.getMessage());
    }

    // ---- HTML -----------------------------------------------------------------------------------------------

    @Test
    void htmlGivesParagraphsAndMetaWithoutScriptOrStyle() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Weekly &amp; Assessment</title>
                <meta name="author" content="Analyst Dupont">
                <meta name="date" content="2026-02-01">
                <meta name="classification" content="Confidential">
                <style>p { color: red }</style>
                <script>document.write("injected text")</script></head>
                <body><h1>Situation in Kivu</h1>
                <p>Clashes between FARDC and <b>Maï-Maï</b> near Beni&nbsp;town.</p>
                <p>Convoy delayed &#8212; road&#x20;cut.<br>Second line</p></body></html>
                """;
        Path file = dir.resolve("weekly.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.HTML, e.mediaType());
        assertEquals(List.of("Situation in Kivu", "Clashes between FARDC and Maï-Maï near Beni town.",
                "Convoy delayed — road cut.", "Second line"), e.passages().stream().map(Passage::text).toList());
        assertFalse(e.text().contains("injected"));
        assertFalse(e.text().contains("color"));
        assertEquals("Weekly & Assessment", e.metadata().title());
        assertEquals("Analyst Dupont", e.metadata().author());
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), e.metadata().date());
        assertEquals("CONFIDENTIAL", e.metadata().classification());
    }

    // ---- e-mail ---------------------------------------------------------------------------------------------

    @Test
    void emlGivesHeadersBodyAndItsPdfAttachmentAsChild() throws Exception {
        String attachment = Base64.getMimeEncoder().encodeToString(pdf("Attached patrol report, page one."));
        String eml = "From: =?UTF-8?Q?Ren=C3=A9_Okello?= <rene@example.org>\r\n"
                + "To: jmac@example.org\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                        "Patrol report – Beni".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: Sat, 14 Mar 2026 09:15:00 +0100\r\n"
                + "X-Classification: CONFIDENTIAL\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n"
                + "preamble\r\n--XYZ\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Please find the report attached. Caf=C3=A9 meeting at 10=\r\n:00.\r\n\r\nSecond paragraph.\r\n"
                + "--XYZ\r\n"
                + "Content-Type: application/octet-stream; name=\"patrol.bin\"\r\n"
                + "Content-Disposition: attachment; filename=\"patrol.bin\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n"
                + "--XYZ--\r\n";
        Path file = dir.resolve("message.eml");
        Files.writeString(file, eml, StandardCharsets.ISO_8859_1);
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.EML, e.mediaType());
        assertEquals(List.of("Please find the report attached. Café meeting at 10:00.", "Second paragraph."),
                e.passages().stream().map(Passage::text).toList());
        assertEquals("Patrol report – Beni", e.metadata().title());
        assertEquals("René Okello <rene@example.org>", e.metadata().author());
        assertEquals(Instant.parse("2026-03-14T08:15:00Z"), e.metadata().date());
        assertEquals("CONFIDENTIAL", e.metadata().classification());
        assertEquals(1, e.children().size());
        Extracted child = e.children().get(0);
        assertEquals("patrol.bin", child.name());
        assertEquals(MediaType.PDF, child.mediaType());
        assertEquals("Attached patrol report, page one.", child.text());
        assertTrue(e.problems().isEmpty(), e.problems().toString());
    }

    @Test
    void emlReportsABadAttachmentAndKeepsTheRest() throws Exception {
        String eml = "From: a@example.org\nSubject: two parts\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=b1\n\n--b1\nContent-Type: text/plain\n\nBody text.\n"
                + "--b1\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=bad.pdf\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + Base64.getEncoder().encodeToString("%PDF-1.4 nothing else".getBytes(StandardCharsets.US_ASCII))
                + "\n--b1--\n";
        Path file = dir.resolve("two.eml");
        Files.writeString(file, eml, StandardCharsets.US_ASCII);
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals("Body text.", e.text());
        assertTrue(e.children().isEmpty());
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("bad.pdf: corrupt PDF"), e.problems().get(0));
    }

    // ---- plain text -----------------------------------------------------------------------------------------

    @Test
    void textWithBomIsUtf8AndBannerGivesClassification() throws Exception {
        byte[] body = "STRICTLY CONFIDENTIAL\nCode cable 12\n\nMeeting in Goma – café.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = dir.resolve("cable.txt");
        Files.write(file, withBom);
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.TEXT, e.mediaType());
        assertEquals(List.of("STRICTLY CONFIDENTIAL\nCode cable 12", "Meeting in Goma – café."),
                e.passages().stream().map(Passage::text).toList());
        assertEquals("STRICTLY_CONFIDENTIAL", e.metadata().classification());
    }

    @Test
    void textMentioningAPdfHeaderStaysText() throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Files start with %PDF-1.7 when they are PDFs.", StandardCharsets.UTF_8);
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.TEXT, e.mediaType());
        assertEquals("Files start with %PDF-1.7 when they are PDFs.", e.text());
    }

    @Test
    void textThatIsNotUtf8FallsBackToWindows1252() throws Exception {
        Path file = dir.resolve("legacy.txt");
        Files.write(file, "Réunion à Bukavu – 5 €".getBytes("windows-1252"));
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals("Réunion à Bukavu – 5 €", e.text());
        assertNull(e.metadata().classification());
    }

    // ---- refusals -------------------------------------------------------------------------------------------

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReading() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(500L * 1024 * 1024);
        }
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertEquals("huge.txt: file is 500.0 MB, larger than the limit of 64.0 MB (refused, not read)",
                ex.getMessage());
    }

    @Test
    void unknownBinaryTypeIsRefused() throws Exception {
        Path file = dir.resolve("program.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 });
        }
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertTrue(ex.getMessage().startsWith("program.pdf: unknown type"), ex.getMessage());
    }

    @Test
    void truncatedImageIsRefused() throws Exception {
        Path file = dir.resolve("image.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
        }
        ExtractionException ex = assertThrows(ExtractionException.class,
                () -> extractor.extract(file, ExtractOptions.DEFAULTS));
        assertTrue(ex.getMessage().startsWith("image.pdf: corrupt PNG image"), ex.getMessage());
    }

    @Test
    void zipThatIsNoOfficeFileIsReadAsAnArchive() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        Path file = dir.resolve("archive.docx");
        Files.write(file, out.toByteArray());
        Extracted e = extractor.extract(file, ExtractOptions.DEFAULTS);
        assertEquals(MediaType.ZIP, e.mediaType());
        assertEquals(1, e.children().size());
        assertEquals("readme.txt", e.children().get(0).name());
        assertEquals("hello", e.children().get(0).text());
    }
}
