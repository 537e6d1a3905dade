package mosaic.graph.ui.internal;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;

import mosaic.ui.markings.MarkingStyle;

/**
 * A node as analysts draw it: a disc in the node's colour with the kind's icon on a white
 * centre, the marking's initials on a badge in the level's colour, and the name (with a second,
 * smaller line: type, date or place kind) below on a light plate so that lines do not cross the
 * words. At low zoom only the disc is painted.
 */
public final class NodeFigure extends Figure {

    private static final int TEXT_GAP = 3;

    private final Detail detail;
    private final NodeAnchor anchor = new NodeAnchor(this);
    private int diameter = Styling.BASE;
    private Color fill;
    private Image icon;
    private String name = "";
    private String subtitle = "";
    private String badge = "";
    private Color badgeColour;
    private boolean highlighted;
    private Dimension nameSize = new Dimension();
    private Dimension subtitleSize = new Dimension();

    public NodeFigure(Detail detail) {
        this.detail = detail;
        setOpaque(false);
    }

    /** Sets what the node shows; call {@link #preferred()} after for its new size. */
    public void show(String nodeName, String nodeSubtitle, Image kindIcon, Color colour, int discDiameter, String markingBadge,
        Color markingColour) {
        name = nodeName == null ? "" : nodeName;
        subtitle = nodeSubtitle == null ? "" : nodeSubtitle;
        icon = kindIcon;
        fill = colour;
        diameter = discDiameter;
        badge = markingBadge == null ? "" : markingBadge;
        badgeColour = markingColour;
        nameSize = FigureUtilities.getTextExtents(name, nameFont());
        subtitleSize = subtitle.isEmpty() ? new Dimension() : FigureUtilities.getTextExtents(subtitle, JFaceResources.getDefaultFont());
        repaint();
    }

    /** Marks the node as part of a highlighted path. */
    public void setHighlighted(boolean on) {
        if (highlighted != on) {
            highlighted = on;
            repaint();
        }
    }

    public boolean highlighted() {
        return highlighted;
    }

    public String name() {
        return name;
    }

    private static Font nameFont() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }

    /** The size the node needs: the disc and the text under it. */
    public Dimension preferred() {
        int width = Math.max(diameter + 8, Math.max(nameSize.width, subtitleSize.width) + 8);
        int height = diameter + TEXT_GAP + nameSize.height + subtitleSize.height + 2;
        return new Dimension(width, height);
    }

    public int diameter() {
        return diameter;
    }

    /** The disc's colour. */
    public Color fill() {
        return fill;
    }

    /** Where the disc's centre is, in this figure's parent's coordinates. */
    public Point discCentre() {
        Rectangle r = getBounds();
        return new Point(r.x + r.width / 2, r.y + 2 + diameter / 2);
    }

    /** How far below the figure's top the disc's centre lies. */
    public int centreOffset() {
        return 2 + diameter / 2;
    }

    public NodeAnchor anchor() {
        return anchor;
    }

    @Override
    public boolean containsPoint(int x, int y) {
        if (!super.containsPoint(x, y)) {
            return false;
        }
        Point centre = discCentre();
        return Math.hypot(x - centre.x, y - centre.y) <= diameter / 2.0 + 2 || y > centre.y + diameter / 2;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds();
        Point centre = discCentre();
        int radius = diameter / 2;
        g.setBackgroundColor(fill == null ? Chrome.GREY : fill);
        if (!detail.full()) {
            g.fillRectangle(centre.x - radius, centre.y - radius, diameter, diameter);
            return;
        }
        g.setAntialias(SWT.ON);
        if (highlighted) {
            g.setBackgroundColor(MarkingStyle.colour("#ffb300"));
            g.fillOval(centre.x - radius - 5, centre.y - radius - 5, diameter + 10, diameter + 10);
            g.setBackgroundColor(fill == null ? Chrome.GREY : fill);
        }
        g.fillOval(centre.x - radius, centre.y - radius, diameter, diameter);
        g.setForegroundColor(Chrome.WHITE);
        g.setLineWidth(2);
        g.drawOval(centre.x - radius + 1, centre.y - radius + 1, diameter - 2, diameter - 2);
        if (icon != null) {
            int plate = 22;
            g.setBackgroundColor(Chrome.WHITE);
            g.fillOval(centre.x - plate / 2, centre.y - plate / 2, plate, plate);
            org.eclipse.swt.graphics.Rectangle size = icon.getBounds();
            g.drawImage(icon, centre.x - size.width / 2, centre.y - size.height / 2);
        }
        if (!badge.isEmpty() && badgeColour != null) {
            Font small = JFaceResources.getDefaultFont();
            Dimension text = FigureUtilities.getTextExtents(badge, small);
            int bw = text.width + 6;
            int bh = text.height;
            int bx = centre.x + radius - bw / 2;
            int by = centre.y - radius - 2;
            g.setBackgroundColor(badgeColour);
            g.fillRoundRectangle(new Rectangle(bx, by, bw, bh), 6, 6);
            g.setForegroundColor(Chrome.WHITE);
            g.setFont(small);
            g.drawText(badge, bx + 3, by);
        }
        int textTop = centre.y + radius + TEXT_GAP;
        int plateWidth = Math.max(nameSize.width, subtitleSize.width) + 6;
        // opaque: blending a translucent plate costs more than all the rest of the node
        g.setBackgroundColor(Chrome.PLATE);
        g.fillRoundRectangle(new Rectangle(r.x + (r.width - plateWidth) / 2, textTop, plateWidth, nameSize.height + subtitleSize.height), 6, 6);
        g.setForegroundColor(Chrome.TEXT);
        g.setFont(nameFont());
        g.drawText(name, r.x + (r.width - nameSize.width) / 2, textTop);
        if (!subtitle.isEmpty()) {
            g.setFont(JFaceResources.getDefaultFont());
            g.setForegroundColor(Chrome.SUBTLE);
            g.drawText(subtitle, r.x + (r.width - subtitleSize.width) / 2, textTop + nameSize.height);
        }
    }

    /** Colours of the chart's chrome. */
    static final class Chrome {
        static final Color WHITE = MarkingStyle.colour("#ffffff");
        static final Color GREY = MarkingStyle.colour("#9e9e9e");
        static final Color PLATE = MarkingStyle.colour("#f7f7f7");
        static final Color TEXT = MarkingStyle.colour("#212121");
        static final Color SUBTLE = MarkingStyle.colour("#616161");

        private Chrome() {
        }
    }
}
