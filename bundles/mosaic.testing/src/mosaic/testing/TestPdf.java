package mosaic.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs for tests, written by PDFBox: one page per text given, each line of a text a line of
 * its page with a text layer (Helvetica, 12 points), and the document properties set beforehand.
 *
 * <pre>
 * byte[] pdf = TestPdf.titled("Daily Situation Report").author("JMAC").pages("Page one.", "Page two.");
 * </pre>
 */
public final class TestPdf {

    private final String title;
    private String author;
    private Instant created;
    private final Map<String, String> custom = new LinkedHashMap<>();
    private String userPassword;

    private TestPdf(String title) {
        this.title = title;
    }

    /** A PDF with this title property ({@code null} for none). */
    public static TestPdf titled(String title) {
        return new TestPdf(title);
    }

    /** The author property. */
    public TestPdf author(String name) {
        this.author = name;
        return this;
    }

    /** The creation date property. */
    public TestPdf created(Instant instant) {
        this.created = instant;
        return this;
    }

    /** A custom property of the document information. */
    public TestPdf custom(String key, String value) {
        custom.put(key, value);
        return this;
    }

    /** Encrypted (128-bit key) with this user password, so that it cannot be opened without it; {@code null} for none. */
    public TestPdf encrypted(String password) {
        this.userPassword = password;
        return this;
    }

    /** The PDF's bytes, one page for each text. */
    public byte[] pages(String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = 700;
                    for (String line : text.split("\n")) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(72, y);
                        content.showText(line);
                        content.endText();
                        y -= 16;
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            if (created != null) {
                Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
                calendar.setTimeInMillis(created.toEpochMilli());
                info.setCreationDate(calendar);
            }
            custom.forEach(info::setCustomMetadataValue);
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(userPassword + "-owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
