package mosaic.graph.ui.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import mosaic.graph.Graph;
import mosaic.model.Actor;
import mosaic.model.ChartNode;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.ui.internal.navigator.Icons;
import mosaic.ui.markings.MarkingStyle;

/**
 * The chart's conditional styling for one scene: node size by a metric ({@code chart.sizeBy}),
 * node colour by type, community, marking or evidence grade ({@code chart.colourBy}), a node's
 * own colour overriding the rule, and relation colours by type. UI thread (colours are SWT
 * resources, shared and cached by {@link MarkingStyle#colour}).
 */
public final class Styling {

    /** Size rules offered to the analyst. */
    public static final String SIZE_EQUAL = "";
    public static final String SIZE_DEGREE = "degree";
    /** Colour rules offered to the analyst. */
    public static final String COLOUR_TYPE = "type";
    public static final String COLOUR_COMMUNITY = "community";
    public static final String COLOUR_MARKING = "marking";
    public static final String COLOUR_GRADE = "grade";

    /** Diameter of a node's disc when all nodes are equal, and the range when sized by a metric. */
    public static final int BASE = 36;
    public static final int SMALLEST = 26;
    public static final int LARGEST = 72;

    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939"};

    private final Map<ChartNode, Integer> diameters = new IdentityHashMap<>();
    private final Map<ChartNode, Color> fills = new IdentityHashMap<>();

    /** The styling of a scene under the chart's rules. */
    public Styling(ChartScene scene, MissionRules rules) {
        String sizeBy = scene.chart().getSizeBy() == null ? SIZE_EQUAL : scene.chart().getSizeBy();
        String colourBy = scene.chart().getColourBy() == null || scene.chart().getColourBy().isBlank() ? COLOUR_TYPE
            : scene.chart().getColourBy();
        Graph graph = sizeBy.equals(SIZE_DEGREE) || colourBy.equals(COLOUR_COMMUNITY) ? scene.graph() : null;
        int[] groups = colourBy.equals(COLOUR_COMMUNITY) ? components(graph) : null;
        int maxDegree = 1;
        if (sizeBy.equals(SIZE_DEGREE)) {
            for (int i = 0; i < graph.nodeCount(); i++) {
                maxDegree = Math.max(maxDegree, graph.degree(i));
            }
        }
        for (int i = 0; i < scene.nodes().size(); i++) {
            ChartNode node = scene.nodes().get(i);
            int diameter = sizeBy.equals(SIZE_DEGREE)
                ? SMALLEST + (int) Math.round((LARGEST - SMALLEST) * Math.sqrt(graph.degree(i) / (double) maxDegree)) : BASE;
            diameters.put(node, diameter);
            String own = node.getColour();
            fills.put(node, own != null && own.matches("#[0-9a-fA-F]{6}") ? MarkingStyle.colour(own)
                : fill(node.getObject(), colourBy, groups == null ? 0 : groups[i], rules));
        }
    }

    private static Color fill(MosaicObject object, String colourBy, int group, MissionRules rules) {
        return switch (colourBy) {
            case COLOUR_COMMUNITY -> MarkingStyle.colour(PALETTE[group % PALETTE.length]);
            case COLOUR_MARKING -> MarkingStyle.background(object.getMarking() == null ? null : object.getMarking().getClassification(), rules);
            case COLOUR_GRADE -> MarkingStyle.colour(grade(Grades.bestReliability(object)));
            default -> typeColour(object);
        };
    }

    /** The colour of an object's kind (an actor's by its actor kind). */
    public static Color typeColour(MosaicObject object) {
        if (object instanceof Actor actor) {
            RGB rgb = Icons.colour(actor.getKind());
            return MarkingStyle.colour(String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue));
        }
        return MarkingStyle.colour(object instanceof Event ? "#d84315" : object instanceof Location ? "#6d4c41" : "#546e7a");
    }

    private static String grade(String reliability) {
        if (reliability == null) {
            return "#9e9e9e";
        }
        return switch (reliability) {
            case "A" -> "#1b5e20";
            case "B" -> "#43a047";
            case "C" -> "#9ccc65";
            case "D" -> "#fbc02d";
            case "E" -> "#ef6c00";
            default -> "#9e9e9e";
        };
    }

    /** Groups of nodes that are connected, numbered by size (largest first). */
    private static int[] components(Graph graph) {
        int n = graph.nodeCount();
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int count = 0;
        int[] sizes = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (group[s] >= 0) {
                continue;
            }
            group[s] = count;
            queue.add(s);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                sizes[count]++;
                for (int k = graph.offsets()[u]; k < graph.offsets()[u + 1]; k++) {
                    int v = graph.neighbours()[k];
                    if (group[v] < 0) {
                        group[v] = count;
                        queue.add(v);
                    }
                }
            }
            count++;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(sizes[b], sizes[a]));
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[order[i]] = i;
        }
        for (int u = 0; u < n; u++) {
            group[u] = rank[group[u]];
        }
        return group;
    }

    /** A node's disc diameter. */
    public int diameter(ChartNode node) {
        return diameters.getOrDefault(node, BASE);
    }

    /** A node's fill colour. */
    public Color fill(ChartNode node) {
        Color colour = fills.get(node);
        return colour != null ? colour : typeColour(node.getObject());
    }

    /** The colour of a line: hostile relations red, alliances green, command blue, places brown. */
    public static Color lineColour(Object link) {
        String type = link instanceof Relation relation && relation.getType() != null ? relation.getType().toLowerCase(Locale.ROOT)
            : link instanceof EventLink eventLink ? eventLink.role() : "";
        String hex;
        if (type.matches(".*(clash|rival|hostil|conflict|attack|perpetrator).*")) {
            hex = "#c62828";
        } else if (type.matches(".*(allian|support|cooperat|proxy).*")) {
            hex = "#2e7d32";
        } else if (type.matches(".*(command|member|affiliat|splinter|control).*")) {
            hex = "#1565c0";
        } else if (type.matches(".*(located|location).*")) {
            hex = "#8d6e63";
        } else if (type.matches(".*(negotiat|talk|dialog).*")) {
            hex = "#00838f";
        } else {
            hex = "#546e7a";
        }
        return MarkingStyle.colour(hex);
    }
}
