package mosaic.graph.ui.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import mosaic.graph.metrics.NodeMetrics;
import mosaic.graph.model.ModelGraph;
import mosaic.model.Actor;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.ui.internal.navigator.Icons;
import mosaic.ui.markings.MarkingStyle;

/**
 * The chart's conditional styling for one scene: node size by a network measure
 * ({@code chart.sizeBy}), node colour by type, Louvain community, marking or evidence grade ({@code chart.colourBy}), a node's
 * own colour overriding the rule, and relation colours by type. UI thread (colours are SWT
 * resources, shared and cached by {@link MarkingStyle#colour}).
 */
public final class Styling {

    /** Size rules offered to the analyst: equal, or by a measure of {@link NodeMetrics}. */
    public static final String SIZE_EQUAL = "";
    public static final String SIZE_DEGREE = "degree";
    public static final String SIZE_BETWEENNESS = "betweenness";
    public static final String SIZE_CLOSENESS = "closeness";
    public static final String SIZE_EIGENVECTOR = "eigenvector";
    public static final String SIZE_PAGERANK = "pagerank";
    /** The measures a node can be sized by, in the order they are offered. */
    public static final List<String> SIZE_MEASURES = List.of(SIZE_DEGREE, SIZE_BETWEENNESS, SIZE_CLOSENESS, SIZE_EIGENVECTOR, SIZE_PAGERANK);
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

    /**
     * The styling of a scene under the chart's rules.
     *
     * @param graph the scene's graph (see {@link ChartMetrics#graph})
     * @param metrics its measures, or null while they are computed: nodes are then drawn equal
     *        and coloured by type until they are known
     */
    public Styling(ChartScene scene, MissionRules rules, ModelGraph graph, NodeMetrics metrics) {
        String sizeBy = sizeBy(scene.chart());
        String colourBy = colourBy(scene.chart());
        double[] size = metrics == null ? null : measure(sizeBy, metrics);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; size != null && i < size.length; i++) {
            low = Math.min(low, size[i]);
            high = Math.max(high, size[i]);
        }
        int[] communities = metrics != null && colourBy.equals(COLOUR_COMMUNITY) ? metrics.community() : null;
        for (ChartNode node : scene.nodes()) {
            int i = graph.nodeOf(node.getObject());
            int diameter = BASE;
            if (size != null && i >= 0 && high > low) {
                diameter = SMALLEST + (int) Math.round((LARGEST - SMALLEST) * Math.sqrt((size[i] - low) / (high - low)));
            }
            diameters.put(node, diameter);
            String own = node.getColour();
            Color colour;
            if (own != null && own.matches("#[0-9a-fA-F]{6}")) {
                colour = MarkingStyle.colour(own);
            } else if (colourBy.equals(COLOUR_COMMUNITY)) {
                colour = communities == null || i < 0 ? NodeFigure.Chrome.GREY : MarkingStyle.colour(PALETTE[communities[i] % PALETTE.length]);
            } else {
                colour = fill(node.getObject(), colourBy, rules);
            }
            fills.put(node, colour);
        }
    }

    /** Whether a chart's rules need the measures of its network. */
    public static boolean needsMetrics(Chart chart) {
        return SIZE_MEASURES.contains(sizeBy(chart)) || colourBy(chart).equals(COLOUR_COMMUNITY);
    }

    private static String sizeBy(Chart chart) {
        return chart.getSizeBy() == null ? SIZE_EQUAL : chart.getSizeBy();
    }

    private static String colourBy(Chart chart) {
        return chart.getColourBy() == null || chart.getColourBy().isBlank() ? COLOUR_TYPE : chart.getColourBy();
    }

    /** The values of a size rule's measure, or null for equal sizes (or an unknown rule). */
    private static double[] measure(String sizeBy, NodeMetrics metrics) {
        return switch (sizeBy) {
            case SIZE_DEGREE -> java.util.Arrays.stream(metrics.degree()).asDoubleStream().toArray();
            case SIZE_BETWEENNESS -> metrics.betweenness();
            case SIZE_CLOSENESS -> metrics.closeness();
            case SIZE_EIGENVECTOR -> metrics.eigenvector();
            case SIZE_PAGERANK -> metrics.pagerank();
            default -> null;
        };
    }

    private static Color fill(MosaicObject object, String colourBy, MissionRules rules) {
        return switch (colourBy) {
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
