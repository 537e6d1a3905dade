package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.graph.RandomGraphs;
import mosaic.graph.io.AttributeKey;
import mosaic.graph.io.AttributeKey.Domain;
import mosaic.graph.io.DocEdge;
import mosaic.graph.io.Gexf;
import mosaic.graph.io.GraphDocument;
import mosaic.graph.io.GraphDocuments;

class GexfTest {

    @TempDir
    Path dir;

    /** An element of a parsed GEXF file: its namespace, name, attributes and the path of parent names. */
    private record El(String ns, String name, Map<String, String> attrs, String parent, String grandParent) {
        String get(String attribute) {
            return attrs.get(attribute);
        }
    }

    /** Parses GEXF with a plain StAX reader (which fails on XML that is not well-formed). */
    private static List<El> parse(byte[] gexf) throws XMLStreamException, IOException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<El> elements = new ArrayList<>();
        List<String> path = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(gexf)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    int n = path.size();
                    elements.add(new El(r.getNamespaceURI(), r.getLocalName(), attrs, n > 0 ? path.get(n - 1) : null,
                            n > 1 ? path.get(n - 2) : null));
                    path.add(r.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                }
            }
        }
        return elements;
    }

    private static List<El> named(List<El> elements, String name) {
        return elements.stream().filter(e -> e.name().equals(name)).toList();
    }

    private static byte[] gexf(GraphDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Gexf.write(doc, out);
        return out.toByteArray();
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static GraphDocument sample() {
        GraphDocument doc = new GraphDocument(false);
        doc.declare(new AttributeKey("d0", "label", Domain.ALL, "string", null));
        doc.declare(new AttributeKey("d1", "size", Domain.NODE, "int", "1"));
        doc.declare(new AttributeKey("d2", "x", Domain.NODE, "double", null));
        doc.declare(new AttributeKey("d3", "y", Domain.NODE, "double", null));
        doc.declare(new AttributeKey("d4", "weight", Domain.EDGE, "double", null));
        doc.declare(new AttributeKey("d5", "armed", Domain.NODE, "boolean", null));
        doc.declare(new AttributeKey("d6", "note", Domain.ALL, "string", null));
        doc.declare(new AttributeKey("g0", "mission", Domain.GRAPH, "string", null));
        doc.putGraphAttribute("mission", "MINUSCA");
        doc.addNode("a", map("label", "Alpha <&> \"A\"", "size", "3", "x", "1.5", "y", "-2", "armed", "1"));
        doc.addNode("b&c", map("label", "Beta", "x", "7", "note", "no y, no position"));
        doc.addNode("c", map("colour", "red"));
        doc.addEdge(new DocEdge("e1", "a", "b&c", null, map("weight", "2.5", "label", "supplies", "note", "n")));
        doc.addEdge(new DocEdge(null, "b&c", "c", true, map("since", "2019")));
        return doc;
    }

    @Test
    void gexfIsWellFormedAndDeclaresItsAttributes() throws Exception {
        List<El> els = parse(gexf(sample()));
        El root = els.get(0);
        assertEquals(Gexf.NAMESPACE, root.ns());
        assertEquals("gexf", root.name());
        assertEquals("1.3", root.get("version"));
        El graph = named(els, "graph").get(0);
        assertEquals("undirected", graph.get("defaultedgetype"));
        assertEquals("static", graph.get("mode"));

        Map<String, El> nodeAttributes = new HashMap<>();
        Map<String, El> edgeAttributes = new HashMap<>();
        List<El> attributesBlocks = named(els, "attributes");
        assertEquals(2, attributesBlocks.size());
        String currentClass = null;
        for (El e : els) {
            if (e.name().equals("attributes")) {
                currentClass = e.get("class");
            } else if (e.name().equals("attribute")) {
                (currentClass.equals("node") ? nodeAttributes : edgeAttributes).put(e.get("title"), e);
            }
        }
        assertEquals(List.of("armed", "colour", "note", "size", "x", "y"), nodeAttributes.keySet().stream().sorted().toList(),
                "label is the node label, not an attribute; graph attributes have no place");
        assertEquals("integer", nodeAttributes.get("size").get("type"));
        assertEquals("boolean", nodeAttributes.get("armed").get("type"));
        assertEquals("double", nodeAttributes.get("x").get("type"));
        assertEquals("string", nodeAttributes.get("colour").get("type"), "undeclared attributes are strings");
        assertEquals(List.of("note", "since"), edgeAttributes.keySet().stream().sorted().toList(),
                "weight and label are edge properties");
        assertEquals(1, named(els, "default").size());

        List<El> nodes = named(els, "node");
        List<El> edges = named(els, "edge");
        assertEquals(3, nodes.size());
        assertEquals(2, edges.size());
        assertEquals("3", named(els, "nodes").get(0).get("count"));
        assertEquals("Alpha <&> \"A\"", nodes.get(0).get("label"));
        assertEquals("b&c", nodes.get(1).get("id"));
        assertEquals("c", nodes.get(2).get("label"), "a node without label is labelled with its id");

        // every attvalue refers to an attribute of its class
        for (El v : named(els, "attvalue")) {
            Map<String, El> declared = v.grandParent().equals("node") ? nodeAttributes : edgeAttributes;
            assertTrue(declared.values().stream().anyMatch(a -> a.get("id").equals(v.get("for"))), v.toString());
        }
        assertTrue(named(els, "attvalue").stream().anyMatch(v -> v.get("for").equals("d5") && v.get("value").equals("true")),
                "booleans are written canonically");

        List<El> positions = named(els, "position");
        assertEquals(1, positions.size(), "only a node with numeric x and y gets a position");
        assertEquals(Gexf.VIZ_NAMESPACE, positions.get(0).ns());
        assertEquals("1.5", positions.get(0).get("x"));
        assertEquals("-2", positions.get(0).get("y"));

        assertEquals("2.5", edges.get(0).get("weight"));
        assertEquals("supplies", edges.get(0).get("label"));
        assertNull(edges.get(0).get("type"));
        assertEquals("directed", edges.get(1).get("type"));
        assertNull(edges.get(1).get("id"));
        assertEquals("b&c", edges.get(1).get("source"));
    }

    @Test
    void startAndEndMakeADynamicGraph() throws Exception {
        GraphDocument dates = new GraphDocument(true);
        dates.addNode("a", map("start", "2024-01-01", "end", "2024-03-31"));
        dates.addNode("b", map("start", "2024-02-01"));
        dates.addNode("c", map());
        dates.addEdge(new DocEdge(null, "a", "b", null, map("start", "2024-02-15", "end", "2024-02-20")));
        List<El> els = parse(gexf(dates));
        El graph = named(els, "graph").get(0);
        assertEquals("dynamic", graph.get("mode"));
        assertEquals("date", graph.get("timeformat"));
        List<El> nodes = named(els, "node");
        assertEquals("2024-01-01", nodes.get(0).get("start"));
        assertEquals("2024-03-31", nodes.get(0).get("end"));
        assertNull(nodes.get(1).get("end"), "an open interval");
        assertNull(nodes.get(2).get("start"));
        assertEquals("2024-02-15", named(els, "edge").get(0).get("start"));
        assertTrue(named(els, "attribute").isEmpty(), "start and end are not attribute values");

        GraphDocument mixed = new GraphDocument();
        mixed.addNode("a", map("start", "2024-01-01", "end", "2024-01-01T18:30:00"));
        els = parse(gexf(mixed));
        assertEquals("dateTime", named(els, "graph").get(0).get("timeformat"));
        assertEquals("2024-01-01T00:00:00", named(els, "node").get(0).get("start"));

        GraphDocument numbers = new GraphDocument();
        numbers.declare(AttributeKey.of("start", Domain.NODE, "int"));
        numbers.addNode("a", map("start", "1990", "end", "2001.5"));
        els = parse(gexf(numbers));
        assertEquals("double", named(els, "graph").get(0).get("timeformat"));
        assertEquals("1990", named(els, "node").get(0).get("start"));

        GraphDocument bad = new GraphDocument();
        bad.addNode("a", map("start", "1990"));
        bad.addNode("b", map("start", "2024-01-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gexf(bad));
        assertTrue(e.getMessage().contains("node 'b'"), e.getMessage());

        GraphDocument garbage = new GraphDocument();
        garbage.addNode("z", map("end", "last spring"));
        e = assertThrows(IllegalArgumentException.class, () -> Gexf.write(garbage, dir.resolve("never.gexf")));
        assertEquals("node 'z': end 'last spring' is neither a number nor an ISO date or date-time", e.getMessage());
        assertFalse(Files.exists(dir.resolve("never.gexf")));
    }

    @Test
    void computedGraphIsWrittenToAFileWithTheExpectedCounts() throws Exception {
        GraphDocument doc = GraphDocuments.of(RandomGraphs.gnm(2_000, 6_000, 7));
        Path path = dir.resolve("random.gexf");
        Gexf.write(doc, path);
        List<El> els = parse(Files.readAllBytes(path));
        assertEquals(2_000, named(els, "node").size());
        assertEquals(6_000, named(els, "edge").size());
        assertEquals(6_000, named(els, "edge").stream().filter(e -> "1.0".equals(e.get("weight"))).count());
        assertEquals("n0", named(els, "node").get(0).get("label"));
        assertEquals(List.of("kind", "type"), named(els, "attribute").stream().map(a -> a.get("title")).toList());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }
}
