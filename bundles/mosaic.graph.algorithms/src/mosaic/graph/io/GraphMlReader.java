package mosaic.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import mosaic.graph.SubProgress;
import mosaic.graph.io.AttributeKey.Domain;

/** One reading of one GraphML stream; see {@link GraphMl#read(InputStream, String)} for the rules. */
final class GraphMlReader {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** How data under a key is read. */
    private enum Use {
        /** An attribute value. */
        VALUE,
        /** yEd graphics, read for the label. */
        GRAPHICS,
        /** For elements this reader drops (graphml, port, hyperedge, endpoint) or other yEd data. */
        IGNORED
    }

    private record Key(String id, Use use, AttributeKey key) {
    }

    private record PendingEdge(DocEdge edge, int line, int column) {
    }

    private static final int PROGRESS_EVERY = 4096;

    private final XMLStreamReader xml;
    private final String name;
    private final SubProgress monitor;
    private final LongSupplier bytesRead;
    private long reportedBytes;
    private int elementsSinceCheck;

    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final List<AttributeKey> nodeDefaults = new ArrayList<>();
    private final List<AttributeKey> edgeDefaults = new ArrayList<>();
    private final List<AttributeKey> graphDefaults = new ArrayList<>();
    private final Map<String, String> graphAttributes = new LinkedHashMap<>();
    private final List<DocNode> nodes = new ArrayList<>();
    private final Map<DocNode, Integer> nodeLines = new java.util.IdentityHashMap<>();
    private final Set<String> nodeIds = new HashSet<>();
    private final Set<String> edgeIds = new HashSet<>();
    private final List<PendingEdge> edges = new ArrayList<>();
    private boolean directed;
    private boolean nodeYedLabels;
    private boolean edgeYedLabels;

    private GraphMlReader(XMLStreamReader xml, String name, SubProgress monitor, LongSupplier bytesRead) {
        this.xml = xml;
        this.name = name;
        this.monitor = monitor;
        this.bytesRead = bytesRead;
    }

    /** A factory that reads no DTD and resolves no external entity. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        return f;
    }

    /**
     * Reads a whole document. {@code monitor} is worked by kilobytes of {@code bytesRead} (it must
     * have been given that many units or be set to work remaining on its own).
     */
    static GraphDocument read(InputStream in, String name, SubProgress monitor, LongSupplier bytesRead)
            throws IOException {
        XMLStreamReader xml;
        try {
            xml = secureFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(name, e);
        }
        try {
            return new GraphMlReader(xml, name, monitor, bytesRead).document();
        } catch (XMLStreamException e) {
            throw notWellFormed(name, e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing more to read; the stream is the caller's
            }
        }
    }

    /** The exception for a parser error: the stream's own if reading failed, else a format error. */
    private static IOException notWellFormed(String name, XMLStreamException e) {
        if (e.getNestedException() instanceof IOException io) {
            return io;
        }
        Location at = e.getLocation();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: "); // the JDK prefixes "ParseError at [row,col]:[l,c]"
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        return new GraphFormatException(name, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(),
                "not well-formed XML: " + message.strip(), e);
    }

    private GraphDocument document() throws XMLStreamException, GraphFormatException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE is not allowed in GraphML (no DTD or entity is read)");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("no root element");
            }
            event = xml.next();
        }
        if (!isGraphMl("graphml")) {
            throw fail("not GraphML: the root element is <" + xml.getName() + ">, expected <graphml>");
        }
        boolean graphRead = false;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isGraphMl("key")) {
                readKey();
            } else if (isGraphMl("graph") && !graphRead) {
                readGraph(true, false);
                graphRead = true;
            } else {
                skip(); // later graphs, graphml-level data, desc, foreign elements
            }
        }
        if (!graphRead) {
            throw fail("no <graph> element");
        }
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE is not allowed in GraphML (no DTD or entity is read)");
            }
        }
        return build();
    }

    /** Moves to the next child start or the end of the current element, passing text and comments. */
    private int next() throws XMLStreamException, GraphFormatException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("unexpected end of document");
            }
        }
    }

    /** Skips the current element with everything inside it. */
    private void skip() throws XMLStreamException, GraphFormatException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
        }
    }

    private boolean isGraphMl(String localName) {
        String ns = xml.getNamespaceURI();
        return localName.equals(xml.getLocalName()) && (ns == null || ns.isEmpty() || ns.equals(NS));
    }

    private String attribute(String localName) {
        return xml.getAttributeValue(null, localName);
    }

    private GraphFormatException fail(String problem) {
        Location at = xml.getLocation();
        return new GraphFormatException(name, at.getLineNumber(), at.getColumnNumber(), problem);
    }

    private GraphFormatException fail(int line, int column, String problem) {
        return new GraphFormatException(name, line, column, problem);
    }

    private void readKey() throws XMLStreamException, GraphFormatException {
        String id = attribute("id");
        if (id == null) {
            throw fail("<key> without id");
        }
        if (keys.containsKey(id)) {
            throw fail("key '" + id + "' is declared twice");
        }
        String forValue = attribute("for");
        String yfilesType = attribute("yfiles.type");
        Domain domain = switch (forValue == null ? "all" : forValue) {
        case "node" -> Domain.NODE;
        case "edge" -> Domain.EDGE;
        case "graph" -> Domain.GRAPH;
        case "all" -> Domain.ALL;
        case "graphml", "port", "hyperedge", "endpoint" -> null;
        default -> throw fail("key '" + id + "': unknown for=\"" + forValue + "\"");
        };
        if (domain == null || yfilesType != null) {
            boolean graphics = domain != null && (yfilesType.equals("nodegraphics") || yfilesType.equals("edgegraphics"));
            keys.put(id, new Key(id, graphics ? Use.GRAPHICS : Use.IGNORED, null));
            skip();
            return;
        }
        String type = attribute("attr.type");
        if (type == null) {
            type = "string"; // GraphML's default
        } else if (type.equals("integer")) {
            type = "int";
        }
        if (!AttributeKey.TYPES.contains(type)) {
            throw fail("key '" + id + "': unknown attr.type \"" + type + "\", expected one of " + AttributeKey.TYPES);
        }
        String attrName = attribute("attr.name");
        if (attrName == null) {
            attrName = id;
        }
        for (Key other : keys.values()) {
            if (other.key() != null && other.key().name().equals(attrName) && other.key().domain().covers(domain)) {
                throw fail("keys '" + other.id() + "' and '" + id + "' both declare '" + attrName + "' for "
                        + domain.xmlName());
            }
        }
        String defaultValue = null;
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isGraphMl("default")) {
                Location at = xml.getLocation();
                String text = text();
                defaultValue = AttributeKey.normalize(type, text);
                if (defaultValue == null) {
                    throw fail(at.getLineNumber(), at.getColumnNumber(),
                            "default '" + text + "' of key '" + id + "' is not " + AttributeKey.article(type));
                }
            } else {
                skip();
            }
        }
        AttributeKey key = new AttributeKey(id, attrName, domain, type, defaultValue);
        keys.put(id, new Key(id, Use.VALUE, key));
        if (defaultValue != null) {
            for (Domain d : new Domain[] { Domain.NODE, Domain.EDGE, Domain.GRAPH }) {
                if (key.appliesTo(d)) {
                    defaults(d).add(key);
                }
            }
        }
    }

    private List<AttributeKey> defaults(Domain d) {
        return switch (d) {
        case NODE -> nodeDefaults;
        case EDGE -> edgeDefaults;
        default -> graphDefaults;
        };
    }

    /**
     * Reads a graph; nested graphs (in yEd groups and folders) are flattened into the document.
     * Data of nested graphs is dropped.
     */
    private void readGraph(boolean root, boolean parentDirected) throws XMLStreamException, GraphFormatException {
        String edgeDefault = attribute("edgedefault");
        boolean graphDirected;
        if (edgeDefault == null) {
            graphDirected = root ? false : parentDirected;
        } else if (edgeDefault.equals("directed") || edgeDefault.equals("undirected")) {
            graphDirected = edgeDefault.equals("directed");
        } else {
            throw fail("edgedefault must be \"directed\" or \"undirected\", not \"" + edgeDefault + "\"");
        }
        if (root) {
            directed = graphDirected;
        }
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isGraphMl("node")) {
                readNode(graphDirected);
            } else if (isGraphMl("edge")) {
                readEdge(graphDirected);
            } else if (isGraphMl("hyperedge")) {
                throw fail("hyperedges are not supported");
            } else if (isGraphMl("data") && root) {
                readData(Domain.GRAPH, graphAttributes, null);
            } else {
                skip();
            }
            progress();
        }
        if (root) {
            applyDefaults(graphDefaults, graphAttributes);
        }
    }

    private void readNode(boolean graphDirected) throws XMLStreamException, GraphFormatException {
        int line = xml.getLocation().getLineNumber();
        String id = attribute("id");
        if (id == null) {
            throw fail("<node> without id");
        }
        if (!nodeIds.add(id)) {
            throw fail("duplicate node id '" + id + "'");
        }
        int slot = nodes.size();
        nodes.add(null); // a group node comes before the nodes it holds
        Map<String, String> values = new LinkedHashMap<>();
        String[] label = new String[1];
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isGraphMl("data")) {
                readData(Domain.NODE, values, label);
            } else if (isGraphMl("graph")) {
                readGraph(false, graphDirected);
            } else {
                skip(); // ports, locators, desc
            }
        }
        addYedLabel(values, label[0], Domain.NODE);
        applyDefaults(nodeDefaults, values);
        DocNode node = new DocNode(id, values);
        nodes.set(slot, node);
        nodeLines.put(node, line);
    }

    private void readEdge(boolean graphDirected) throws XMLStreamException, GraphFormatException {
        Location at = xml.getLocation();
        String id = attribute("id");
        String source = attribute("source");
        String target = attribute("target");
        String directedValue = attribute("directed");
        if (source == null || target == null) {
            throw fail("<edge" + (id == null ? "" : " id='" + id + "'") + "> without " + (source == null ? "source" : "target"));
        }
        if (id != null && !edgeIds.add(id)) {
            throw fail("duplicate edge id '" + id + "'");
        }
        Boolean edgeDirected;
        if (directedValue == null) {
            edgeDirected = graphDirected == directed ? null : graphDirected;
        } else if (directedValue.equals("true") || directedValue.equals("false")) {
            edgeDirected = Boolean.valueOf(directedValue);
        } else {
            throw fail("directed must be \"true\" or \"false\", not \"" + directedValue + "\"");
        }
        Map<String, String> values = new LinkedHashMap<>();
        String[] label = new String[1];
        while (next() == XMLStreamConstants.START_ELEMENT) {
            if (isGraphMl("data")) {
                readData(Domain.EDGE, values, label);
            } else if (isGraphMl("graph")) {
                readGraph(false, graphDirected);
            } else {
                skip();
            }
        }
        addYedLabel(values, label[0], Domain.EDGE);
        applyDefaults(edgeDefaults, values);
        edges.add(new PendingEdge(new DocEdge(id, source, target, edgeDirected, values), at.getLineNumber(),
                at.getColumnNumber()));
    }

    /** Reads a data element into {@code values}; yEd graphics put their label text in {@code label[0]}. */
    private void readData(Domain domain, Map<String, String> values, String[] label)
            throws XMLStreamException, GraphFormatException {
        Location at = xml.getLocation();
        String keyId = attribute("key");
        if (keyId == null) {
            throw fail("<data> without key");
        }
        Key key = keys.get(keyId);
        if (key == null) {
            throw fail("data refers to undeclared key '" + keyId + "'");
        }
        switch (key.use()) {
        case IGNORED -> skip();
        case GRAPHICS -> {
            String text = yedLabel(domain == Domain.NODE ? "NodeLabel" : "EdgeLabel");
            if (label != null && label[0] == null) {
                label[0] = text;
            }
        }
        case VALUE -> {
            AttributeKey attr = key.key();
            if (!attr.appliesTo(domain)) {
                throw fail("key '" + keyId + "' is declared for " + attr.domain().xmlName() + ", not for "
                        + domain.xmlName());
            }
            String text = text();
            String value = AttributeKey.normalize(attr.type(), text);
            if (value == null) {
                throw fail(at.getLineNumber(), at.getColumnNumber(), "value '" + text + "' of '" + attr.name()
                        + "' (key '" + keyId + "') is not " + AttributeKey.article(attr.type()));
            }
            values.put(attr.name(), value);
        }
        }
    }

    /** All text inside the current element; leaves the reader on its end. */
    private String text() throws XMLStreamException, GraphFormatException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> depth++;
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            case XMLStreamConstants.END_DOCUMENT -> throw fail("unexpected end of document");
            default -> {
                // comments, processing instructions
            }
            }
        }
        return text.toString();
    }

    /**
     * The text of the first non-blank yEd label element ({@code y:NodeLabel} or {@code y:EdgeLabel},
     * its own text without that of its children, stripped) inside the current data element, or
     * {@code null}; leaves the reader on the end of the data element.
     */
    private String yedLabel(String labelElement) throws XMLStreamException, GraphFormatException {
        String label = null;
        int depth = 1;
        int labelDepth = -1;
        StringBuilder text = new StringBuilder();
        while (depth > 0) {
            switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> {
                depth++;
                if (label == null && labelDepth < 0 && labelElement.equals(xml.getLocalName())) {
                    labelDepth = depth;
                    text.setLength(0);
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                if (depth == labelDepth) {
                    String s = text.toString().strip();
                    label = s.isEmpty() ? null : s;
                    labelDepth = -1;
                }
                depth--;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (depth == labelDepth) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
            case XMLStreamConstants.END_DOCUMENT -> throw fail("unexpected end of document");
            default -> {
                // comments, processing instructions
            }
            }
        }
        return label;
    }

    /**
     * A yEd label becomes attribute "label" when the element has no label value of its own and no
     * key declares "label" with a type other than string.
     */
    private void addYedLabel(Map<String, String> values, String label, Domain domain) {
        if (label == null || values.containsKey("label")) {
            return;
        }
        AttributeKey declared = declaredKey(domain, "label");
        if (declared == null || declared.type().equals("string")) {
            values.put("label", label);
            nodeYedLabels |= declared == null && domain == Domain.NODE;
            edgeYedLabels |= declared == null && domain == Domain.EDGE;
        }
    }

    private AttributeKey declaredKey(Domain domain, String attrName) {
        for (Key key : keys.values()) {
            if (key.key() != null && key.key().name().equals(attrName) && key.key().appliesTo(domain)) {
                return key.key();
            }
        }
        return null;
    }

    private static void applyDefaults(List<AttributeKey> defaults, Map<String, String> values) {
        for (AttributeKey key : defaults) {
            values.putIfAbsent(key.name(), key.defaultValue());
        }
    }

    private void progress() {
        if (++elementsSinceCheck < PROGRESS_EVERY) {
            return;
        }
        elementsSinceCheck = 0;
        if (monitor.isCanceled()) {
            throw new CancellationException();
        }
        long read = bytesRead.getAsLong();
        int kilobytes = (int) ((read - reportedBytes) >> 10);
        if (kilobytes > 0) {
            monitor.worked(kilobytes);
            reportedBytes += (long) kilobytes << 10;
        }
    }

    private GraphDocument build() throws GraphFormatException {
        for (PendingEdge p : edges) {
            DocEdge e = p.edge();
            for (String end : new String[] { e.source(), e.target() }) {
                if (!nodeIds.contains(end)) {
                    throw fail(p.line(), p.column(), "edge " + e.describe() + " refers to undeclared node '" + end + "'");
                }
            }
        }
        GraphDocument doc = new GraphDocument(directed);
        Set<String> ids = new HashSet<>(keys.keySet());
        for (Key key : keys.values()) {
            if (key.key() != null) {
                doc.declare(key.key());
            }
        }
        if (nodeYedLabels) {
            doc.declare(new AttributeKey(freeId(ids, "label"), "label", Domain.NODE, "string", null));
        }
        if (edgeYedLabels) {
            doc.declare(new AttributeKey(freeId(ids, "edgelabel"), "label", Domain.EDGE, "string", null));
        }
        graphAttributes.forEach(doc::putGraphAttribute);
        for (DocNode node : nodes) {
            doc.setLine(doc.addNode(node), nodeLines.getOrDefault(node, 0));
        }
        for (PendingEdge p : edges) {
            doc.setLine(doc.addEdge(p.edge()), p.line());
        }
        return doc;
    }

    private static String freeId(Set<String> ids, String base) {
        String id = base;
        for (int i = 1; !ids.add(id); i++) {
            id = base + i;
        }
        return id;
    }
}
