package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

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
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return zipType(name, b);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2Type(name, b);
        }
        if (head.startsWith("{\\rtf")) {
            return MediaType.RTF;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return MediaType.PNG;
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return MediaType.JPEG;
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return MediaType.TIFF;
        }
        if (looksBinary(b)) {
            throw new ExtractionException(name, "unknown type: binary content that is not PDF, an Office"
                    + " or OpenDocument file, RTF, HTML, e-mail, a zip archive, an image or text", null);
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

    /**
     * An Office Open XML package by its main part's content type ({@code [Content_Types].xml}), an OpenDocument
     * text by its {@code mimetype} entry, any other zip archive as {@link MediaType#ZIP}.
     */
    private static MediaType zipType(String name, byte[] b) throws ExtractionException {
        List<Zips.Entry> entries = Zips.centralDirectory(b);
        if (entries == null) {
            String what = notA(name);
            throw new ExtractionException(name, what == null
                    ? "not a zip archive: it starts as one but has no zip directory (truncated or damaged)"
                    : what + ": not a zip archive", null);
        }
        Set<String> names = new HashSet<>();
        entries.forEach(e -> names.add(e.name()));
        if (names.contains("mimetype")) {
            byte[] mime = Zips.small(b, entries, "mimetype", 200);
            String type = mime == null ? "" : new String(mime, StandardCharsets.US_ASCII).strip();
            if (type.equals(MediaType.ODT.mime()) || type.equals("application/vnd.oasis.opendocument.text-template")) {
                return MediaType.ODT;
            }
            if (type.startsWith("application/vnd.oasis.opendocument.")) {
                throw new ExtractionException(name, "unknown type: an OpenDocument file (" + type
                        + ") that is not a text document is not read; save it as ODT, XLSX, PPTX or PDF", null);
            }
        }
        if (names.contains("[Content_Types].xml")) {
            byte[] types = Zips.small(b, entries, "[Content_Types].xml", 1 << 20);
            String t = types == null ? "" : new String(types, StandardCharsets.UTF_8);
            if (t.contains("wordprocessingml.document.main+xml") || t.contains("wordprocessingml.template.main+xml")
                    || t.contains("application/vnd.ms-word.document.macroEnabled.main+xml")
                    || t.contains("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")) {
                return MediaType.DOCX;
            }
            if (t.contains("spreadsheetml.sheet.main+xml") || t.contains("spreadsheetml.template.main+xml")
                    || t.contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml")) {
                return MediaType.XLSX;
            }
            if (t.contains("presentationml.presentation.main+xml") || t.contains("presentationml.slideshow.main+xml")
                    || t.contains("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml")) {
                return MediaType.PPTX;
            }
            if (names.contains("word/document.xml")) {
                return MediaType.DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return MediaType.XLSX;
            }
            if (names.contains("ppt/presentation.xml")) {
                return MediaType.PPTX;
            }
            if (names.contains("_rels/.rels")) {
                throw new ExtractionException(name, "unknown type: an Office Open XML package that is not a Word,"
                        + " Excel or PowerPoint document", null);
            }
        }
        return MediaType.ZIP;
    }

    /** Word, Excel and Outlook files by their streams; an encrypted Office Open XML file by its encrypted package. */
    private static MediaType ole2Type(String name, byte[] b) throws ExtractionException {
        Set<String> names;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            names = new HashSet<>(fs.getRoot().getEntryNames());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt OLE2 (legacy Office) file (" + e.getMessage() + ")", e);
        }
        if (names.contains("EncryptedPackage")) {
            throw new ExtractionException(name, "encrypted " + office(name) + " (a password is needed to open it)",
                    null);
        }
        if (names.contains("WordDocument")) {
            return MediaType.DOC;
        }
        if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("Book")) {
            return MediaType.XLS;
        }
        if (names.stream().anyMatch(n -> n.startsWith("__substg1.0_"))) {
            return MediaType.MSG;
        }
        if (names.contains("PowerPoint Document")) {
            throw new ExtractionException(name, "unknown type: a legacy PowerPoint presentation (.ppt) is not read;"
                    + " save it as PPTX or PDF", null);
        }
        throw new ExtractionException(name, "unknown type: an OLE2 file that is not a Word, Excel or Outlook"
                + " document", null);
    }

    /** @return "not a Word document" and so on, after the file name's extension; {@code null} for other names */
    static String notA(String name) {
        return switch (extension(name)) {
        case "docx", "docm", "dotx", "dotm" -> "not a Word document";
        case "xlsx", "xlsm", "xltx" -> "not an Excel workbook";
        case "pptx", "pptm", "ppsx" -> "not a PowerPoint presentation";
        case "odt", "ott", "ods", "odp" -> "not an OpenDocument file";
        default -> null;
        };
    }

    /** @return "Word document" and so on, after the file name's extension */
    static String office(String name) {
        return switch (extension(name)) {
        case "docx", "docm", "doc", "dotx" -> "Word document";
        case "xlsx", "xlsm", "xls" -> "Excel workbook";
        case "pptx", "pptm", "ppt" -> "PowerPoint presentation";
        default -> "Office document";
        };
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
