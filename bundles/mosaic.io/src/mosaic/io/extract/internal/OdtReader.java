package mosaic.io.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;
import mosaic.io.extract.Passage;

/**
 * Reads an OpenDocument text (ODT, as LibreOffice writes it) with the JDK's XML parser: the page headers of
 * {@code styles.xml}'s master pages, the body of {@code content.xml} (headings, paragraphs, lists, table cells,
 * hyperlinks' text, fields' shown values), then the footers. A footnote or endnote, a comment (annotation) and a
 * frame's text box follow the paragraph that holds them as passages of their kind; an image's title and
 * description as one of kind {@link Passage#IMAGE}. Tracked changes: the text as it reads now, insertions kept,
 * the deleted text that {@code text:tracked-changes} keeps aside left out (see {@link DocxReader}). The zip is
 * checked against the zip-bomb limits first.
 */
final class OdtReader {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private OdtReader() {
    }

    static Extracted read(String name, byte[] bytes, ExtractOptions options) throws ExtractionException {
        Map<String, byte[]> parts = Zips.inflate(name, bytes, options, "ODT");
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw new ExtractionException(name, "corrupt ODT (no content.xml)", null);
        }
        List<String[]> texts = new ArrayList<>();
        try {
            List<String[]> pageStyles = parts.containsKey("styles.xml") ? text(parts.get("styles.xml"), null)
                    : List.of();
            pageStyles.stream().filter(t -> t[0].equals(Passage.HEADER)).forEach(texts::add);
            texts.addAll(text(content, Passage.PARAGRAPH));
            pageStyles.stream().filter(t -> !t[0].equals(Passage.HEADER)).forEach(texts::add);
        } catch (XMLStreamException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt ODT (" + e.getMessage() + ")", e);
        }
        List<Passage> passages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String[] t : texts) {
            String text = t[1].strip();
            boolean page = t[0].equals(Passage.HEADER) || t[0].equals(Passage.FOOTER);
            if (!text.isEmpty() && !(page && seen.contains(t[0] + '\n' + text))) {
                seen.add(t[0] + '\n' + text);
                passages.add(new Passage(passages.size() + 1, t[0], text));
            }
        }
        Map<String, String> meta = OfficeProperties.core(parts.get("meta.xml"));
        String author = Classification.first(meta.get("initial-creator"), meta.get("creator"));
        DocumentMetadata metadata = new DocumentMetadata(PdfReader.blankToNull(meta.get("title")),
                PdfReader.blankToNull(author), DocxReader.instant(meta.get("creation-date")),
                Classification.first(Classification.fromLine(meta.get("subject")), Classification.fromBanner(passages)));
        return new Extracted(name, MediaType.ODT, passages, metadata, List.of(), List.of());
    }

    /**
     * @param base the kind of paragraphs outside any note, comment, frame, header or footer; {@code null} to keep
     *             only those inside one (styles.xml)
     * @return each paragraph's kind and text in reading order
     */
    private static List<String[]> text(byte[] xml, String base) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        List<StringBuilder> open = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        kinds.add(base);
        List<String[]> pending = new ArrayList<>();
        XMLStreamReader r = Xml.reader(xml);
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                String kind = opens(ns, local, r);
                if (kind != null) {
                    kinds.add(kind);
                } else if (TEXT.equals(ns)) {
                    switch (local) {
                    case "p", "h" -> open.add(new StringBuilder());
                    case "s" -> {
                        String c = r.getAttributeValue(TEXT, "c");
                        append(open, " ".repeat(c == null ? 1 : Math.min(100, Math.max(1, parse(c)))));
                    }
                    case "tab" -> append(open, "\t");
                    case "line-break" -> append(open, "\n");
                    case "tracked-changes", "note-citation", "sequence-decls", "user-field-decls",
                            "variable-decls" -> Xml.skip(r);
                    default -> {
                        // spans, links, fields: their text is their content
                    }
                    }
                } else if (DC.equals(ns) || OFFICE.equals(ns) && local.equals("forms")) {
                    Xml.skip(r); // a comment's author and date
                } else if (SVG.equals(ns) && (local.equals("title") || local.equals("desc"))) {
                    String alt = r.getElementText().strip();
                    if (!alt.isEmpty()) {
                        (open.isEmpty() ? out : pending).add(new String[] { Passage.IMAGE, alt });
                    }
                }
            } else if (event == XMLStreamReader.CHARACTERS) {
                append(open, r.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (closes(ns, local)) {
                    kinds.remove(kinds.size() - 1);
                } else if (TEXT.equals(ns) && (local.equals("p") || local.equals("h")) && !open.isEmpty()) {
                    String kind = kinds.get(kinds.size() - 1);
                    String[] paragraph = { kind, open.remove(open.size() - 1).toString() };
                    if (kind == null) {
                        continue;
                    }
                    if (open.isEmpty()) {
                        out.add(paragraph);
                        out.addAll(pending);
                        pending.clear();
                    } else {
                        pending.add(paragraph);
                    }
                }
            }
        }
        out.addAll(pending);
        r.close();
        return out;
    }

    /** @return the kind of the paragraphs inside the element that starts, if it is a note, comment, frame or page region */
    private static String opens(String ns, String local, XMLStreamReader r) {
        if (TEXT.equals(ns) && local.equals("note")) {
            return "endnote".equals(r.getAttributeValue(TEXT, "note-class")) ? Passage.ENDNOTE : Passage.FOOTNOTE;
        }
        if (OFFICE.equals(ns) && local.equals("annotation")) {
            return Passage.COMMENT;
        }
        if (DRAW.equals(ns) && local.equals("text-box")) {
            return Passage.TEXTBOX;
        }
        if (STYLE.equals(ns) && local.startsWith("header") && !local.contains("style")) {
            return Passage.HEADER;
        }
        if (STYLE.equals(ns) && local.startsWith("footer") && !local.contains("style")) {
            return Passage.FOOTER;
        }
        return null;
    }

    private static boolean closes(String ns, String local) {
        return TEXT.equals(ns) && local.equals("note") || OFFICE.equals(ns) && local.equals("annotation")
                || DRAW.equals(ns) && local.equals("text-box")
                || STYLE.equals(ns) && (local.startsWith("header") || local.startsWith("footer")) && !local.contains("style");
    }

    private static void append(List<StringBuilder> open, String s) {
        if (!open.isEmpty()) {
            open.get(open.size() - 1).append(s);
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
