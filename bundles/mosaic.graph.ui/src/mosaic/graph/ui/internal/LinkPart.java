package mosaic.graph.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.ui.views.properties.IPropertySource;

import mosaic.model.MosaicObject;
import mosaic.model.Relation;

/** A line of the chart: a relation, or an event joined to a perpetrator or its place. */
public final class LinkPart extends AbstractConnectionEditPart {

    private final ChartContext context;

    public LinkPart(ChartContext context) {
        this.context = context;
    }

    @Override
    protected IFigure createFigure() {
        return new LinkFigure(context.detail());
    }

    /** The label of a line, short so that labels do not crowd: a relation's type, or the role of an event's line. */
    public static String label(Object link) {
        if (link instanceof Relation relation) {
            return relation.getType() == null ? "" : relation.getType();
        }
        return link instanceof EventLink eventLink && EventLink.LOCATION.equals(eventLink.role()) ? "at" : "perpetrator";
    }

    /** The tooltip of a line: the label, when the relation held ("from – to") and its weight. */
    public static String tip(Object link) {
        if (!(link instanceof Relation relation)) {
            return label(link);
        }
        StringBuilder tip = new StringBuilder(label(link));
        if (relation.getValidFrom() != null || relation.getValidTo() != null) {
            tip.append("\n").append(relation.getValidFrom() == null ? "" : relation.getValidFrom()).append(" \u2013 ")
                .append(relation.getValidTo() == null ? "" : relation.getValidTo());
        }
        tip.append("\nweight ").append(relation.getWeight());
        return tip.toString();
    }

    @Override
    protected void refreshVisuals() {
        Object link = getModel();
        LinkFigure figure = (LinkFigure) getFigure();
        boolean relation = link instanceof Relation;
        boolean dashed = !relation || (context.chart().isDashWeakEvidence() && Grades.weak((Relation) link));
        figure.show(label(link), tip(link), Styling.lineColour(link), relation ? ((Relation) link).getWeight() : 0.3,
            relation && ((Relation) link).isDirected(), dashed);
        figure.setHighlighted(context.highlighted().contains(link));
    }

    /** The object behind the line: the relation, or the event. */
    public MosaicObject object() {
        return getModel() instanceof Relation relation ? relation : ((EventLink) getModel()).event();
    }

    @Override
    protected void createEditPolicies() {
        if (getModel() instanceof Relation) {
            installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
            installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
                @Override
                protected Command getDeleteCommand(GroupRequest request) {
                    return context.domain() == null ? null
                        : GefCommands.wrap(ChartCommands.hide(context.domain(), context.chart(), List.of((Relation) getModel())));
                }
            });
        }
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_OPEN.equals(request.getType())) {
            context.open(object());
        }
    }

    @Override
    public Object getAdapter(Class key) {
        if (key == MosaicObject.class) {
            return object();
        }
        if (key == IPropertySource.class) {
            return Platform.getAdapterManager().getAdapter(object(), IPropertySource.class);
        }
        return super.getAdapter(key);
    }
}
