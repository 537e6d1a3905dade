package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads a DOCX with Apache POI (XWPF): one passage per non-empty paragraph, table cells' paragraphs in reading
 * order. Before POI sees the file, every zip entry is inflated and counted so that a zip bomb is refused by
 * total size and by compression ratio.
 */
final class DocxReader {

    private DocxReader() {
    }

    static Extracted read(String name, byte[] bytes, ExtractOptions options) throws ExtractionException {
        checkZip(name, bytes, options);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                collect(element, paragraphs);
            }
            List<Passage> passages = Paragraphs.number(paragraphs, Passage.PARAGRAPH);
            POIXMLProperties props = doc.getProperties();
            POIXMLProperties.CoreProperties core = props.getCoreProperties();
            POIXMLProperties.CustomProperties custom = props.getCustomProperties();
            String customMarking = custom.contains("Classification")
                    ? custom.getProperty("Classification").getLpwstr() : null;
            String classification = Classification.first(Classification.fromLine(customMarking),
                    Classification.fromLine(core.getCategory()), Classification.fromBanner(passages));
            Date created = core.getCreated();
            DocumentMetadata metadata = new DocumentMetadata(PdfReader.blankToNull(core.getTitle()),
                    PdfReader.blankToNull(core.getCreator()), created == null ? null : created.toInstant(),
                    classification);
            return new Extracted(name, MediaType.DOCX, passages, metadata, List.of(), List.of());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt DOCX (" + e.getMessage() + ")", e);
        }
    }

    private static void collect(IBodyElement element, List<String> out) {
        if (element instanceof XWPFParagraph p) {
            out.add(p.getText());
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        collect(inner, out);
                    }
                }
            }
        }
    }

    /** Inflates every entry, counting bytes, and refuses the archive past the size or ratio limit. */
    private static void checkZip(String name, byte[] bytes, ExtractOptions options) throws ExtractionException {
        long limit = Math.min(options.maxUnzippedBytes(), (long) bytes.length * options.maxCompressionRatio());
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                total += drain(zip, buffer, limit - total);
                if (total > limit) {
                    throw new ExtractionException(name, "zip bomb refused: DOCX entries inflate to more than "
                            + DocumentReader.megabytes(limit) + " (" + DocumentReader.megabytes(bytes.length)
                            + " compressed; limits " + DocumentReader.megabytes(options.maxUnzippedBytes())
                            + " and ratio " + options.maxCompressionRatio() + ":1), at entry " + entry.getName(),
                            null);
                }
            }
        } catch (ZipException e) {
            throw new ExtractionException(name, "corrupt DOCX (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExtractionException(name, "corrupt DOCX (" + e.getMessage() + ")", e);
        }
    }

    /** @return bytes read from the entry, stopping once more than {@code budget} were read */
    private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long n = 0;
        int r;
        while ((r = in.read(buffer)) > 0) {
            n += r;
            if (n > budget) {
                return n;
            }
        }
        return n;
    }
}
