package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;

/**
 * Finds a document's type from its first bytes (magic numbers and markup), ignoring its name's extension. A PDF
 * header may follow up to 1 KB of leading junk, as readers tolerate, but must start a line.
 */
final class TypeSniffer {

    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:.*");
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*"
            + "(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]).*");

    private TypeSniffer() {
    }

    static MediaType detect(String name, byte[] b) throws ExtractionException {
        if (b.length == 0) {
            throw new ExtractionException(name, "file is empty", null);
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF-") || head.contains("\n%PDF-") || head.contains("\r%PDF-")) {
            return MediaType.PDF;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            if (hasEntry(b, "word/document.xml")) {
                return MediaType.DOCX;
            }
            throw new ExtractionException(name, "unknown type: a ZIP archive that is not a DOCX document", null);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ExtractionException(name,
                    "unknown type: a legacy OLE2 Office file (.doc/.xls); save it as DOCX or PDF", null);
        }
        if (looksBinary(b)) {
            throw new ExtractionException(name, "unknown type: binary content that is not PDF, DOCX, HTML,"
                    + " e-mail or text", null);
        }
        String text = Charsets.decode(java.util.Arrays.copyOf(b, Math.min(b.length, 4096)), null);
        if (HTML_START.matcher(text).matches()) {
            return MediaType.HTML;
        }
        if (looksLikeMessage(text)) {
            return MediaType.EML;
        }
        return MediaType.TEXT;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte (outside UTF-16 with a BOM) or many control characters in the first 4 KB mean binary. */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return false;
        }
        int n = Math.min(b.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    /** Header lines up to the first blank line, among them at least two of From, Date, Subject, To, MIME-Version. */
    private static boolean looksLikeMessage(String text) {
        int known = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (line.isEmpty()) {
                break;
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            String field = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            if (field.equals("from") || field.equals("date") || field.equals("subject") || field.equals("to")
                    || field.equals("mime-version") || field.equals("message-id")) {
                known++;
            }
        }
        return known >= 2;
    }

    private static boolean hasEntry(byte[] b, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(entryName)) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
