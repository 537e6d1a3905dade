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

    /** Above this many lines, one {@link LinksFigure} draws them all and lines have no edit parts. */
    public static final int BULK_LINKS = 500;

    private LinksFigure links;
    private FreeformLayer nodes;

    @Override
    protected IFigure createFigure() {
        ChartLayer layer = new ChartLayer();
        links = new LinksFigure(context.detail());
        layer.add(links);
        nodes = new FreeformLayer();
        nodes.setLayoutManager(new FreeformLayout());
        layer.add(nodes);
        return layer;
    }

    @Override
    public IFigure getContentPane() {
        return nodes;
    }

    /** Whether the chart draws so many lines that one figure paints them all (lines are then not selectable). */
    public boolean bulk() {
        return context.scene().links().size() > BULK_LINKS;
    }

    /** The figure that paints every line of a large chart (empty on a small one). */
    public LinksFigure linksFigure() {
        return links;
    }

    @Override
    protected void refreshVisuals() {
        if (context.detail().sized(context.scene().nodes().size())) {
            applyDetail();
        }
        links.show(context.scene(), bulk() ? context.scene().links() : List.of(), context.highlighted(), context.chart().isDashWeakEvidence());
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
        // the whole canvas, scroll bars included: once fitted the chart needs none
        org.eclipse.swt.widgets.Control canvas = getViewer().getControl();
        int border = canvas.getBorderWidth();
        Dimension view = new Dimension(canvas.getSize().x - 2 * border, canvas.getSize().y - 2 * border);
        if (extent == null || view.width <= 2 * margin || view.height <= 2 * margin) {
            return;
        }
        double scale = Math.min((view.width - 2.0 * margin) / Math.max(1, extent.width), (view.height - 2.0 * margin) / Math.max(1, extent.height));
        zoom.setZoom(Math.max(zoom.getMinZoom(), Math.min(1, scale)));
        double shown = zoom.getZoom();
        // what the viewport shows at this zoom, centred on the chart, in chart coordinates
        // (no larger than the canvas, so that it never brings up scroll bars)
        int width = (int) Math.floor(view.width / shown);
        int height = (int) Math.floor(view.height / shown);
        Point centre = extent.getCenter();
        Rectangle frame = new Rectangle(centre.x - width / 2, centre.y - height / 2, width, height);
        ((ChartLayer) getFigure()).setFrame(frame);
        getFigure().getUpdateManager().performValidation();
        // scroll bars may have come or gone with the new extent: centre in the client area as it is now
        Point middle = centre.getCopy();
        getFigure().translateToAbsolute(middle);
        Dimension client = viewport.getClientArea().getSize();
        Point location = viewport.getViewLocation();
        viewport.setViewLocation(location.x + middle.x - viewport.getBounds().x - client.width / 2,
            location.y + middle.y - viewport.getBounds().y - client.height / 2);
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
            applyDetail();
        }
    }

    private void applyDetail() {
        if (getViewer() == null) {
            return;
        }
        for (Object part : getViewer().getEditPartRegistry().values()) {
            if (part instanceof LinkPart link) {
                ((LinkFigure) link.getFigure()).applyDetail();
            }
        }
        getFigure().repaint();
    }

    /** Shows the labels of the lines at the selected nodes, whatever the zoom, and only theirs among the zoomed-out. */
    public void emphasise(List<?> selectedParts) {
        java.util.Set<Object> selected = new java.util.HashSet<>(selectedParts);
        for (Object child : getChildren()) {
            if (child instanceof NodePart node) {
                for (Object link : node.getSourceConnections()) {
                    LinkPart part = (LinkPart) link;
                    ((LinkFigure) part.getFigure()).setEmphasised(selected.contains(node) || selected.contains(part.getTarget()));
                }
            }
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
