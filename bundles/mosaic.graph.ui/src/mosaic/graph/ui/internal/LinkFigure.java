package mosaic.graph.ui.internal;

import org.eclipse.draw2d.ConnectionLocator;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * A line between two nodes: coloured by type, as thick as its weight, dashed when weakly
 * evidenced, with an arrowhead when directed and a label in the middle. A line is painted only
 * where its segment crosses the area being painted, and only that part of it is drawn: with
 * thousands of long lines, rasterizing off-screen pixels is what costs.
 */
public final class LinkFigure extends PolylineConnection {

    private static final Rectangle CLIP = new Rectangle();

    private final Detail detail;
    private final Label label = new Label();
    private final PolygonDecoration arrow = new PolygonDecoration();
    private int weightWidth = 1;
    private boolean directed;
    private boolean highlighted;
    private boolean emphasised;

    public LinkFigure(Detail detail) {
        this.detail = detail;
        label.setFont(JFaceResources.getDefaultFont());
        label.setOpaque(true);
        label.setBackgroundColor(NodeFigure.Chrome.WHITE);
        label.setForegroundColor(NodeFigure.Chrome.SUBTLE);
        add(label, new ConnectionLocator(this, ConnectionLocator.MIDDLE));
        arrow.setScale(9, 4);
    }

    /** Sets what the line shows: its label, and more about it in the tooltip. */
    public void show(String text, String tip, Color colour, double weight, boolean isDirected, boolean dashed) {
        label.setText(text == null ? "" : text);
        setToolTip(tip == null || tip.isEmpty() ? null : new Label(tip));
        setForegroundColor(colour);
        arrow.setBackgroundColor(colour);
        arrow.setForegroundColor(colour);
        weightWidth = Math.max(1, Math.min(4, (int) Math.round(1 + 2 * weight)));
        directed = isDirected;
        setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
        applyDetail();
    }

    /** Marks the line as part of a highlighted path. */
    public void setHighlighted(boolean on) {
        highlighted = on;
        applyDetail();
        repaint();
    }

    /** Shows the label whatever the zoom: the line ends at a selected node. */
    public void setEmphasised(boolean on) {
        if (emphasised != on) {
            emphasised = on;
            applyDetail();
            repaint();
        }
    }

    /** Whether the label is shown. */
    public boolean labelShown() {
        return label.isVisible();
    }

    public String text() {
        return label.getText();
    }

    public boolean dashed() {
        return getLineStyle() == SWT.LINE_DASH;
    }

    /** Shows or hides the label and arrowhead for the viewer's level of detail. */
    public void applyDetail() {
        boolean full = detail.full();
        label.setVisible((detail.labels() || highlighted || emphasised) && !label.getText().isEmpty());
        setTargetDecoration(full && directed ? arrow : null);
        // a highlighted path stays thick at every zoom: it is what the analyst asked to see
        setLineWidth(highlighted ? weightWidth + 3 : full ? weightWidth : 1);
    }

    @Override
    public boolean intersects(Rectangle rect) {
        if (label.isVisible() && label.getBounds().intersects(rect)) {
            return true;
        }
        PointList points = getPoints();
        if (points.size() < 2) {
            return false;
        }
        Rectangle grown = rect.getCopy().expand(getLineWidth() + 10, getLineWidth() + 10);
        return clip(points.getFirstPoint(), points.getLastPoint(), grown) != null;
    }

    @Override
    protected void outlineShape(Graphics g) {
        PointList points = getPoints();
        if (points.size() < 2) {
            return;
        }
        if (detail.full()) {
            g.setAntialias(SWT.ON);
        }
        if (highlighted) {
            g.setForegroundColor(org.eclipse.draw2d.ColorConstants.orange);
        }
        Rectangle area = g.getClip(CLIP).expand(getLineWidth() + 2, getLineWidth() + 2);
        double[] segment = clip(points.getFirstPoint(), points.getLastPoint(), area);
        if (segment != null) {
            g.drawLine((int) Math.round(segment[0]), (int) Math.round(segment[1]), (int) Math.round(segment[2]), (int) Math.round(segment[3]));
        }
    }

    /**
     * The part of the segment from {@code a} to {@code b} inside {@code r} (Liang–Barsky), as
     * {x1, y1, x2, y2}, or null when it misses the rectangle.
     */
    static double[] clip(Point a, Point b, Rectangle r) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x - r.x, r.right() - a.x, a.y - r.y, r.bottom() - a.y};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return null;
                }
            }
        }
        return new double[] {a.x + t0 * dx, a.y + t0 * dy, a.x + t1 * dx, a.y + t1 * dy};
    }
}
