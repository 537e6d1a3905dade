package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Range;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads a legacy Word 97-2003 document (.doc) with POI's HWPF: the headers, the body (a paragraph a passage, a
 * table row's cells separated by tabs), the text boxes, footnotes, endnotes, comments and footers, each part's
 * passages of its kind. Fields give their shown result, never their code; text marked as a tracked deletion is
 * left out, insertions kept (see {@link DocxReader}).
 */
final class DocReader {

    private DocReader() {
    }

    static Extracted read(String name, byte[] bytes) throws ExtractionException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Passage> passages = new ArrayList<>();
            HeaderStories stories = new HeaderStories(doc);
            Set<String> seen = new LinkedHashSet<>();
            for (Supplier<Range> header : List.<Supplier<Range>>of(stories::getFirstHeaderSubrange,
                    stories::getOddHeaderSubrange, stories::getEvenHeaderSubrange)) {
                add(passages, safely(header), Passage.HEADER, seen);
            }
            add(passages, doc.getRange(), Passage.PARAGRAPH, null);
            add(passages, safely(doc::getMainTextboxRange), Passage.TEXTBOX, null);
            add(passages, safely(doc::getFootnoteRange), Passage.FOOTNOTE, null);
            add(passages, safely(doc::getEndnoteRange), Passage.ENDNOTE, null);
            add(passages, safely(doc::getCommentsRange), Passage.COMMENT, null);
            for (Supplier<Range> footer : List.<Supplier<Range>>of(stories::getFirstFooterSubrange,
                    stories::getOddFooterSubrange, stories::getEvenFooterSubrange)) {
                add(passages, safely(footer), Passage.FOOTER, seen);
            }
            SummaryInformation info = doc.getSummaryInformation();
            String title = info == null ? null : info.getTitle();
            String author = info == null ? null : info.getAuthor();
            Date created = info == null ? null : info.getCreateDateTime();
            DocumentMetadata metadata = new DocumentMetadata(PdfReader.blankToNull(title), PdfReader.blankToNull(author),
                    created == null ? null : created.toInstant(), Classification.fromBanner(passages));
            return new Extracted(name, MediaType.DOC, passages, metadata, List.of(), List.of());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(name, "encrypted Word document (a password is needed to open it)", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt DOC (" + e.getMessage() + ")", e);
        }
    }

    private static Range safely(Supplier<Range> range) {
        try {
            return range.get();
        } catch (RuntimeException e) {
            return null; // a story the file does not have
        }
    }

    /**
     * Adds a story's paragraphs: its runs' text without deleted runs, fields' codes cut out, split at paragraph
     * marks; {@code seen}: texts not to add twice (the same header on first and other pages).
     */
    private static void add(List<Passage> passages, Range range, String kind, Set<String> seen) {
        if (range == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < range.numCharacterRuns(); i++) {
            CharacterRun run = range.getCharacterRun(i);
            if (!run.isMarkedDeleted()) {
                text.append(run.text());
            }
        }
        StringBuilder paragraph = new StringBuilder();
        List<Boolean> inCode = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '\u0013' -> inCode.add(Boolean.TRUE); // field start: its code follows
            case '\u0014' -> {
                if (!inCode.isEmpty()) {
                    inCode.set(inCode.size() - 1, Boolean.FALSE); // separator: its result follows
                }
            }
            case '\u0015' -> {
                if (!inCode.isEmpty()) {
                    inCode.remove(inCode.size() - 1);
                }
            }
            case '\r', '\u000C' -> {
                flush(passages, paragraph, kind, seen);
            }
            case '\u0007' -> paragraph.append('\t'); // end of a table cell or row
            case '\u000B' -> paragraph.append('\n');
            case '\u0001', '\u0002', '\u0005', '\u0008' -> {
                // picture, note reference, comment anchor, drawing anchor
            }
            default -> {
                if (!inCode.contains(Boolean.TRUE)) {
                    paragraph.append(c);
                }
            }
            }
        }
        flush(passages, paragraph, kind, seen);
    }

    private static void flush(List<Passage> passages, StringBuilder paragraph, String kind, Set<String> seen) {
        String s = paragraph.toString().strip();
        paragraph.setLength(0);
        if (!s.isEmpty() && (seen == null || seen.add(kind + '\n' + s))) {
            passages.add(new Passage(passages.size() + 1, kind, s));
        }
    }
}
