package mosaic.ui.markings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.config.MissionRules;

/**
 * How a marking looks: the colours analysts know from classified systems (from the mission's
 * classification levels) and the banner text, e.g. {@code CONFIDENTIAL // REL JMAC, U2 // jmac-only}.
 */
public final class MarkingStyle {

    private static final Map<RGB, Color> COLORS = new HashMap<>();
    private static final RGB UNKNOWN = new RGB(0x5c, 0x2d, 0x91);

    private MarkingStyle() {
    }

    /** The banner line for a marking. */
    public static String text(Marking marking, MissionRules rules) {
        if (marking == null) {
            return "UNMARKED";
        }
        String code = marking.getClassification();
        List<String> parts = new ArrayList<>();
        parts.add(rules.classification(code).map(Level::getLabel).orElse(code == null ? "UNMARKED" : code + " (unknown level)"));
        if (!marking.getReleasableTo().isEmpty()) {
            parts.add("REL " + String.join(", ", marking.getReleasableTo()));
        }
        if (marking.getCompartment() != null && !marking.getCompartment().isBlank()) {
            parts.add(marking.getCompartment().toUpperCase(java.util.Locale.ROOT));
        }
        return String.join(" // ", parts);
    }

    /** Background colour of a classification code; unknown codes get a colour of their own. */
    public static Color background(String classification, MissionRules rules) {
        RGB rgb = rules.classification(classification).map(Level::getColour).map(MarkingStyle::parse).orElse(UNKNOWN);
        return COLORS.computeIfAbsent(rgb, value -> new Color(Display.getDefault(), value));
    }

    /** The colour of a "#RRGGBB" value from the mission configuration (cached). */
    public static Color colour(String hex) {
        return COLORS.computeIfAbsent(parse(hex), value -> new Color(Display.getDefault(), value));
    }

    public static Color foreground() {
        return Display.getDefault().getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE);
    }

    private static RGB parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return UNKNOWN;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
