package mosaic.io.extract.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * A small HTML-to-text reader: a single pass over the markup, no DOM, no scripts, no network. Text of
 * {@code script}, {@code style}, {@code template} and {@code noscript} is dropped; block elements end paragraphs;
 * character references are decoded. {@code <title>} and {@code <meta name="author|date|classification">} give
 * the metadata.
 */
final class HtmlReader {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|<!--.*?-->|<![^>]*>|<\\?[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([-A-Za-z0-9_:.]+)");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd",
            "dt", "dl", "form", "nav", "aside", "main", "body", "html", "title", "td", "th", "caption", "figure");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"),
            Map.entry("ecirc", "ê"), Map.entry("ocirc", "ô"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("deg", "°"), Map.entry("euro", "€"));
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private HtmlReader() {
    }

    /** @return the charset a {@code <meta>} in the first 2 KB declares, or {@code null} */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Extracted read(String name, String html) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder title = new StringBuilder();
        Map<String, String> meta = new HashMap<>();
        String skipping = null;
        boolean inTitle = false;
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            String between = html.substring(last, m.start());
            last = m.end();
            if (inTitle) {
                title.append(between);
            } else if (skipping == null) {
                current.append(between);
            }
            String tagName = m.group(2);
            if (tagName == null) {
                continue;
            }
            String tag = tagName.toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (skipping != null) {
                if (closing && tag.equals(skipping)) {
                    skipping = null;
                } else if (!closing && tag.equals("title")) {
                    inTitle = true;
                } else if (closing && tag.equals("title")) {
                    inTitle = false;
                } else if (!closing && tag.equals("meta")) {
                    readMeta(m.group(3), meta);
                }
                continue;
            }
            if (tag.equals("title")) {
                inTitle = !closing;
            } else if (tag.equals("meta") && !closing) {
                readMeta(m.group(3), meta);
            } else if (!closing && SKIPPED.contains(tag) && !m.group(3).endsWith("/")) {
                skipping = tag;
            } else if (BLOCKS.contains(tag)) {
                flush(current, blocks);
            } else {
                current.append(' ');
            }
        }
        if (skipping == null) {
            current.append(html.substring(last));
        }
        flush(current, blocks);
        List<Passage> passages = Paragraphs.number(blocks, Passage.PARAGRAPH);
        String t = collapse(decode(title.toString()));
        String classification = Classification.first(Classification.fromLine(meta.get("classification")),
                Classification.fromBanner(passages));
        DocumentMetadata metadata = new DocumentMetadata(t.isEmpty() ? null : t, meta.get("author"),
                parseDate(Classification.first(meta.get("date"), meta.get("dcterms.created"),
                        meta.get("dc.date"))),
                classification);
        return new Extracted(name, MediaType.HTML, passages, metadata, List.of(), List.of());
    }

    private static void readMeta(String attributes, Map<String, String> meta) {
        Map<String, String> attrs = new HashMap<>();
        Matcher a = ATTR.matcher(attributes);
        while (a.find()) {
            String v = a.group(2);
            if (v.startsWith("\"") || v.startsWith("'")) {
                v = v.substring(1, v.length() - 1);
            }
            attrs.put(a.group(1).toLowerCase(Locale.ROOT), decode(v).strip());
        }
        String key = attrs.get("name");
        if (key != null && attrs.containsKey("content") && !attrs.get("content").isEmpty()) {
            meta.putIfAbsent(key.toLowerCase(Locale.ROOT), attrs.get("content"));
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String text = collapse(decode(current.toString()));
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        current.setLength(0);
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** Decodes named (a common subset) and numeric character references; unknown ones stay as written. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String rep;
            if (ref.startsWith("#")) {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                rep = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } else {
                rep = ENTITIES.getOrDefault(ref.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return an ISO date or date-time as an instant (dates at midnight UTC), or {@code null} */
    static Instant parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
