package mosaic.graph.ui.internal;

import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import mosaic.model.ChartNode;

/** The chart itself: a free-form layer holding one {@link NodePart} per shown node. */
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
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        return layer;
    }

    @Override
    protected List getModelChildren() {
        return context.scene().nodes();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new XYLayoutEditPolicy() {
            @Override
            protected EditPolicy createChildEditPolicy(EditPart child) {
                return new NonResizableEditPolicy();
            }

            @Override
            protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
                if (context.domain() == null || !(child instanceof NodePart node) || !(constraint instanceof Rectangle r)) {
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
                return GefCommands.wrap(ChartCommands.create(context.domain(), context.workspace(), context.chart(), kind, r.x, r.y));
            }
        });
    }

    /** Shows the model again: nodes added or removed, every node and line restyled. */
    public void refreshAll() {
        refresh();
        for (Object child : getChildren()) {
            NodePart node = (NodePart) child;
            node.refresh();
            for (Object link : node.getSourceConnections()) {
                ((LinkPart) link).refresh();
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
