package mosaic.io.extract.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/** Reads a PDF's text layer with PDFBox, one passage per page that has text. */
final class PdfReader {

    private PdfReader() {
    }

    /** Reads the text layer; pages without one (scans) or with a garbled one are read by OCR ({@link OcrReader}). */
    static Extracted read(String name, byte[] bytes, ExtractOptions options, IProgressMonitor monitor) throws ExtractionException {
        try (PDDocument doc = open(name, bytes, options)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ExtractionException(name, "encrypted PDF that forbids text extraction", null);
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException(name, "corrupt PDF: no pages found", null);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<Passage> passages = new ArrayList<>();
            Map<Integer, String> scanned = new LinkedHashMap<>();
            monitor.beginTask(name, pages);
            for (int p = 1; p <= pages; p++) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc).strip();
                if (OcrReader.needsOcr(doc.getPage(p - 1), text)) {
                    scanned.put(p, text);
                } else if (!text.isEmpty()) {
                    passages.add(new Passage(p, Passage.PAGE, text));
                }
                monitor.worked(1);
            }
            List<String> warnings = new ArrayList<>();
            OcrReader.readPdfPages(name, doc, scanned, passages, options, warnings, monitor);
            PDDocumentInformation info = doc.getDocumentInformation();
            String classification = Classification.first(
                    Classification.fromLine(info.getCustomMetadataValue("Classification")),
                    Classification.fromLine(info.getKeywords()), Classification.fromBanner(passages));
            Calendar created = info.getCreationDate();
            DocumentMetadata metadata = new DocumentMetadata(blankToNull(info.getTitle()),
                    blankToNull(info.getAuthor()), created == null ? null : created.toInstant(), classification);
            return new Extracted(name, MediaType.PDF, passages, metadata, List.of(), List.of(), warnings);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt PDF (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Opens a PDF, trying the options' passwords in turn when it needs one.
     *
     * @throws ExtractionException it needs a password and none given opens it
     */
    private static PDDocument open(String name, byte[] bytes, ExtractOptions options) throws IOException, ExtractionException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException needed) {
            for (String password : options.passwords()) {
                try {
                    return Loader.loadPDF(bytes, password);
                } catch (InvalidPasswordException wrong) {
                    // the next one
                }
            }
            int tried = options.passwords().size();
            throw new ExtractionException(name, tried == 0 ? "encrypted PDF (a password is needed to open it: --password-file)"
                : "encrypted PDF (a password is needed to open it; none of the " + tried + " in the password file opens it)", null);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
