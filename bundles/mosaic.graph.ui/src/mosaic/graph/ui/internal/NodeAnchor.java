package mosaic.graph.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.AnchorListener;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PrecisionPoint;

/**
 * The one anchor of a node, shared by all its lines: the point where the line to the other end
 * leaves the node's disc. It listens to its own node only, not to the node's ancestors, so
 * scrolling and zooming do not re-route every line (the ancestors of all nodes move together,
 * which leaves lines in the layer unchanged).
 */
public final class NodeAnchor implements ConnectionAnchor, FigureListener {

    private final NodeFigure owner;
    private final List<AnchorListener> listeners = new ArrayList<>(2);

    public NodeAnchor(NodeFigure owner) {
        this.owner = owner;
    }

    @Override
    public void addAnchorListener(AnchorListener listener) {
        if (listeners.isEmpty()) {
            owner.addFigureListener(this);
        }
        listeners.add(listener);
    }

    @Override
    public void removeAnchorListener(AnchorListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            owner.removeFigureListener(this);
        }
    }

    @Override
    public void figureMoved(IFigure source) {
        for (AnchorListener listener : listeners.toArray(new AnchorListener[0])) {
            listener.anchorMoved(this);
        }
    }

    @Override
    public IFigure getOwner() {
        return owner;
    }

    @Override
    public Point getReferencePoint() {
        Point centre = owner.discCentre();
        owner.translateToAbsolute(centre);
        return centre;
    }

    @Override
    public Point getLocation(Point reference) {
        PrecisionPoint centre = new PrecisionPoint(owner.discCentre());
        owner.translateToAbsolute(centre);
        double radius = owner.diameter() / 2.0;
        PrecisionPoint edge = new PrecisionPoint(radius, 0);
        owner.translateToAbsolute(edge);
        PrecisionPoint origin = new PrecisionPoint(0, 0);
        owner.translateToAbsolute(origin);
        double scaled = edge.preciseX - origin.preciseX + 1;
        double dx = reference.x - centre.preciseX;
        double dy = reference.y - centre.preciseY;
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            return centre;
        }
        return new PrecisionPoint(centre.preciseX + dx * scaled / length, centre.preciseY + dy * scaled / length);
    }
}
