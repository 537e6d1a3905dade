package mosaic.graph.algorithms.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.graph.Graph;
import mosaic.graph.Progress;
import mosaic.graph.io.AttributeKey;
import mosaic.graph.io.AttributeKey.Domain;
import mosaic.graph.io.DocEdge;
import mosaic.graph.io.DocNode;
import mosaic.graph.io.GraphDocument;
import mosaic.graph.io.GraphDocuments;
import mosaic.graph.io.GraphFormatException;
import mosaic.graph.io.GraphMl;

class GraphMlTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
            """;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A document with every type, defaults, a name in two domains, graph data, odd characters and mixed directions. */
    private static GraphDocument sample() {
        GraphDocument doc = new GraphDocument(true);
        doc.declare(new AttributeKey("d0", "label", Domain.NODE, "string", null));
        doc.declare(new AttributeKey("d1", "size", Domain.NODE, "int", "1"));
        doc.declare(new AttributeKey("d2", "population", Domain.NODE, "long", null));
        doc.declare(new AttributeKey("d3", "x", Domain.NODE, "float", null));
        doc.declare(new AttributeKey("d4", "weight", Domain.EDGE, "double", null));
        doc.declare(new AttributeKey("d5", "armed", Domain.NODE, "boolean", "false"));
        doc.declare(new AttributeKey("d6", "note", Domain.NODE, "string", null));
        doc.declare(new AttributeKey("d7", "note", Domain.EDGE, "string", null));
        doc.declare(new AttributeKey("g0", "mission", Domain.GRAPH, "string", null));
        doc.putGraphAttribute("mission", "MINUSCA <test> & \"more\"");
        doc.addNode("a", map("label", "Alpha", "size", "3", "population", "9000000000", "x", "1.5", "armed", "true",
                "note", "line one\nline two\r\n\ttabbed"));
        doc.addNode("b \"quoted\" <&>", map("label", "Bêta 🚩 \u00e9\u4e2d", "size", "-2", "armed", "false"));
        doc.addNode("c'apostrophe", map("size", "1", "armed", "false", "note", "  leading and trailing  "));
        doc.addEdge(new DocEdge("e1", "a", "b \"quoted\" <&>", null, map("weight", "2.5", "note", "<b>bold</b>")));
        doc.addEdge(new DocEdge(null, "b \"quoted\" <&>", "c'apostrophe", false, map("weight", "-1E-3")));
        doc.addEdge(new DocEdge("e3", "a", "a", true, Map.of()));
        return doc;
    }

    @Test
    void writeThenReadGivesTheSameDocument() throws IOException {
        GraphDocument doc = sample();
        Path path = dir.resolve("round.graphml");
        GraphMl.write(doc, path);
        GraphDocument back = GraphMl.read(path);
        assertEquals(doc, back);
        assertEquals("line one\nline two\r\n\ttabbed", back.node("a").attribute("note"));
        assertEquals(List.of("round.graphml"), list(dir), "no temporary file is left beside the output");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GraphMl.write(doc, bytes);
        assertEquals(doc, GraphMl.read(new ByteArrayInputStream(bytes.toByteArray()), "memory"));
        assertEquals(Files.readString(path), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void keysForAllAreWrittenPerDomainForGephi() throws IOException {
        GraphDocument doc = new GraphDocument();
        doc.declare(new AttributeKey("n", "note", Domain.ALL, "string", "none"));
        doc.declare(new AttributeKey("n_edge", "other", Domain.EDGE, "string", null));
        doc.putGraphAttribute("note", "graph note");
        doc.addNode("a", map("note", "node note"));
        doc.addNode("b", map());
        doc.addEdge(new DocEdge(null, "a", "b", null, map("note", "edge note", "other", "o")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GraphMl.write(doc, bytes);
        String xml = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(xml.contains("for=\"all\""), xml);
        GraphDocument back = GraphMl.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");
        assertEquals(new AttributeKey("n", "note", Domain.NODE, "string", "none"), back.keyById("n"));
        assertEquals(new AttributeKey("n_edge2", "note", Domain.EDGE, "string", "none"), back.key(Domain.EDGE, "note"));
        assertEquals("graph", back.key(Domain.GRAPH, "note").domain().xmlName());
        assertEquals("node note", back.node("a").attribute("note"));
        assertEquals("none", back.node("b").attribute("note"));
        assertEquals("edge note", back.edges().get(0).attribute("note"));
        assertEquals("o", back.edges().get(0).attribute("other"));
        assertEquals("graph note", back.graphAttributes().get("note"));
    }

    @Test
    void undeclaredAttributesAreWrittenAsStringsAndUnwritableCharactersReplaced() throws IOException {
        GraphDocument doc = new GraphDocument();
        doc.addNode("n", map("colour", "red", "bad", "a\u0001b\uD800c"));
        doc.addNode("m", map("colour", "blue"));
        doc.addEdge(new DocEdge(null, "n", "m", null, map("colour", "green")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GraphMl.write(doc, bytes);
        GraphDocument back = GraphMl.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");
        assertEquals("red", back.node("n").attribute("colour"));
        assertEquals("a\uFFFDb\uFFFDc", back.node("n").attribute("bad"));
        assertEquals("green", back.edges().get(0).attribute("colour"));
        assertEquals("string", back.key(Domain.NODE, "colour").type());
        assertEquals(Domain.EDGE, back.key(Domain.EDGE, "colour").domain());
    }

    @Test
    void computedGraphSurvivesExportAndImport() throws IOException {
        Graph.Builder b = Graph.builder();
        int u = b.node("u1", "Armed group A", "actor");
        int v = b.node("u2", "Village", "location");
        int w = b.node("u3");
        b.edge(u, v, 2.5, true, "r1", "attack");
        b.edge(v, w, 1.0, false, "r2", "");
        b.edge(w, u, 0.25, true, null, "supply");
        Graph g = b.build();

        Path path = dir.resolve("computed.graphml");
        GraphMl.write(GraphDocuments.of(g), path);
        Graph back = GraphDocuments.toGraph(GraphMl.read(path), GraphDocuments.WEIGHT);

        assertEquals(g.nodeCount(), back.nodeCount());
        assertEquals(g.edgeCount(), back.edgeCount());
        for (int i = 0; i < g.nodeCount(); i++) {
            assertEquals(g.id(i), back.id(i));
            assertEquals(g.label(i), back.label(i));
            assertEquals(g.kind(i), back.kind(i));
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            assertEquals(g.source(e), back.source(e));
            assertEquals(g.target(e), back.target(e));
            assertEquals(g.weight(e), back.weight(e));
            assertEquals(g.directed(e), back.directed(e));
            assertEquals(g.edgeId(e), back.edgeId(e));
            assertEquals(g.edgeType(e), back.edgeType(e));
        }
        assertArrayEquals(g.neighbours(), back.neighbours());
        assertEquals(1.0, GraphDocuments.toGraph(GraphMl.read(path), null).weight(0));
    }

    @Test
    void networkxFileIsReadWithTypesAndDefaults() throws IOException {
        // as networkx 3 writes a DiGraph with a node default: keys in reverse order, Python booleans
        Path path = file("nx.graphml", HEADER + """
                  <key id="d6" for="edge" attr.name="since" attr.type="long" />
                  <key id="d5" for="edge" attr.name="weight" attr.type="double" />
                  <key id="d4" for="node" attr.name="kind" attr.type="string">
                    <default>actor</default>
                  </key>
                  <key id="d3" for="node" attr.name="score" attr.type="double" />
                  <key id="d2" for="node" attr.name="active" attr.type="boolean" />
                  <key id="d1" for="node" attr.name="size" attr.type="int" />
                  <key id="d0" for="node" attr.name="label" attr.type="string" />
                  <graph edgedefault="directed">
                    <node id="a">
                      <data key="d0">Alpha</data>
                      <data key="d1">3</data>
                      <data key="d2">True</data>
                      <data key="d3">inf</data>
                    </node>
                    <node id="b">
                      <data key="d0">Beta &amp; &lt;Co&gt;</data>
                      <data key="d1"> -2 </data>
                      <data key="d2">False</data>
                      <data key="d4">group</data>
                    </node>
                    <edge source="a" target="b">
                      <data key="d5">2.5</data>
                      <data key="d6">1700000000000</data>
                    </edge>
                  </graph>
                </graphml>
                """);
        GraphDocument doc = GraphMl.read(path);
        assertTrue(doc.isDirected());
        assertEquals(2, doc.nodeCount());
        assertEquals(1, doc.edgeCount());
        assertEquals(7, doc.keys().size());
        assertEquals(new AttributeKey("d4", "kind", Domain.NODE, "string", "actor"), doc.keyById("d4"));
        assertEquals("int", doc.key(Domain.NODE, "size").type());
        assertEquals("boolean", doc.key(Domain.NODE, "active").type());
        assertNull(doc.key(Domain.EDGE, "size"));
        assertEquals(Map.of("label", "Alpha", "size", "3", "active", "true", "score", "INF", "kind", "actor"),
                doc.node("a").attributes());
        assertEquals(Map.of("label", "Beta & <Co>", "size", "-2", "active", "false", "kind", "group"),
                doc.node("b").attributes());
        DocEdge e = doc.edges().get(0);
        assertNull(e.id());
        assertNull(e.directed());
        assertTrue(e.isDirected(doc.isDirected()));
        assertEquals(Map.of("weight", "2.5", "since", "1700000000000"), e.attributes());
    }

    @Test
    void yedLabelsComeFromShapeNodeAndEdgeLabelsAndGroupsAreFlattened() throws IOException {
        Path path = file("yed.graphml", """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" \
                xmlns:yed="http://www.yworks.com/xml/yed/3" \
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
                  <!--Created by yEd 3.23.2-->
                  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
                  <key for="port" id="d1" yfiles.type="portgraphics"/>
                  <key attr.name="url" attr.type="string" for="node" id="d4"/>
                  <key attr.name="description" attr.type="string" for="node" id="d5"/>
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <key for="graphml" id="d7" yfiles.type="resources"/>
                  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
                  <graph edgedefault="directed" id="G">
                    <data key="d0"/>
                    <node id="n0">
                      <data key="d5">first post</data>
                      <data key="d6">
                        <y:ShapeNode>
                          <y:Geometry height="30.0" width="30.0" x="100.0" y="100.0"/>
                          <y:Fill color="#FFCC00" transparent="false"/>
                          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" \
                visible="true" xml:space="preserve" width="37.0" x="-3.5" y="6.0">Kilo 1<y:LabelModel><y:SmartNodeLabelModel \
                distance="4.0"/></y:LabelModel><y:ModelParameter><y:SmartNodeLabelModelParameter labelRatioX="0.0"/>\
                </y:ModelParameter></y:NodeLabel>
                          <y:Shape type="rectangle"/>
                        </y:ShapeNode>
                      </data>
                    </node>
                    <node id="n1" yfiles.foldertype="group">
                      <data key="d6">
                        <y:ProxyAutoBoundsNode>
                          <y:Realizers active="0">
                            <y:GroupNode>
                              <y:NodeLabel alignment="right" modelName="internal" modelPosition="t">Camp</y:NodeLabel>
                            </y:GroupNode>
                            <y:GroupNode>
                              <y:NodeLabel alignment="right" modelName="internal" modelPosition="t">Camp (closed)</y:NodeLabel>
                            </y:GroupNode>
                          </y:Realizers>
                        </y:ProxyAutoBoundsNode>
                      </data>
                      <graph edgedefault="undirected" id="n1:">
                        <node id="n1::n0">
                          <port name="p0"><data key="d1"><y:Port/></data></port>
                          <data key="d6"><y:ShapeNode><y:NodeLabel>  Tent  </y:NodeLabel></y:ShapeNode></data>
                        </node>
                        <edge id="n1::e0" source="n1::n0" target="n1"/>
                      </graph>
                    </node>
                    <node id="n2">
                      <data key="d6"><y:ShapeNode><y:NodeLabel/></y:ShapeNode></data>
                    </node>
                    <edge id="e0" source="n0" target="n1::n0" sourceport="x" targetport="p0">
                      <data key="d10">
                        <y:PolyLineEdge>
                          <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>
                          <y:Arrows source="none" target="standard"/>
                          <y:EdgeLabel alignment="center" distance="2.0">supplies</y:EdgeLabel>
                        </y:PolyLineEdge>
                      </data>
                    </edge>
                  </graph>
                  <data key="d7">
                    <y:Resources/>
                  </data>
                </graphml>
                """);
        GraphDocument doc = GraphMl.read(path);
        assertEquals(List.of("n0", "n1", "n1::n0", "n2"), doc.nodes().stream().map(DocNode::id).toList());
        assertEquals("Kilo 1", doc.node("n0").attribute("label"));
        assertEquals("first post", doc.node("n0").attribute("description"));
        assertEquals("Camp", doc.node("n1").attribute("label"));
        assertEquals("Tent", doc.node("n1::n0").attribute("label"));
        assertNull(doc.node("n2").attribute("label"), "an empty yEd label gives no label");
        assertEquals("string", doc.key(Domain.NODE, "label").type());
        assertEquals("", doc.graphAttributes().get("Description"));

        assertTrue(doc.isDirected());
        assertEquals(2, doc.edgeCount());
        DocEdge inner = doc.edges().get(0);
        assertEquals("n1::e0", inner.id());
        assertEquals(Boolean.FALSE, inner.directed(), "an inner graph's own default is kept on its edges");
        DocEdge outer = doc.edges().get(1);
        assertEquals("supplies", outer.attribute("label"));
        assertEquals("n1::n0", outer.target(), "an edge to a port is an edge to its node");
        assertNull(outer.directed());
        // the yEd-only keys are not attributes
        assertEquals(List.of("Description", "url", "description", "label", "label"),
                doc.keys().stream().map(AttributeKey::name).toList());
    }

    @Test
    void plainLabelWinsOverYedLabel() throws IOException {
        Path path = file("yed-plain.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d0" attr.name="label" attr.type="string"/>
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="d0">Plain</data><data key="d6"><y:ShapeNode><y:NodeLabel>Drawn</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="b"><data key="d6"><y:ShapeNode><y:NodeLabel>Drawn only</y:NodeLabel></y:ShapeNode></data></node>
                  </graph>
                </graphml>
                """);
        GraphDocument doc = GraphMl.read(path);
        assertEquals("Plain", doc.node("a").attribute("label"));
        assertEquals("Drawn only", doc.node("b").attribute("label"));
        assertEquals(1, doc.keys().size());
    }

    @Test
    void gephiFileIsRead() throws IOException {
        // as Gephi 0.10 exports: namespaced, key ids equal to names, numeric node ids, edge ids, float positions
        Path path = file("gephi.graphml", """
                <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key attr.name="label" attr.type="string" for="node" id="label"/>
                <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
                <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
                <key attr.name="Modularity Class" attr.type="integer" for="node" id="modularity_class"/>
                <key attr.name="r" attr.type="int" for="node" id="r"/>
                <key attr.name="x" attr.type="float" for="node" id="x"/>
                <key attr.name="y" attr.type="float" for="node" id="y"/>
                <key attr.name="size" attr.type="float" for="node" id="size"/>
                <graph edgedefault="undirected">
                <node id="0">
                <data key="label">Myriel</data>
                <data key="modularity_class">1</data>
                <data key="size">28.685715</data>
                <data key="r">235</data>
                <data key="x">-20.206001</data>
                <data key="y">-17.28</data>
                </node>
                <node id="1">
                <data key="label">Napoleon</data>
                <data key="modularity_class">1</data>
                <data key="size">4.0</data>
                <data key="r">235</data>
                <data key="x">-41.0</data>
                <data key="y">1.4E2</data>
                </node>
                <edge id="0" source="1" target="0">
                <data key="weight">1.0</data>
                <data key="edgelabel">friends</data>
                </edge>
                </graph>
                </graphml>
                """);
        GraphDocument doc = GraphMl.read(path);
        assertFalse(doc.isDirected());
        assertEquals(2, doc.nodeCount());
        assertEquals("Napoleon", doc.node("1").attribute("label"));
        assertEquals("1", doc.node("1").attribute("Modularity Class"));
        assertEquals("int", doc.keyById("modularity_class").type());
        assertEquals("1.4E2", doc.node("1").attribute("y"));
        DocEdge e = doc.edges().get(0);
        assertEquals("0", e.id());
        assertEquals("friends", e.attribute("Edge Label"));
        Graph g = GraphDocuments.toGraph(doc, "weight");
        assertEquals("Myriel", g.label(g.indexOf("0")));
        assertEquals(1.0, g.weight(0));
    }

    @Test
    void unnamespacedFileWithForwardEdgesIsRead() throws IOException {
        Path path = file("plain.graphml", """
                <graphml>
                  <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>
                  <key id="k" for="all" attr.name="kind"/>
                  <graph id="G">
                    <desc>edges before their nodes</desc>
                    <edge source="p" target="q" directed="true"/>
                    <node id="p"><data key="k">actor</data></node>
                    <node id="q"/>
                  </graph>
                  <graph id="second"><node id="ignored"/></graph>
                </graphml>
                """);
        GraphDocument doc = GraphMl.read(path);
        assertFalse(doc.isDirected(), "no edgedefault means undirected");
        assertEquals(2, doc.nodeCount(), "only the first graph is read");
        assertEquals("actor", doc.node("p").attribute("kind"));
        assertEquals("string", doc.key(Domain.EDGE, "kind").type());
        DocEdge e = doc.edges().get(0);
        assertEquals(Boolean.TRUE, e.directed());
        assertEquals("1.5", e.attribute("weight"), "the default applies");
    }

    // ---- errors: file, line and problem ----

    private GraphFormatException refused(String name, String content) throws IOException {
        Path path = file(name, content);
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphMl.read(path));
        assertTrue(e.getMessage().startsWith(path.toString() + ", line " + e.line() + ", column " + e.column() + ": "),
                e.getMessage());
        assertEquals(path.toString(), e.file());
        return e;
    }

    @Test
    void malformedXmlIsRefusedWithItsLine() throws IOException {
        GraphFormatException e = refused("broken.graphml", """
                <graphml>
                  <graph>
                    <node id="a">
                  </graph>
                </graphml>
                """);
        assertEquals(4, e.line());
        assertTrue(e.problem().startsWith("not well-formed XML: "), e.getMessage());
        assertTrue(e.problem().contains("node"), e.getMessage());
    }

    @Test
    void edgeToUndeclaredNodeIsRefused() throws IOException {
        GraphFormatException e = refused("dangling.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="undirected">
                    <node id="a"/>
                    <edge id="e1" source="a" target="ghost"/>
                    <node id="b"/>
                  </graph>
                </graphml>
                """);
        assertEquals(4, e.line());
        assertEquals("edge 'e1' refers to undeclared node 'ghost'", e.problem());
    }

    @Test
    void duplicateNodeIdIsRefused() throws IOException {
        GraphFormatException e = refused("twice.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="undirected">
                    <node id="a"/>
                    <node id="b"/>
                    <node id="a"/>
                  </graph>
                </graphml>
                """);
        assertEquals(5, e.line());
        assertEquals("duplicate node id 'a'", e.problem());
    }

    @Test
    void dataWithUndeclaredKeyIsRefused() throws IOException {
        GraphFormatException e = refused("nokey.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="d0">A</data></node>
                    <node id="b"><data key="d9">B</data></node>
                  </graph>
                </graphml>
                """);
        assertEquals(5, e.line());
        assertEquals("data refers to undeclared key 'd9'", e.problem());
    }

    @Test
    void dataWithAKeyForAnotherDomainIsRefused() throws IOException {
        GraphFormatException e = refused("domain.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="w">1</data></node>
                  </graph>
                </graphml>
                """);
        assertEquals(4, e.line());
        assertEquals("key 'w' is declared for edge, not for node", e.problem());
    }

    @Test
    void valueNotOfDeclaredTypeIsRefused() throws IOException {
        GraphFormatException e = refused("typed.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d1" for="node" attr.name="size" attr.type="int"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="d1">3</data></node>
                    <node id="b">
                      <data key="d1">three</data>
                    </node>
                  </graph>
                </graphml>
                """);
        assertEquals(6, e.line());
        assertEquals("value 'three' of 'size' (key 'd1') is not an int", e.problem());

        GraphFormatException big = refused("big.graphml", """
                <graphml><key id="d1" for="node" attr.name="size" attr.type="int"/>
                <graph><node id="a"><data key="d1">3000000000</data></node></graph></graphml>
                """);
        assertEquals(2, big.line());
        assertTrue(big.problem().endsWith("is not an int"), big.getMessage());

        GraphFormatException badDefault = refused("default.graphml", """
                <graphml><key id="d1" for="node" attr.name="ok" attr.type="boolean">
                <default>maybe</default></key><graph/></graphml>
                """);
        assertEquals(2, badDefault.line());
        assertEquals("default 'maybe' of key 'd1' is not a boolean", badDefault.problem());
    }

    @Test
    void fileWithoutGraphIsRefused() throws IOException {
        GraphFormatException e = refused("empty.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                </graphml>
                """);
        assertEquals(3, e.line());
        assertEquals("no <graph> element", e.problem());

        GraphFormatException notGraphMl = refused("other.xml", "<gexf>\n</gexf>\n");
        assertEquals(1, notGraphMl.line());
        assertTrue(notGraphMl.problem().startsWith("not GraphML"), notGraphMl.getMessage());
    }

    @Test
    void hyperedgesAreRefused() throws IOException {
        GraphFormatException e = refused("hyper.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="undirected">
                    <node id="a"/><node id="b"/><node id="c"/>
                    <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
                  </graph>
                </graphml>
                """);
        assertEquals(4, e.line());
        assertEquals("hyperedges are not supported", e.problem());
    }

    @Test
    void streamErrorsNameTheGivenSource() {
        byte[] bytes = "<graphml><graph><node/></graph></graphml>".getBytes(StandardCharsets.UTF_8);
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> GraphMl.read(new ByteArrayInputStream(bytes), "upload from Sector East"));
        assertEquals("upload from Sector East, line 1, column " + e.column() + ": <node> without id", e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        String secret = "TOP-SECRET-" + System.nanoTime();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        String uri = secretFile.toUri().toString();
        String body = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="d0">&xxe;</data></node>
                  </graph>
                </graphml>
                """;
        List<String> attacks = List.of(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY xxe SYSTEM \"" + uri + "\">\n]>\n" + body,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY % p SYSTEM \"" + uri + "\">\n  %p;\n]>\n"
                        + body.replace("&xxe;", "x"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"" + uri + "\">\n" + body.replace("&xxe;", "x"));
        int[] doctypeEnds = { 4, 5, 2 };
        for (int i = 0; i < attacks.size(); i++) {
            GraphFormatException e = refused("xxe" + i + ".graphml", attacks.get(i));
            assertEquals("a DOCTYPE is not allowed in GraphML (no DTD or entity is read)", e.problem());
            assertEquals(doctypeEnds[i], e.line(), "the line where the DOCTYPE ends");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertFalse(trace.toString().contains(secret), "the secret leaked: " + trace);
            assertFalse(trace.toString().contains("secret.txt"), "the entity was resolved: " + trace);
        }
        // and without a DOCTYPE the entity is simply undeclared
        GraphFormatException e = refused("undeclared.graphml", body);
        assertTrue(e.problem().startsWith("not well-formed XML"), e.getMessage());
        assertFalse(e.getMessage().contains(secret));
    }

    // ---- size, atomicity, cancellation ----

    private static GraphDocument large(int nodes, int edges) {
        GraphDocument doc = new GraphDocument(false);
        doc.declare(AttributeKey.of("label", Domain.NODE, "string"));
        doc.declare(AttributeKey.of("weight", Domain.EDGE, "double"));
        for (int i = 0; i < nodes; i++) {
            doc.addNode(new DocNode("n" + i, Map.of("label", "Node " + i)));
        }
        long state = 42;
        for (int e = 0; e < edges; e++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            int s = (int) Long.remainderUnsigned(state >>> 16, nodes);
            int t = (int) Long.remainderUnsigned(state >>> 40, nodes);
            doc.addEdge(new DocEdge("e" + e, "n" + s, "n" + t, null, Map.of("weight", Integer.toString(e % 7))));
        }
        return doc;
    }

    @Test
    void largeFileIsRead() throws IOException {
        GraphDocument doc = large(50_000, 150_000);
        Path path = dir.resolve("large.graphml");
        GraphMl.write(doc, path);
        GraphDocument back = GraphMl.read(path);
        assertEquals(50_000, back.nodeCount());
        assertEquals(150_000, back.edgeCount());
        assertEquals("Node 49999", back.node("n49999").attribute("label"));
        assertEquals(doc.edges().get(149_999), back.edges().get(149_999));
        Graph g = GraphDocuments.toGraph(back, "weight");
        assertEquals(150_000, g.edgeCount());
    }

    @Test
    void cancelledWriteLeavesTheFileAsItWasAndCancelledReadStops() throws IOException {
        Path path = file("kept.graphml", "old content");
        Progress cancelled = new Progress() {
            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        GraphDocument doc = large(5_000, 5_000);
        assertThrows(CancellationException.class, () -> GraphMl.write(doc, path, cancelled));
        assertEquals("old content", Files.readString(path));
        assertEquals(List.of("kept.graphml"), list(dir));

        GraphMl.write(doc, path);
        assertThrows(CancellationException.class, () -> GraphMl.read(path, cancelled));
        assertEquals(5_000, GraphMl.read(path, Progress.NONE).nodeCount());
    }

    @Test
    void documentKeepsItselfConsistent() {
        GraphDocument doc = new GraphDocument();
        doc.declare(AttributeKey.of("size", Domain.NODE, "int"));
        doc.addNode("a", Map.of("size", "1"));
        assertThrows(IllegalArgumentException.class, () -> doc.addNode("a", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> doc.addNode("b", Map.of("size", "big")));
        assertThrows(IllegalArgumentException.class, () -> doc.addEdge(new DocEdge("a", "nowhere")));
        assertThrows(IllegalArgumentException.class, () -> doc.declare(new AttributeKey("s2", "size", Domain.ALL, "string", null)));
        doc.addNode("c", Map.of("colour", "red"));
        assertThrows(IllegalArgumentException.class, () -> doc.declare(AttributeKey.of("colour", Domain.NODE, "int")));
        assertThrows(IllegalArgumentException.class, () -> new AttributeKey("k", "k", Domain.NODE, "date", null));
        assertThrows(IllegalArgumentException.class, () -> new AttributeKey("k", "k", Domain.NODE, "long", "1.5"));
        doc.addEdge(new DocEdge("e", "a", "c", null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> doc.addEdge(new DocEdge("e", "c", "a", null, Map.of())));
        assertEquals(2, doc.nodeCount());
        assertEquals(1, doc.edgeCount());
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
