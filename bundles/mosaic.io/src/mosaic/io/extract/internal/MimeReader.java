package mosaic.io.extract.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * A small MIME reader for {@code .eml} files: headers (unfolded, RFC 2047 encoded words decoded), multipart bodies
 * with base64 and quoted-printable transfer encodings, the text body as paragraphs (plain text preferred over HTML
 * in {@code multipart/alternative}), and attachments extracted recursively as child documents.
 */
final class MimeReader {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern PARAM = Pattern.compile(";\\s*([a-zA-Z0-9*_-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private final DocumentReader documents;
    private final int depth;
    private final int maxNesting;

    MimeReader(DocumentReader documents, int depth, int maxNesting) {
        this.documents = documents;
        this.depth = depth;
        this.maxNesting = maxNesting;
    }

    /** One MIME entity: its headers (names in lower case) and its raw body. */
    private record Part(Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name);
        }

        String contentType() {
            String ct = headers.getOrDefault("content-type", "text/plain");
            int semi = ct.indexOf(';');
            return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }

        String param(String header, String param) {
            String value = headers.get(header);
            if (value == null) {
                return null;
            }
            Matcher m = PARAM.matcher(value);
            String plain = null;
            java.util.TreeMap<Integer, String[]> sections = new java.util.TreeMap<>();
            while (m.find()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String v = m.group(3) != null ? m.group(3) : m.group(2);
                String p = param.toLowerCase(Locale.ROOT);
                if (key.equals(p)) {
                    plain = plain == null ? v : plain;
                } else if (key.equals(p + "*")) {
                    sections.put(0, new String[] { v, "*" });
                } else if (key.startsWith(p + "*") && key.substring(p.length() + 1).matches("\\d+\\*?")) {
                    String n = key.substring(p.length() + 1);
                    boolean encoded = n.endsWith("*");
                    sections.putIfAbsent(Integer.parseInt(encoded ? n.substring(0, n.length() - 1) : n),
                            new String[] { v, encoded ? "*" : "" });
                }
            }
            return sections.isEmpty() ? plain : extended(sections);
        }

        /** RFC 2231: {@code name*=charset'language'percent-encoded}, possibly in numbered sections. */
        private static String extended(java.util.TreeMap<Integer, String[]> sections) {
            Charset charset = StandardCharsets.US_ASCII;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean first = true;
            for (String[] section : sections.values()) {
                String v = section[0];
                if (section[1].isEmpty()) {
                    bytes.writeBytes(v.getBytes(StandardCharsets.ISO_8859_1));
                    first = false;
                    continue;
                }
                if (first) {
                    int q1 = v.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        Charset cs = Charsets.lookup(v.substring(0, q1));
                        charset = cs != null ? cs : StandardCharsets.UTF_8;
                        v = v.substring(q2 + 1);
                    }
                    first = false;
                }
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '%' && i + 2 < v.length() && hex(v.charAt(i + 1)) >= 0 && hex(v.charAt(i + 2)) >= 0) {
                        bytes.write(hex(v.charAt(i + 1)) * 16 + hex(v.charAt(i + 2)));
                        i += 2;
                    } else {
                        bytes.write(c);
                    }
                }
            }
            return new String(bytes.toByteArray(), charset);
        }
    }

    Extracted read(String name, byte[] bytes, IProgressMonitor monitor) throws ExtractionException {
        Part message = parse(bytes);
        List<String> bodies = new ArrayList<>();
        List<Extracted> children = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        walk(name, message, bodies, children, problems, monitor);
        List<Passage> passages = new ArrayList<>();
        for (String body : bodies) {
            for (Passage p : Paragraphs.split(body)) {
                passages.add(new Passage(passages.size() + 1, Passage.PARAGRAPH, p.text()));
            }
        }
        String subject = decodeWords(message.header("subject"));
        String classification = Classification.first(Classification.fromLine(message.header("x-classification")),
                Classification.fromLine(message.header("classification")),
                subject == null ? null : Classification.fromLine(subject.split("\\s+")[0]),
                Classification.fromBanner(passages));
        DocumentMetadata metadata = new DocumentMetadata(subject, decodeWords(message.header("from")),
                parseDate(message.header("date")), classification);
        return new Extracted(name, MediaType.EML, passages, metadata, children, problems);
    }

    private void walk(String name, Part part, List<String> bodies, List<Extracted> children, List<String> problems,
            IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        String type = part.contentType();
        String fileName = decodeWords(Classification.first(part.param("content-disposition", "filename"),
                part.param("content-type", "name")));
        String disposition = part.header("content-disposition");
        boolean attachment = fileName != null
                || disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
        if (type.startsWith("multipart/") && !attachment) {
            String boundary = part.param("content-type", "boundary");
            List<Part> parts = boundary == null ? List.of() : split(part.body(), boundary);
            if (type.equals("multipart/alternative")) {
                Part chosen = parts.stream().filter(p -> p.contentType().equals("text/plain")).findFirst()
                        .orElse(parts.isEmpty() ? null : parts.get(0));
                if (chosen != null) {
                    walk(name, chosen, bodies, children, problems, monitor);
                }
            } else {
                for (Part p : parts) {
                    walk(name, p, bodies, children, problems, monitor);
                }
            }
            return;
        }
        byte[] content;
        try {
            content = decodeTransfer(part);
        } catch (IllegalArgumentException e) {
            problems.add((fileName != null ? fileName : type) + ": bad transfer encoding (" + e.getMessage() + ")");
            return;
        }
        if (!attachment && type.equals("text/plain")) {
            bodies.add(decodeText(content, part.param("content-type", "charset")));
        } else if (!attachment && type.equals("text/html")) {
            String html = decodeText(content, part.param("content-type", "charset"));
            HtmlReader.read(name, html).passages().forEach(p -> bodies.add(p.text()));
        } else if (attachment || type.equals("message/rfc822")) {
            String childName = fileName != null ? fileName : "attachment-" + (children.size() + 1);
            if (depth + 1 > maxNesting) {
                problems.add(childName + ": attachment nested deeper than " + maxNesting + " levels, not read");
                return;
            }
            try {
                children.add(documents.read(childName, content, depth + 1, monitor));
            } catch (ExtractionException e) {
                problems.add(e.getMessage());
            }
        }
    }

    private static Part parse(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        String head;
        int bodyStart;
        if (raw.startsWith("\r\n") || raw.startsWith("\n")) {
            head = "";
            bodyStart = raw.startsWith("\r\n") ? 2 : 1;
        } else {
            int lf = raw.indexOf("\n\n");
            int crlf = raw.indexOf("\r\n\r\n");
            if (crlf >= 0 && (lf < 0 || crlf < lf)) {
                head = raw.substring(0, crlf);
                bodyStart = crlf + 4;
            } else if (lf >= 0) {
                head = raw.substring(0, lf);
                bodyStart = lf + 2;
            } else {
                head = raw;
                bodyStart = raw.length();
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String unfolded = head.replaceAll("\r?\n[ \t]+", " ");
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        byte[] body = raw.substring(bodyStart).getBytes(StandardCharsets.ISO_8859_1);
        return new Part(headers, body);
    }

    private static List<Part> split(byte[] body, String boundary) {
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        int pos = raw.startsWith(delimiter) ? 0 : raw.indexOf("\n" + delimiter);
        while (pos >= 0) {
            int lineStart = raw.indexOf(delimiter, pos);
            int after = lineStart + delimiter.length();
            if (raw.startsWith("--", after)) {
                break;
            }
            int contentStart = raw.indexOf('\n', after);
            if (contentStart < 0) {
                break;
            }
            contentStart++;
            int next = raw.indexOf("\n" + delimiter, contentStart - 1);
            int contentEnd = next < 0 ? raw.length() : next;
            if (contentEnd > contentStart && raw.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            String partText = raw.substring(contentStart, Math.max(contentStart, contentEnd));
            parts.add(parse(partText.getBytes(StandardCharsets.ISO_8859_1)));
            pos = next;
        }
        return parts;
    }

    private static byte[] decodeTransfer(Part part) {
        String encoding = part.headers().getOrDefault("content-transfer-encoding", "7bit").strip()
                .toLowerCase(Locale.ROOT);
        return switch (encoding) {
        case "base64" -> Base64.getMimeDecoder().decode(part.body());
        case "quoted-printable" -> decodeQuotedPrintable(new String(part.body(), StandardCharsets.ISO_8859_1), false);
        default -> part.body();
        };
    }

    /** Decodes quoted-printable; in {@code header} mode (RFC 2047 "Q"), {@code _} is a space. */
    static byte[] decodeQuotedPrintable(String s, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i += s.charAt(i + 1) == '\r' && i + 2 < s.length() && s.charAt(i + 2) == '\n' ? 2 : 1;
            } else if (c == '=' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (header && c == '_') {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String decodeText(byte[] content, String charset) {
        return Charsets.decode(content, charset);
    }

    /** Decodes RFC 2047 encoded words ({@code =?UTF-8?B?...?=}); adjacent encoded words join without space. */
    static String decodeWords(String value) {
        if (value == null) {
            return null;
        }
        String joined = value.replaceAll("(\\?=)\\s+(=\\?)", "$1$2");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset cs = Charsets.lookup(m.group(1));
            String text;
            if (cs == null) {
                text = m.group();
            } else {
                byte[] b = m.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(m.group(3))
                        : decodeQuotedPrintable(m.group(3), true);
                text = new String(b, cs);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static Instant parseDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
