package mosaic.io.extract.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads a DOCX's WordprocessingML parts with the JDK's XML parser, every part that holds text, in reading order:
 * the headers, the body (paragraphs, table cells' paragraphs however deeply tables nest, hyperlinks' text, fields'
 * results), then the footnotes, endnotes, comments and footers. A text box's paragraphs (DrawingML or VML
 * {@code w:txbxContent}) and an image's title and description follow the paragraph that anchors them, as
 * passages of kind {@link Passage#TEXTBOX} and {@link Passage#IMAGE}; body paragraphs are of kind
 * {@link Passage#PARAGRAPH}, the other parts of the kind naming them. Documents embedded in the file (an xlsx or a
 * docx in {@code word/embeddings}) are extracted as child documents, as an e-mail's attachments are.
 * <p>
 * <b>Tracked changes</b>: the text is the document as it reads now. Tracked insertions are kept; tracked deletions
 * ({@code w:delText} in {@code w:del}, and the source of a tracked move) are left out, so that a claim an author
 * struck out is not indexed as what the document says. A field's code ({@code w:instrText}) is left out, its shown
 * result kept. The same choice is made for every format that records changes (ODT, RTF, DOC).
 * <p>
 * Before anything is parsed, every zip entry is inflated and counted so that a zip bomb is refused by total size and
 * by compression ratio.
 */
final class DocxReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String V = "urn:schemas-microsoft-com:vml";
    private static final Pattern MAIN_PART = Pattern.compile(
            "PartName=\"/?([^\"]+)\"\\s+ContentType=\"[^\"]*(?:wordprocessingml\\.(?:document|template)|ms-word\\.(?:document|template)\\.macroEnabled[^\"]*?)\\.main\\+xml\"");
    private static final Pattern NUMBERED = Pattern.compile("\\D*(\\d*)\\.xml");

    private DocxReader() {
    }

    static Extracted read(String name, byte[] bytes, ExtractOptions options, DocumentReader documents, int depth,
            IProgressMonitor monitor) throws ExtractionException {
        Map<String, byte[]> parts = Zips.inflate(name, bytes, options, "DOCX");
        String main = mainPart(parts);
        if (!parts.containsKey(main)) {
            throw new ExtractionException(name, "corrupt DOCX (no main document part " + main + ")", null);
        }
        List<Passage> passages = new ArrayList<>();
        try {
            for (String header : numbered(parts, "word/header")) {
                add(passages, text(parts.get(header), Passage.HEADER), true);
            }
            add(passages, text(parts.get(main), Passage.PARAGRAPH), false);
            add(passages, text(parts.get("word/footnotes.xml"), Passage.FOOTNOTE), false);
            add(passages, text(parts.get("word/endnotes.xml"), Passage.ENDNOTE), false);
            add(passages, text(parts.get("word/comments.xml"), Passage.COMMENT), false);
            for (String footer : numbered(parts, "word/footer")) {
                add(passages, text(parts.get(footer), Passage.FOOTER), true);
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt DOCX (" + e.getMessage() + ")", e);
        }
        List<Extracted> children = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().startsWith("word/embeddings/") && part.getValue().length > 0) {
                documents.child(embedded(part.getKey(), part.getValue()), OfficeEmbeds.unwrap(part.getValue()),
                        depth, monitor, children, problems, "embedded document");
            }
        }
        return new Extracted(name, MediaType.DOCX, passages, metadata(parts, passages), children, problems);
    }

    private static String embedded(String entry, byte[] content) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    private static String mainPart(Map<String, byte[]> parts) {
        byte[] types = parts.get("[Content_Types].xml");
        if (types != null) {
            Matcher m = MAIN_PART.matcher(new String(types, StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "word/document.xml";
    }

    /** @return the parts named prefix, prefix1, prefix2... in the order of their numbers */
    private static List<String> numbered(Map<String, byte[]> parts, String prefix) {
        return parts.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith(".xml") && !k.contains("/_rels/"))
                .filter(k -> k.indexOf('/', prefix.length()) < 0)
                .sorted(Comparator.comparingInt((String k) -> {
                    Matcher m = NUMBERED.matcher(k.substring(prefix.length()));
                    return m.matches() && !m.group(1).isEmpty() ? Integer.parseInt(m.group(1)) : 0;
                }).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Adds the texts as passages numbered on; {@code once}: a text met already (the same header twice) is not added again. */
    private static void add(List<Passage> passages, List<String[]> texts, boolean once) {
        Set<String> seen = new LinkedHashSet<>();
        if (once) {
            passages.forEach(p -> seen.add(p.kind() + '\n' + p.text()));
        }
        for (String[] kindText : texts) {
            String text = kindText[1].strip();
            if (!text.isEmpty() && (!once || seen.add(kindText[0] + '\n' + text))) {
                passages.add(new Passage(passages.size() + 1, kindText[0], text));
            }
        }
    }

    /**
     * @param xml  a WordprocessingML part, or {@code null}
     * @param kind the kind of its paragraphs
     * @return each paragraph's kind and text in reading order (text boxes' paragraphs and images' descriptions
     *         after the paragraph that anchors them)
     */
    static List<String[]> text(byte[] xml, String kind) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        if (xml == null) {
            return out;
        }
        XMLStreamReader r = Xml.reader(xml);
        List<StringBuilder> open = new ArrayList<>();
        List<String> kinds = new ArrayList<>(List.of(kind));
        List<String[]> pending = new ArrayList<>();
        int runs = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (MC.equals(ns) && local.equals("Fallback")) {
                    Xml.skip(r); // the same content as the Choice, for older readers
                } else if (W.equals(ns)) {
                    switch (local) {
                    case "p" -> open.add(new StringBuilder());
                    case "r" -> runs++;
                    case "t" -> {
                        String t = r.getElementText();
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).append(t);
                        }
                    }
                    case "tab" -> append(open, runs, "\t");
                    case "br", "cr" -> append(open, runs, "\n");
                    case "noBreakHyphen" -> append(open, runs, "-");
                    case "del", "moveFrom", "instrText", "delInstrText" -> Xml.skip(r);
                    case "txbxContent" -> kinds.add(Passage.TEXTBOX);
                    default -> {
                        // other elements carry no text of their own
                    }
                    }
                } else if (WP.equals(ns) && local.equals("docPr") || V.equals(ns) && local.equals("shape")) {
                    String alt = join(r.getAttributeValue(null, "title"), r.getAttributeValue(null, "descr"),
                            r.getAttributeValue(null, "alt"));
                    if (!alt.isEmpty()) {
                        if (open.isEmpty()) {
                            out.add(new String[] { Passage.IMAGE, alt });
                        } else {
                            pending.add(new String[] { Passage.IMAGE, alt });
                        }
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                case "r" -> runs--;
                case "txbxContent" -> kinds.remove(kinds.size() - 1);
                case "p" -> {
                    if (open.isEmpty()) {
                        break;
                    }
                    String[] paragraph = { kinds.get(kinds.size() - 1), open.remove(open.size() - 1).toString() };
                    if (open.isEmpty()) {
                        out.add(paragraph);
                        out.addAll(pending);
                        pending.clear();
                    } else {
                        pending.add(paragraph);
                    }
                }
                default -> {
                    // nothing to close
                }
                }
            }
        }
        out.addAll(pending);
        r.close();
        return out;
    }

    private static void append(List<StringBuilder> open, int runs, String s) {
        if (runs > 0 && !open.isEmpty()) {
            open.get(open.size() - 1).append(s);
        }
    }

    private static String join(String... values) {
        StringBuilder s = new StringBuilder();
        for (String v : values) {
            if (v != null && !v.isBlank() && s.indexOf(v.strip()) < 0) {
                s.append(s.isEmpty() ? "" : "\n").append(v.strip());
            }
        }
        return s.toString();
    }

    private static DocumentMetadata metadata(Map<String, byte[]> parts, List<Passage> passages) {
        Map<String, String> core = OfficeProperties.core(parts.get("docProps/core.xml"));
        String customMarking = OfficeProperties.custom(parts.get("docProps/custom.xml")).get("Classification");
        String classification = Classification.first(Classification.fromLine(customMarking),
                Classification.fromLine(core.get("category")), Classification.fromBanner(passages));
        return new DocumentMetadata(PdfReader.blankToNull(core.get("title")), PdfReader.blankToNull(core.get("creator")),
                instant(core.get("created")), classification);
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(value.strip()).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
