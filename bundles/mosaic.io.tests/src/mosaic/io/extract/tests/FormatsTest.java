package mosaic.io.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.TextExtractor;

/** Formats and verdicts the corpus cannot show: embedded objects, encryption, Outlook messages, archive limits. */
class FormatsTest {

    @TempDir
    Path dir;

    private final TextExtractor extractor = new TextExtractor();

    private Extracted extract(String name, byte[] bytes) throws ExtractionException, IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return extractor.extract(file, ExtractOptions.DEFAULTS);
    }

    private ExtractionException refused(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return assertThrows(ExtractionException.class, () -> extractor.extract(file, ExtractOptions.DEFAULTS));
    }

    static byte[] xlsx(String cell) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Figures").createRow(0).createCell(0).setCellValue(cell);
            wb.getSheetAt(0).getRow(0).createCell(2).setCellFormula("1+2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(z);
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void documentEmbeddedInADocxIsAChild() throws Exception {
        byte[] docx = withEntry(TextExtractorTest.docx(), "word/embeddings/Microsoft_Excel_Worksheet.xlsx",
                xlsx("Embeddedfigure"));
        Extracted e = extract("with-object.docx", docx);
        assertEquals(MediaType.DOCX, e.mediaType());
        assertEquals(1, e.children().size(), e.problems().toString());
        Extracted child = e.children().get(0);
        assertEquals("Microsoft_Excel_Worksheet.xlsx", child.name());
        assertEquals(MediaType.XLSX, child.mediaType());
        assertTrue(child.text().contains("Embeddedfigure"), child.text());
    }

    @Test
    void formulaGivesItsCachedValueOrNothingNeverItsSource() throws Exception {
        Extracted e = extract("figures.xlsx", xlsx("Total"));
        assertTrue(e.text().startsWith("Figures\nTotal"), e.text());
        assertTrue(!e.text().contains("1+2"), e.text());
    }

    @Test
    void encryptedOfficeFileIsRefusedAsNeedingAPassword() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertEquals("secret.docx: encrypted Word document (a password is needed to open it)",
                refused("secret.docx", out.toByteArray()).getMessage());
        assertEquals("secret.xlsx: encrypted Excel workbook (a password is needed to open it)",
                refused("secret.xlsx", out.toByteArray()).getMessage());
    }

    @Test
    void otherOle2FileIsRefusedWithItsReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "PowerPoint Document");
            fs.writeFilesystem(out);
        }
        assertTrue(refused("old.ppt", out.toByteArray()).reason().startsWith("unknown type: a legacy PowerPoint"));
    }

    @Test
    void workbookThatIsNoZipIsRefusedAsNoWorkbook() throws Exception {
        byte[] fake = "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("matrix.xlsx: not an Excel workbook: not a zip archive", refused("matrix.xlsx", fake).getMessage());
    }

    private static void utf16(DirectoryEntry dir, String name, String value) throws IOException {
        dir.createDocument(name, new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void outlookMessageGivesSubjectBodyAndAttachments() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            utf16(fs.getRoot(), "__substg1.0_0037001F", "Flash: Outlookbody convoy");
            utf16(fs.getRoot(), "__substg1.0_0C1A001F", "JOC Duty Officer");
            utf16(fs.getRoot(), "__substg1.0_1000001F", "Outlookbody: a convoy was stopped at Km 14.\r\n\r\nSecond paragraph.");
            DirectoryEntry attachment = fs.getRoot().createDirectory("__attach_version1.0_#00000000");
            utf16(attachment, "__substg1.0_3707001F", "matrix.xlsx");
            attachment.createDocument("__substg1.0_37010102", new ByteArrayInputStream(xlsx("Attachedfigure")));
            fs.writeFilesystem(out);
        }
        Extracted e = extract("flash.msg", out.toByteArray());
        assertEquals(MediaType.MSG, e.mediaType());
        assertEquals("Flash: Outlookbody convoy", e.metadata().title());
        assertEquals("JOC Duty Officer", e.metadata().author());
        assertEquals(2, e.passages().size(), e.passages().toString());
        assertTrue(e.text().contains("a convoy was stopped"), e.text());
        assertEquals(1, e.children().size(), e.problems().toString());
        assertEquals("matrix.xlsx", e.children().get(0).name());
        assertTrue(e.children().get(0).text().contains("Attachedfigure"));
    }

    @Test
    void archiveEntriesAreSafelyNamedAndABombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../etc/reports/note.txt"));
            zip.write("Archivednote from the field.".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("folder/"));
        }
        Extracted e = extract("reports.zip", out.toByteArray());
        assertEquals(MediaType.ZIP, e.mediaType());
        assertEquals("etc_reports_note.txt", e.children().get(0).name());
        assertEquals("Archivednote from the field.", e.children().get(0).text());

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(refused("bomb.zip", bomb.toByteArray()).reason().startsWith("zip bomb refused: zip archive entries"));
    }
}
