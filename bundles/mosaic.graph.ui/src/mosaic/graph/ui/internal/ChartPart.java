package mosaic.graph.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.ResizableEditPolicy;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import mosaic.model.ChartNode;
import mosaic.model.MosaicPackage;

/** The chart itself: a free-form layer holding one {@link NodePart} per shown node and one {@link NotePart} per note. */
public final class ChartPart extends AbstractGraphicalEditPart {

    private final ChartContext context;

    public ChartPart(ChartContext context) {
        this.context = context;
    }

    public ChartContext context() {
        return context;
    }

    @Override
    protected IFigure createFigure() {
        ChartLayer layer = new ChartLayer();
        layer.setLayoutManager(new FreeformLayout());
        return layer;
    }

    /**
     * The chart's layer. Its extent also covers the frame of the last fit, so that the viewport
     * can scroll the fitted chart to the middle even when, zoomed out, the chart is smaller than
     * the viewport (a free-form viewport only scrolls within the layers' extent and the origin).
     */
    private static final class ChartLayer extends FreeformLayer {
        private Rectangle frame;

        @Override
        public Rectangle getFreeformExtent() {
            Rectangle extent = super.getFreeformExtent();
            return frame == null ? extent : extent.getCopy().union(frame);
        }

        void setFrame(Rectangle newFrame) {
            frame = newFrame;
            fireExtentChanged();
            revalidate();
        }
    }

    /** The area the chart's figures (nodes and notes) cover, in chart coordinates; null when empty. */
    public Rectangle contentBounds() {
        Rectangle extent = null;
        for (Object child : getChildren()) {
            Rectangle bounds = ((GraphicalEditPart) child).getFigure().getBounds();
            extent = extent == null ? bounds.getCopy() : extent.union(bounds);
        }
        return extent;
    }

    /**
     * Zooms so that every node and note fits the viewport with a margin (down to the zoom
     * manager's least zoom, never above 100%), then scrolls their middle to the viewport's middle.
     *
     * @param margin free space kept around the chart, in screen pixels
     */
    public void fit(ZoomManager zoom, int margin) {
        Viewport viewport = zoom.getViewport();
        getViewer().flush();
        getFigure().getUpdateManager().performValidation();
        Rectangle extent = contentBounds();
        Dimension view = viewport.getClientArea().getSize();
        if (extent == null || view.width <= 2 * margin || view.height <= 2 * margin) {
            return;
        }
        double scale = Math.min((view.width - 2.0 * margin) / Math.max(1, extent.width), (view.height - 2.0 * margin) / Math.max(1, extent.height));
        zoom.setZoom(Math.max(zoom.getMinZoom(), Math.min(1, scale)));
        double shown = zoom.getZoom();
        // what the viewport shows at this zoom, centred on the chart, in chart coordinates
        int width = (int) Math.ceil(view.width / shown);
        int height = (int) Math.ceil(view.height / shown);
        Point centre = extent.getCenter();
        Rectangle frame = new Rectangle(centre.x - width / 2, centre.y - height / 2, width, height);
        ((ChartLayer) getFigure()).setFrame(frame);
        getFigure().getUpdateManager().performValidation();
        Point corner = frame.getTopLeft();
        getFigure().translateToAbsolute(corner);
        Point location = viewport.getViewLocation();
        viewport.setViewLocation(location.x + corner.x - viewport.getBounds().x, location.y + corner.y - viewport.getBounds().y);
        getFigure().getUpdateManager().performValidation();
    }

    @Override
    protected List getModelChildren() {
        List<Object> children = new ArrayList<>(context.scene().nodes());
        children.addAll(context.chart().getNotes());
        return children;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new XYLayoutEditPolicy() {
            @Override
            protected EditPolicy createChildEditPolicy(EditPart child) {
                return child instanceof NotePart ? new ResizableEditPolicy() : new NonResizableEditPolicy();
            }

            @Override
            protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
                if (context.domain() == null || !(constraint instanceof Rectangle r)) {
                    return null;
                }
                if (child instanceof NotePart note) {
                    return GefCommands.wrap(ChartCommands.placeNote(context.domain(), note.note(), r.x, r.y, Math.max(40, r.width),
                        Math.max(24, r.height)));
                }
                if (!(child instanceof NodePart node)) {
                    return null;
                }
                NodeFigure figure = (NodeFigure) node.getFigure();
                return GefCommands.wrap(ChartCommands.move(context.domain(), node.node(), r.x + r.width / 2.0, r.y + figure.centreOffset()));
            }

            @Override
            protected Command getCreateCommand(CreateRequest request) {
                if (context.domain() == null || !(request.getNewObjectType() instanceof EClass kind)) {
                    return null;
                }
                Rectangle r = (Rectangle) getConstraintFor(request);
                if (kind == MosaicPackage.Literals.CHART_NOTE) {
                    return GefCommands.wrap(ChartCommands.addNote(context.domain(), context.chart(), "Note", r.x, r.y,
                        r.width > 0 ? r.width : NotePart.WIDTH, r.height > 0 ? r.height : NotePart.HEIGHT));
                }
                return GefCommands.wrap(ChartCommands.create(context.domain(), context.workspace(), context.chart(), kind, r.x, r.y));
            }
        });
    }

    /** Shows the model again: nodes added or removed, every node and line restyled. */
    public void refreshAll() {
        refresh();
        for (Object child : getChildren()) {
            ((EditPart) child).refresh();
            if (child instanceof NodePart node) {
                for (Object link : node.getSourceConnections()) {
                    ((LinkPart) link).refresh();
                }
            }
        }
    }

    /** Follows a zoom change: drops or restores detail when the zoom crosses the threshold. */
    public void zoomed(double zoom) {
        if (context.detail().zoomed(zoom)) {
            for (Object part : getViewer().getEditPartRegistry().values()) {
                if (part instanceof LinkPart link) {
                    ((LinkFigure) link.getFigure()).applyDetail();
                }
            }
            getFigure().repaint();
        }
    }

    /** The part of a shown node, or null. */
    public NodePart partOf(ChartNode node) {
        return (NodePart) getViewer().getEditPartRegistry().get(node);
    }

    @Override
    public void performRequest(Request request) {
        // a double-click on the empty chart does nothing
    }
}
