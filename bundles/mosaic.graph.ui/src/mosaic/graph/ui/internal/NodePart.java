package mosaic.graph.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.eclipse.ui.views.properties.IPropertySource;

import mosaic.model.Actor;
import mosaic.model.ChartNode;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;
import mosaic.ui.internal.navigator.Icons;
import mosaic.ui.markings.MarkingStyle;

/** One node of the chart: the object it shows, where the chart puts it, styled by the chart's rules. */
public final class NodePart extends AbstractGraphicalEditPart implements org.eclipse.gef.NodeEditPart {

    private final ChartContext context;

    public NodePart(ChartContext context) {
        this.context = context;
    }

    public ChartContext context() {
        return context;
    }

    public ChartNode node() {
        return (ChartNode) getModel();
    }

    public MosaicObject object() {
        return node().getObject();
    }

    @Override
    protected IFigure createFigure() {
        return new NodeFigure(context.detail());
    }

    /** Lines have edit parts only on charts small enough (see {@link ChartPart#bulk()}). */
    private boolean linkParts() {
        return context.scene().links().size() <= ChartPart.BULK_LINKS;
    }

    @Override
    protected List getModelSourceConnections() {
        return linkParts() ? context.scene().outgoing(node()) : List.of();
    }

    @Override
    protected List getModelTargetConnections() {
        return linkParts() ? context.scene().incoming(node()) : List.of();
    }

    @Override
    protected void refreshVisuals() {
        NodeFigure figure = (NodeFigure) getFigure();
        MosaicObject object = object();
        MissionRules rules = context.rules();
        String classification = object.getMarking() == null ? null : object.getMarking().getClassification();
        figure.show(Kinds.title(object), subtitle(object, rules), Icons.of(object), context.styling().fill(node()),
            context.styling().diameter(node()), initials(classification, rules),
            MarkingStyle.background(classification, rules));
        figure.setHighlighted(context.highlighted().contains(object));
        Dimension size = figure.preferred();
        Rectangle bounds = new Rectangle((int) Math.round(node().getX()) - size.width / 2,
            (int) Math.round(node().getY()) - figure.centreOffset(), size.width, size.height);
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, figure, bounds);
    }

    /** The second line under a node's name: actor type, event date and type, place kind. */
    static String subtitle(MosaicObject object, MissionRules rules) {
        if (object instanceof Actor actor) {
            if (actor.getType() != null && !actor.getType().isBlank()) {
                return rules.term(MissionRules.ACTOR_TYPES, actor.getType()).map(t -> t.getLabel()).orElse(actor.getType());
            }
            return actor.getKind() == null ? "Actor" : words(actor.getKind().getLiteral());
        }
        if (object instanceof Event event) {
            String date = event.getOccurredAt() == null ? "" : ChartScene.date(event).toString();
            String type = event.getViolenceType() == null ? "" : rules.term(MissionRules.VIOLENCE_TYPES, event.getViolenceType())
                .map(t -> t.getLabel()).orElse(event.getViolenceType());
            return (date + " " + type).strip();
        }
        if (object instanceof Location location && location.getKind() != null) {
            return words(location.getKind().getLiteral());
        }
        return Kinds.displayName(object.eClass());
    }

    private static String words(String literal) {
        String text = literal.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The initials of a classification's label: "C" for Confidential, "SC" for Strictly Confidential. */
    static String initials(String classification, MissionRules rules) {
        if (classification == null) {
            return "";
        }
        String label = rules.classification(classification).map(l -> l.getLabel()).orElse(classification);
        StringBuilder out = new StringBuilder();
        for (String word : label.split("[ _]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ComponentEditPolicy() {
            @Override
            protected Command createDeleteCommand(GroupRequest request) {
                if (context.domain() == null) {
                    return null;
                }
                return GefCommands.wrap(ChartCommands.removeNodes(context.domain(), context.chart(), List.of(node())));
            }
        });
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new GraphicalNodeEditPolicy() {
            @Override
            protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
                if (context.domain() == null) {
                    return null;
                }
                Command start = new Start(NodePart.this);
                request.setStartCommand(start);
                return start;
            }

            @Override
            protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
                if (!(request.getStartCommand() instanceof Start start)) {
                    return null;
                }
                return GefCommands.wrap(ChartCommands.relate(context.workspace(), start.source.object(), object()));
            }

            @Override
            protected Command getReconnectSourceCommand(ReconnectRequest request) {
                return reconnect(request, true);
            }

            @Override
            protected Command getReconnectTargetCommand(ReconnectRequest request) {
                return reconnect(request, false);
            }

            private Command reconnect(ReconnectRequest request, boolean source) {
                if (context.domain() == null || !(request.getConnectionEditPart().getModel() instanceof Relation relation)) {
                    return null;
                }
                return GefCommands.wrap(ChartCommands.reconnect(context.domain(), relation, source, object()));
            }
        });
    }

    /** The first click of the relation tool: remembers where the relation starts. */
    static final class Start extends Command {
        final NodePart source;

        Start(NodePart source) {
            super("Create relation");
            this.source = source;
        }
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return ((NodeFigure) getFigure()).anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return ((NodeFigure) getFigure()).anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return ((NodeFigure) getFigure()).anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return ((NodeFigure) getFigure()).anchor();
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
