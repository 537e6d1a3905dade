package mosaic.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;

import mosaic.graph.Progress;
import mosaic.graph.SubProgress;
import mosaic.graph.io.AttributeKey.Domain;

/**
 * Reads and writes GraphML (<a href="http://graphml.graphdrawing.org/">graphml.graphdrawing.org</a>)
 * as networkx, Gephi and yEd write and read it.
 *
 * <h2>Reading</h2>
 * <ul>
 * <li>StAX with no DTD support and no external entities: a file with a DOCTYPE is refused before
 * anything in it is resolved.</li>
 * <li>Elements in the GraphML namespace or in none are read; elements of other namespaces outside
 * {@code <data>} (yEd's, for instance) are skipped.</li>
 * <li>Keys for node, edge, graph and all become {@link AttributeKey}s; {@code attr.type} defaults to
 * string, {@code integer} is read as int; {@code attr.name} defaults to the key id. Values are
 * checked against the type and kept in canonical form ({@link AttributeKey#normalize}); defaults
 * are applied to every node, edge and the graph without a value.</li>
 * <li>yEd: data under a key with {@code yfiles.type="nodegraphics"} ({@code "edgegraphics"}) gives
 * the text of its first non-blank {@code y:NodeLabel} ({@code y:EdgeLabel}) as attribute
 * {@code label} when the node (edge) has no label value of its own; a string key {@code label} is
 * declared for it if none is. Other yEd data (resources, port graphics) is skipped.</li>
 * <li>Only the first {@code <graph>} is read. Nested graphs (yEd groups and folders) are
 * <b>flattened</b>: their nodes and edges join the document, the group node stays a node, their
 * {@code edgedefault} is kept on each of their edges as its own flag when it differs from the
 * outer one, and their graph-level data is dropped. Ports are dropped (an edge to a port is an
 * edge to its node). Hyperedges are <b>refused</b>.</li>
 * <li>Edges may name nodes declared later in the graph.</li>
 * <li>Errors are {@link GraphFormatException}s (checked) naming the file, line, column and problem:
 * XML that is not well-formed, a DOCTYPE, a root other than {@code graphml}, no {@code <graph>},
 * a duplicate node, edge or key id, an edge to an undeclared node, data with an undeclared key or a
 * key for another domain, a value or default not of its declared type, a hyperedge. Nothing is
 * returned from a file with an error.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * UTF-8, namespaced GraphML; every key with {@code for}, {@code attr.name}, {@code attr.type} and
 * its default; attribute names used but not declared get string keys. A key for ALL is written as a
 * node key with its id and an edge key with a new id (and a graph key if the graph has a value),
 * since Gephi reads keys for "all" as node keys only; read back, they are separate keys. {@code edgedefault} is the
 * document's direction, {@code directed} is written on edges that have their own flag (networkx
 * refuses a flag that contradicts the default, so mixed graphs do not load there). Every value is
 * written, also when it equals the default. Text and attribute values are escaped so a parser
 * gives them back unchanged; characters XML 1.0 cannot hold become U+FFFD.
 */
public final class GraphMl {

    /** The GraphML namespace. */
    public static final String NAMESPACE = GraphMlReader.NS;

    private static final int NODES_PER_TICK = 1024;

    private GraphMl() {
    }

    /** Reads a GraphML file; see the class comment for the rules. */
    public static GraphDocument read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads a GraphML file with progress by bytes read.
     *
     * @param monitor progress and cancellation, or {@code null}
     * @throws GraphFormatException       if the file is not GraphML as described in the class comment
     * @throws IOException                if the file cannot be read
     * @throws CancellationException if the monitor was cancelled
     */
    public static GraphDocument read(Path file, Progress monitor) throws IOException {
        long size = Files.size(file);
        SubProgress sub = SubProgress.convert(monitor, "Reading " + file.getFileName(), (int) Math.min(Integer.MAX_VALUE, size >> 10));
        try (InputStream raw = Files.newInputStream(file)) {
            CountingInputStream in = new CountingInputStream(raw);
            return GraphMlReader.read(in, file.toString(), sub, in::count);
        }
    }

    /**
     * Reads GraphML from a stream, which is left open.
     *
     * @param nameForMessages the file or source name that error messages give
     */
    public static GraphDocument read(InputStream in, String nameForMessages) throws IOException {
        return read(in, nameForMessages, null);
    }

    /**
     * Reads GraphML from a stream, which is left open, checking the monitor for cancellation.
     *
     * @param nameForMessages the file or source name that error messages give
     * @param monitor         cancellation, or {@code null}
     */
    public static GraphDocument read(InputStream in, String nameForMessages, Progress monitor) throws IOException {
        SubProgress sub = SubProgress.convert(monitor, "Reading " + nameForMessages, 0); // size unknown: no ticks
        CountingInputStream counting = new CountingInputStream(in);
        return GraphMlReader.read(counting, nameForMessages, sub, counting::count);
    }

    /** Writes a document to a file, atomically: through a temporary file in the same folder. */
    public static void write(GraphDocument doc, Path file) throws IOException {
        write(doc, file, null);
    }

    /**
     * Writes a document to a file, atomically: through a temporary file in the same folder; on
     * failure or cancellation the file is left as it was.
     *
     * @param monitor progress and cancellation, or {@code null}
     */
    public static void write(GraphDocument doc, Path file, Progress monitor) throws IOException {
        AtomicOutput.write(file, out -> write(doc, out, monitor));
    }

    /** Writes a document to a stream as UTF-8; the stream is flushed, not closed. */
    public static void write(GraphDocument doc, OutputStream out) throws IOException {
        write(doc, out, null);
    }

    /**
     * Writes a document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param monitor progress and cancellation, or {@code null}
     */
    public static void write(GraphDocument doc, OutputStream out, Progress monitor) throws IOException {
        SubProgress sub = SubProgress.convert(monitor, "Writing GraphML",
                (doc.nodeCount() + doc.edgeCount()) / NODES_PER_TICK + 1);
        KeyPlan plan = new KeyPlan(doc, true);
        XmlOut xml = new XmlOut(out);
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml").attr("xmlns", NAMESPACE)
                .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                .attr("xsi:schemaLocation", NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
                .raw(">\n");
        for (AttributeKey key : plan.keys()) {
            xml.raw("  <key").attr("id", key.id()).attr("for", key.domain().xmlName()).attr("attr.name", key.name())
                    .attr("attr.type", key.type());
            if (key.defaultValue() == null) {
                xml.raw("/>\n");
            } else {
                xml.raw(">\n    <default>").text(key.defaultValue()).raw("</default>\n  </key>\n");
            }
        }
        xml.raw("  <graph").attr("id", "G").attr("edgedefault", doc.isDirected() ? "directed" : "undirected").raw(">\n");
        data(xml, plan, Domain.GRAPH, doc.graphAttributes(), "    ");
        int count = 0;
        for (DocNode node : doc.nodes()) {
            xml.raw("    <node").attr("id", node.id());
            if (node.attributes().isEmpty()) {
                xml.raw("/>\n");
            } else {
                xml.raw(">\n");
                data(xml, plan, Domain.NODE, node.attributes(), "      ");
                xml.raw("    </node>\n");
            }
            count = tick(sub, count);
        }
        for (DocEdge edge : doc.edges()) {
            xml.raw("    <edge");
            if (edge.id() != null) {
                xml.attr("id", edge.id());
            }
            xml.attr("source", edge.source()).attr("target", edge.target());
            if (edge.directed() != null) {
                xml.attr("directed", edge.directed().toString());
            }
            if (edge.attributes().isEmpty()) {
                xml.raw("/>\n");
            } else {
                xml.raw(">\n");
                data(xml, plan, Domain.EDGE, edge.attributes(), "      ");
                xml.raw("    </edge>\n");
            }
            count = tick(sub, count);
        }
        xml.raw("  </graph>\n</graphml>\n");
        xml.flush();
    }

    private static void data(XmlOut xml, KeyPlan plan, Domain domain, Map<String, String> values, String indent)
            throws IOException {
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml.raw(indent).raw("<data").attr("key", plan.key(domain, e.getKey()).id()).raw(">").text(e.getValue())
                    .raw("</data>\n");
        }
    }

    /** Counts one element; every {@link #NODES_PER_TICK} reports progress and checks cancellation. */
    static int tick(SubProgress monitor, int count) {
        if (++count == NODES_PER_TICK) {
            if (monitor.isCanceled()) {
                throw new CancellationException();
            }
            monitor.worked(1);
            return 0;
        }
        return count;
    }
}
