package mosaic.mission.carana.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes plain text as a PDF with a real text layer (Standard 14 Helvetica, so no font is
 * embedded), reproducibly: a fixed document id and fixed dates, nothing taken from the clock.
 */
public final class Pdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;

    /* Standard 14 fonts are not embedded, so one instance serves every document (as the static
       constants of PDFBox 2 did); creating them once also logs a missing system font only once. */
    private static PDType1Font regularFont;
    private static PDType1Font boldFont;

    private Pdf() {
    }

    private static synchronized PDType1Font font(boolean bold) {
        if (regularFont == null) {
            regularFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            boldFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        }
        return bold ? boldFont : regularFont;
    }

    /**
     * @param banner classification banner printed at the top and bottom of every page
     * @param lines paragraphs; a line starting with {@code "# "} is a heading
     */
    public static byte[] write(String title, String author, String subject, Instant date, long documentId,
            String banner, List<String> lines) throws IOException {
        PDType1Font regular = font(false);
        PDType1Font bold = font(true);
        try (PDDocument document = new PDDocument()) {
            document.setDocumentId(documentId);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setSubject(subject);
            info.setCreator("Mosaic Carana demo generator");
            info.setProducer("Mosaic");
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.clear();
            calendar.setTimeInMillis(date.toEpochMilli());
            info.setCreationDate(calendar);
            info.setModificationDate(calendar);

            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<Object[]> laidOut = new ArrayList<>(); // {font, text}
            for (String line : lines) {
                boolean heading = line.startsWith("# ");
                PDType1Font font = heading ? bold : regular;
                String text = clean(heading ? line.substring(2) : line);
                if (text.isEmpty()) {
                    laidOut.add(new Object[] {font, ""});
                    continue;
                }
                for (String wrapped : wrap(text, font, width)) {
                    laidOut.add(new Object[] {font, wrapped});
                }
            }
            float top = PDRectangle.A4.getHeight() - MARGIN - 20;
            int perPage = (int) ((top - MARGIN - 20) / LEADING);
            int pages = Math.max(1, (laidOut.size() + perPage - 1) / perPage);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    centred(content, bold, banner, PDRectangle.A4.getHeight() - MARGIN + 10);
                    centred(content, bold, banner, MARGIN - 25);
                    content.beginText();
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, top);
                    for (int i = p * perPage; i < Math.min(laidOut.size(), (p + 1) * perPage); i++) {
                        content.setFont((PDType1Font) laidOut.get(i)[0], SIZE);
                        content.showText((String) laidOut.get(i)[1]);
                        content.newLine();
                    }
                    content.endText();
                    content.beginText();
                    content.setFont(regular, 8);
                    content.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - 60, MARGIN - 10);
                    content.showText("Page " + (p + 1) + " of " + pages);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void centred(PDPageContentStream content, PDType1Font font, String text, float y) throws IOException {
        float w = font.getStringWidth(clean(text)) / 1000 * SIZE;
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, y);
        content.showText(clean(text));
        content.endText();
    }

    private static List<String> wrap(String text, PDType1Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Keeps what WinAnsiEncoding can show. */
    private static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= 32 && c < 127 ? c : c == '\t' ? ' ' : '?');
        }
        return b.toString();
    }
}
