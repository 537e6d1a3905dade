package mosaic.graph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mosaic.graph.Progress;
import mosaic.graph.SubProgress;
import mosaic.graph.io.AttributeKey.Domain;

/**
 * Writes GEXF 1.3 (<a href="https://gexf.net">gexf.net</a>), the format Gephi reads best.
 * <ul>
 * <li>Node and edge attributes are declared in {@code <attributes class="node|edge">} with their
 * key id, name as title, type ({@code int} becomes {@code integer}, the others keep their name) and
 * default; keys for ALL are declared in both classes. Attributes used but not declared are strings.
 * Graph-level attributes are not written: GEXF has no place for them.</li>
 * <li>Attribute {@code label} becomes the node's or edge's {@code label}, not an attribute value; a
 * node without one is labelled with its id (Gephi shows no label otherwise).</li>
 * <li>An edge attribute {@code weight} declared with a numeric type becomes the edge's
 * {@code weight} (Gephi reserves that title), not an attribute value.</li>
 * <li>A node whose attributes {@code x} and {@code y} are both finite numbers gets
 * {@code <viz:position x y z="0.0">}; {@code x} and {@code y} stay attribute values too.</li>
 * <li>Time: attributes {@code start} and {@code end} of nodes and edges become their {@code start}
 * and {@code end} (one interval each, Gephi's timeline) and the graph is written with
 * {@code mode="dynamic"}; a missing end is open. {@code timeformat} is {@code double} when every
 * value is a number, {@code date} when every value is an ISO date, {@code dateTime} when they are
 * ISO dates and date-times (dates are then written at midnight). Values of mixed or other forms
 * are refused with an {@link IllegalArgumentException}. Without such attributes the graph is
 * {@code static}. (networkx reads {@code double} and {@code date}, not {@code dateTime}.)</li>
 * <li>{@code defaultedgetype} is the document's direction; an edge with its own flag gets
 * {@code type="directed"} or {@code "undirected"}.</li>
 * </ul>
 */
public final class Gexf {

    /** The GEXF 1.3 namespace. */
    public static final String NAMESPACE = "http://gexf.net/1.3";
    /** The GEXF 1.3 visualization namespace. */
    public static final String VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

    private static final Set<String> TIME = Set.of("start", "end");

    private enum TimeKind {
        NUMBER, DATE, DATE_TIME
    }

    private Gexf() {
    }

    /** Writes a document to a file, atomically: through a temporary file in the same folder. */
    public static void write(GraphDocument doc, Path file) throws IOException {
        write(doc, file, null);
    }

    /**
     * Writes a document to a file, atomically; on failure or cancellation the file is left as it was.
     *
     * @param monitor progress and cancellation, or {@code null}
     * @throws IllegalArgumentException if start or end values are not times of one kind
     */
    public static void write(GraphDocument doc, Path file, Progress monitor) throws IOException {
        String timeFormat = timeFormat(doc); // refuse bad times before touching the file system
        AtomicOutput.write(file, out -> write(doc, timeFormat, out, monitor));
    }

    /** Writes a document to a stream as UTF-8; the stream is flushed, not closed. */
    public static void write(GraphDocument doc, OutputStream out) throws IOException {
        write(doc, out, null);
    }

    /**
     * Writes a document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param monitor progress and cancellation, or {@code null}
     * @throws IllegalArgumentException if start or end values are not times of one kind
     */
    public static void write(GraphDocument doc, OutputStream out, Progress monitor) throws IOException {
        write(doc, timeFormat(doc), out, monitor);
    }

    private static void write(GraphDocument doc, String timeFormat, OutputStream out, Progress monitor)
            throws IOException {
        SubProgress sub = SubProgress.convert(monitor, "Writing GEXF", (doc.nodeCount() + doc.edgeCount()) / 1024 + 1);
        KeyPlan plan = new KeyPlan(doc, false);
        AttributeKey weightKey = plan.key(Domain.EDGE, "weight");
        boolean weightMapped = weightKey != null && weightKey.isNumeric();
        List<AttributeKey> nodeAttributes = attributes(plan, Domain.NODE, false);
        List<AttributeKey> edgeAttributes = attributes(plan, Domain.EDGE, weightMapped);

        XmlOut xml = new XmlOut(out);
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf").attr("xmlns", NAMESPACE)
                .attr("xmlns:viz", VIZ_NAMESPACE).attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                .attr("xsi:schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd").attr("version", "1.3")
                .raw(">\n");
        xml.raw("  <meta").attr("lastmodifieddate", LocalDate.now().toString())
                .raw(">\n    <creator>Mosaic</creator>\n");
        if (!doc.graphAttributes().isEmpty()) {
            // GEXF has no graph-level attributes: they go into the description, one "name: value" a line
            // (an export's file marking among them), and the marking banner, when there is one, into keywords.
            StringBuilder description = new StringBuilder();
            doc.graphAttributes().forEach((name, value) -> description.append(description.isEmpty() ? "" : "\n")
                    .append(name).append(": ").append(value));
            if (doc.graphAttributes().containsKey("marking")) {
                xml.raw("    <keywords>").text(doc.graphAttributes().get("marking")).raw("</keywords>\n");
            }
            xml.raw("    <description>").text(description.toString()).raw("</description>\n");
        }
        xml.raw("  </meta>\n");
        xml.raw("  <graph").attr("defaultedgetype", doc.isDirected() ? "directed" : "undirected");
        if (timeFormat != null) {
            xml.attr("mode", "dynamic").attr("timeformat", timeFormat);
        } else {
            xml.attr("mode", "static");
        }
        xml.raw(">\n");
        declare(xml, "node", nodeAttributes);
        declare(xml, "edge", edgeAttributes);

        int count = 0;
        xml.raw("    <nodes").attr("count", Integer.toString(doc.nodeCount())).raw(">\n");
        for (DocNode node : doc.nodes()) {
            Map<String, String> values = node.attributes();
            xml.raw("      <node").attr("id", node.id());
            xml.attr("label", values.getOrDefault("label", node.id()));
            times(xml, values, timeFormat);
            String x = finite(values.get("x"));
            String y = finite(values.get("y"));
            boolean hasValues = hasValues(values, nodeAttributes);
            if (!hasValues && (x == null || y == null)) {
                xml.raw("/>\n");
            } else {
                xml.raw(">\n");
                if (hasValues) {
                    attvalues(xml, values, nodeAttributes);
                }
                if (x != null && y != null) {
                    xml.raw("        <viz:position").attr("x", x).attr("y", y).attr("z", "0.0").raw("/>\n");
                }
                xml.raw("      </node>\n");
            }
            count = GraphMl.tick(sub, count);
        }
        xml.raw("    </nodes>\n");

        xml.raw("    <edges").attr("count", Integer.toString(doc.edgeCount())).raw(">\n");
        for (DocEdge edge : doc.edges()) {
            Map<String, String> values = edge.attributes();
            xml.raw("      <edge");
            if (edge.id() != null) {
                xml.attr("id", edge.id());
            }
            xml.attr("source", edge.source()).attr("target", edge.target());
            if (edge.directed() != null) {
                xml.attr("type", edge.directed() ? "directed" : "undirected");
            }
            if (weightMapped && values.containsKey("weight")) {
                xml.attr("weight", AttributeKey.normalize(weightKey.type(), values.get("weight")));
            }
            if (values.containsKey("label")) {
                xml.attr("label", values.get("label"));
            }
            times(xml, values, timeFormat);
            if (hasValues(values, edgeAttributes)) {
                xml.raw(">\n");
                attvalues(xml, values, edgeAttributes);
                xml.raw("      </edge>\n");
            } else {
                xml.raw("/>\n");
            }
            count = GraphMl.tick(sub, count);
        }
        xml.raw("    </edges>\n  </graph>\n</gexf>\n");
        xml.flush();
    }

    /** The keys written as attribute values for one class: all but label, start, end (and a mapped weight). */
    private static List<AttributeKey> attributes(KeyPlan plan, Domain domain, boolean weightMapped) {
        List<AttributeKey> keys = new ArrayList<>();
        for (AttributeKey key : plan.keys()) {
            String name = key.name();
            if (key.appliesTo(domain) && key.domain() != Domain.GRAPH && !name.equals("label") && !TIME.contains(name)
                    && !(weightMapped && name.equals("weight"))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static void declare(XmlOut xml, String className, List<AttributeKey> keys) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        xml.raw("    <attributes").attr("class", className).attr("mode", "static").raw(">\n");
        for (AttributeKey key : keys) {
            xml.raw("      <attribute").attr("id", key.id()).attr("title", key.name())
                    .attr("type", key.type().equals("int") ? "integer" : key.type());
            if (key.defaultValue() == null) {
                xml.raw("/>\n");
            } else {
                xml.raw(">\n        <default>").text(AttributeKey.normalize(key.type(), key.defaultValue()))
                        .raw("</default>\n      </attribute>\n");
            }
        }
        xml.raw("    </attributes>\n");
    }

    private static boolean hasValues(Map<String, String> values, List<AttributeKey> keys) {
        for (AttributeKey key : keys) {
            if (values.containsKey(key.name())) {
                return true;
            }
        }
        return false;
    }

    private static void attvalues(XmlOut xml, Map<String, String> values, List<AttributeKey> keys) throws IOException {
        xml.raw("        <attvalues>\n");
        for (AttributeKey key : keys) {
            String value = values.get(key.name());
            if (value != null) {
                xml.raw("          <attvalue").attr("for", key.id()).attr("value", AttributeKey.normalize(key.type(), value))
                        .raw("/>\n");
            }
        }
        xml.raw("        </attvalues>\n");
    }

    private static void times(XmlOut xml, Map<String, String> values, String timeFormat) throws IOException {
        if (timeFormat == null) {
            return;
        }
        for (String name : new String[] { "start", "end" }) {
            String value = values.get(name);
            if (value != null) {
                String v = value.strip();
                if (timeFormat.equals("dateTime") && kind(v) == TimeKind.DATE) {
                    v += "T00:00:00";
                }
                xml.attr(name, v);
            }
        }
    }

    /** The value stripped if it is a finite decimal number, else null. */
    private static String finite(String value) {
        String v = AttributeKey.normalize("double", value);
        return v == null || v.endsWith("INF") || v.equals("NaN") ? null : v;
    }

    /** GEXF's timeformat for the start and end values of the document, or null if it has none. */
    static String timeFormat(GraphDocument doc) {
        boolean number = false;
        boolean date = false;
        boolean dateTime = false;
        List<Map.Entry<String, Map<String, String>>> owners = new ArrayList<>();
        for (DocNode node : doc.nodes()) {
            owners.add(Map.entry("node '" + node.id() + "'", node.attributes()));
        }
        for (DocEdge edge : doc.edges()) {
            owners.add(Map.entry("edge " + edge.describe(), edge.attributes()));
        }
        for (Map.Entry<String, Map<String, String>> owner : owners) {
            for (String name : TIME) {
                String value = owner.getValue().get(name);
                if (value == null) {
                    continue;
                }
                TimeKind kind = kind(value.strip());
                if (kind == null) {
                    throw new IllegalArgumentException(owner.getKey() + ": " + name + " '" + value
                            + "' is neither a number nor an ISO date or date-time");
                }
                number |= kind == TimeKind.NUMBER;
                date |= kind == TimeKind.DATE;
                dateTime |= kind == TimeKind.DATE_TIME;
                if (number && (date || dateTime)) {
                    throw new IllegalArgumentException(owner.getKey() + ": " + name + " '" + value
                            + "' mixes numbers and dates in start and end values");
                }
            }
        }
        return number ? "double" : dateTime ? "dateTime" : date ? "date" : null;
    }

    private static TimeKind kind(String v) {
        String number = finite(v);
        if (number != null) {
            return TimeKind.NUMBER;
        }
        try {
            DateTimeFormatter.ISO_LOCAL_DATE.parse(v);
            return TimeKind.DATE;
        } catch (DateTimeParseException e) {
            // not a date
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(v);
            return TimeKind.DATE_TIME;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
