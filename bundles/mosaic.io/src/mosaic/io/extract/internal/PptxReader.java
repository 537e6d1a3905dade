package mosaic.io.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * Reads a PowerPoint presentation (PPTX) with the JDK's XML parser: one passage of kind {@link Passage#SLIDE} per
 * slide, in the presentation's order, with the text of its shapes, tables and groups a paragraph a line, then
 * its speaker notes as a passage of kind {@link Passage#NOTES}. The zip is checked against the zip-bomb limits
 * first, as a DOCX is.
 */
final class PptxReader {

    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private PptxReader() {
    }

    static Extracted read(String name, byte[] bytes, ExtractOptions options) throws ExtractionException {
        Map<String, byte[]> parts = Zips.inflate(name, bytes, options, "PPTX");
        List<Passage> passages = new ArrayList<>();
        try {
            for (String slide : slides(parts)) {
                String text = text(parts.get(slide), false);
                if (!text.isBlank()) {
                    passages.add(new Passage(passages.size() + 1, Passage.SLIDE, text));
                }
                String notes = target(parts, slide, "/notesSlide");
                if (notes != null && parts.containsKey(notes)) {
                    String noteText = text(parts.get(notes), true);
                    if (!noteText.isBlank()) {
                        passages.add(new Passage(passages.size() + 1, Passage.NOTES, noteText));
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt PPTX (" + e.getMessage() + ")", e);
        }
        Map<String, String> core = OfficeProperties.core(parts.get("docProps/core.xml"));
        DocumentMetadata metadata = new DocumentMetadata(PdfReader.blankToNull(core.get("title")),
                PdfReader.blankToNull(core.get("creator")), DocxReader.instant(core.get("created")),
                Classification.first(Classification.fromLine(core.get("category")), Classification.fromBanner(passages)));
        return new Extracted(name, MediaType.PPTX, passages, metadata, List.of(), List.of());
    }

    /** @return the slides' part names in the presentation's order (else in their numbers' order) */
    private static List<String> slides(Map<String, byte[]> parts) throws XMLStreamException {
        Map<String, String> rels = relationships(parts, "ppt/presentation.xml");
        List<String> order = new ArrayList<>();
        byte[] presentation = parts.get("ppt/presentation.xml");
        if (presentation != null) {
            XMLStreamReader r = Xml.reader(presentation);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && P.equals(r.getNamespaceURI())
                        && r.getLocalName().equals("sldId")) {
                    String target = rels.get(r.getAttributeValue(R, "id"));
                    if (target != null && parts.containsKey(target)) {
                        order.add(target);
                    }
                }
            }
        }
        if (order.isEmpty()) {
            parts.keySet().stream().filter(k -> k.matches("ppt/slides/slide\\d+\\.xml"))
                    .sorted(Comparator.comparingInt(k -> Integer.parseInt(k.replaceAll("\\D", ""))))
                    .forEach(order::add);
        }
        return order;
    }

    /** @return the part a relationship of the given type (ending) points to from the part, or {@code null} */
    private static String target(Map<String, byte[]> parts, String part, String typeEnding) throws XMLStreamException {
        for (Map.Entry<String, String[]> rel : relationshipTypes(parts, part).entrySet()) {
            if (rel.getValue()[0].endsWith(typeEnding)) {
                return rel.getValue()[1];
            }
        }
        return null;
    }

    private static Map<String, String> relationships(Map<String, byte[]> parts, String part) throws XMLStreamException {
        Map<String, String> targets = new LinkedHashMap<>();
        relationshipTypes(parts, part).forEach((id, typeTarget) -> targets.put(id, typeTarget[1]));
        return targets;
    }

    /** @return by relationship id: its type and its target resolved against the part's folder */
    private static Map<String, String[]> relationshipTypes(Map<String, byte[]> parts, String part)
            throws XMLStreamException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        byte[] xml = parts.get(folder + "_rels/" + part.substring(slash + 1) + ".rels");
        Map<String, String[]> rels = new LinkedHashMap<>();
        if (xml == null) {
            return rels;
        }
        XMLStreamReader r = Xml.reader(xml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("Relationship")
                    && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                rels.put(r.getAttributeValue(null, "Id"), new String[] { String.valueOf(r.getAttributeValue(null, "Type")),
                        resolve(folder, String.valueOf(r.getAttributeValue(null, "Target"))) });
            }
        }
        return rels;
    }

    private static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> path = new ArrayList<>(List.of((folder + target).split("/")));
        List<String> out = new ArrayList<>();
        for (String segment : path) {
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                out.add(segment);
            }
        }
        return String.join("/", out);
    }

    /**
     * @param notes a notes page: its placeholders for the slide's image and number are left out
     * @return the DrawingML paragraphs of a slide or notes page, a line each
     */
    private static String text(byte[] xml, boolean notes) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = null;
        XMLStreamReader r = Xml.reader(xml);
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (MC.equals(ns) && local.equals("Fallback")) {
                    Xml.skip(r);
                } else if (notes && P.equals(ns) && local.equals("ph")
                        && ("sldNum".equals(r.getAttributeValue(null, "type"))
                                || "sldImg".equals(r.getAttributeValue(null, "type")))) {
                    paragraph = null;
                    skipShape(r);
                } else if (A.equals(ns)) {
                    switch (local) {
                    case "p" -> paragraph = new StringBuilder();
                    case "t" -> {
                        String t = r.getElementText();
                        if (paragraph != null) {
                            paragraph.append(t);
                        }
                    }
                    case "br" -> {
                        if (paragraph != null) {
                            paragraph.append('\n');
                        }
                    }
                    default -> {
                        // no text of its own
                    }
                    }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && A.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("p") && paragraph != null) {
                if (!paragraph.toString().isBlank()) {
                    out.append(out.isEmpty() ? "" : "\n").append(paragraph.toString().strip());
                }
                paragraph = null;
            }
        }
        return out.toString();
    }

    /** Skips to the end of the shape ({@code p:sp}) the reader is in. */
    private static void skipShape(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.END_ELEMENT && P.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("sp")) {
                return;
            }
        }
    }
}
