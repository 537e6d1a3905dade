package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads an Excel workbook (XLSX with POI's XSSF, legacy XLS with HSSF): the cells' text sheet by sheet, one passage
 * of kind {@link Passage#SHEET} per sheet (a long sheet is cut into several, each starting with the sheet's name),
 * a row a line, its non-empty cells separated by tabs. A formula gives the value cached when the file was saved
 * (never its source, never recomputed); numbers and dates are shown as their cell's format shows them.
 */
final class SheetReader {

    /** About a page of text: a longer sheet is cut at a row boundary. */
    private static final int PASSAGE_CHARS = 8000;

    private SheetReader() {
    }

    static Extracted read(String name, byte[] bytes, MediaType type, ExtractOptions options) throws ExtractionException {
        String what = type == MediaType.XLSX ? "XLSX" : "XLS";
        if (type == MediaType.XLSX) {
            Zips.check(name, bytes, options, what);
        }
        try (Workbook wb = type == MediaType.XLSX ? new XSSFWorkbook(new ByteArrayInputStream(bytes))
                : new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<Passage> passages = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                StringBuilder text = new StringBuilder();
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        String value = text(cell, format);
                        if (!value.isBlank()) {
                            line.append(line.isEmpty() ? "" : "\t").append(value.strip());
                        }
                    }
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (text.length() + line.length() > PASSAGE_CHARS && !text.isEmpty()) {
                        passages.add(new Passage(passages.size() + 1, Passage.SHEET, sheet.getSheetName() + "\n" + text));
                        text.setLength(0);
                    }
                    text.append(text.isEmpty() ? "" : "\n").append(line);
                }
                if (!text.isEmpty()) {
                    passages.add(new Passage(passages.size() + 1, Passage.SHEET, sheet.getSheetName() + "\n" + text));
                }
            }
            return new Extracted(name, type, passages, metadata(wb, passages), List.of(), List.of());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(name, "encrypted Excel workbook (a password is needed to open it)", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt " + what + " (" + e.getMessage() + ")", e);
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
        case STRING -> cell.getRichStringCellValue().getString();
        case NUMERIC -> format.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
        case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        default -> "";
        };
    }

    private static DocumentMetadata metadata(Workbook wb, List<Passage> passages) {
        String title = null;
        String author = null;
        Date created = null;
        String category = null;
        if (wb instanceof XSSFWorkbook x) {
            POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
            title = core.getTitle();
            author = core.getCreator();
            created = core.getCreated();
            category = core.getCategory();
        } else if (wb instanceof HSSFWorkbook h && h.getSummaryInformation() != null) {
            SummaryInformation info = h.getSummaryInformation();
            title = info.getTitle();
            author = info.getAuthor();
            created = info.getCreateDateTime();
        }
        return new DocumentMetadata(PdfReader.blankToNull(title), PdfReader.blankToNull(author),
                created == null ? null : created.toInstant(),
                Classification.first(Classification.fromLine(category), Classification.fromBanner(passages)));
    }
}
