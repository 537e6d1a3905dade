package mosaic.graph.ui.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.ChartNote;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.NamedObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.ops.CreateOperation;
import mosaic.ops.DeleteOperation;
import mosaic.ops.Editing;
import mosaic.ops.MosaicEditingDomain;
import mosaic.ops.WorkspaceCommand;

/**
 * The changes an analyst makes on a chart, each as one EMF command for the shared stack: one
 * undo takes back the whole gesture (a drop of ten actors, a layout, a new actor with its node).
 */
public final class ChartCommands {

    private static final MosaicPackage M = MosaicPackage.eINSTANCE;

    private ChartCommands() {
    }

    /**
     * Adds nodes for the objects that the chart does not show yet, in a row of rows from
     * {@code (x, y)}.
     */
    public static Command addObjects(EditingDomain domain, Chart chart, Collection<? extends MosaicObject> objects, double x, double y) {
        Set<MosaicObject> shown = new HashSet<>();
        chart.getNodes().forEach(node -> shown.add(node.getObject()));
        List<ChartNode> added = new ArrayList<>();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(objects.size())));
        for (MosaicObject object : new LinkedHashSet<>(objects)) {
            if (object == chart || object instanceof Chart || shown.contains(object)) {
                continue;
            }
            int i = added.size();
            added.add(node(object, x + (i % columns) * 150, y + (i / columns) * 110));
        }
        if (added.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Command command = AddCommand.create(domain, chart, M.getChart_Nodes(), added);
        return labelled(command, added.size() == 1 ? "Add to chart" : "Add " + added.size() + " objects to chart");
    }

    private static ChartNode node(MosaicObject object, double x, double y) {
        ChartNode node = MosaicFactory.eINSTANCE.createChartNode();
        node.setObject(object);
        node.setX(x);
        node.setY(y);
        return node;
    }

    /** Moves a node's centre. */
    public static Command move(EditingDomain domain, ChartNode node, double x, double y) {
        CompoundCommand command = new CompoundCommand("Move");
        command.append(SetCommand.create(domain, node, M.getChartNode_X(), x));
        command.append(SetCommand.create(domain, node, M.getChartNode_Y(), y));
        return command;
    }

    /**
     * Places nodes where a layout put them, as one command; pinned nodes keep their place.
     *
     * @param x centres by node index
     */
    public static Command place(EditingDomain domain, List<ChartNode> nodes, double[] x, double[] y, String layout) {
        CompoundCommand command = new CompoundCommand("Layout");
        for (int i = 0; i < nodes.size(); i++) {
            ChartNode node = nodes.get(i);
            if (!node.isPinned() && (node.getX() != x[i] || node.getY() != y[i])) {
                command.append(SetCommand.create(domain, node, M.getChartNode_X(), x[i]));
                command.append(SetCommand.create(domain, node, M.getChartNode_Y(), y[i]));
            }
        }
        if (!command.isEmpty() && !nodes.isEmpty() && layout != null) {
            command.append(SetCommand.create(domain, nodes.get(0).eContainer(), M.getChart_Layout(), layout));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Creates an actor or an event in the workspace and puts it on the chart at {@code (x, y)}:
     * one command, so undo removes both.
     */
    public static Command create(EditingDomain domain, Workspace workspace, Chart chart, EClass kind, double x, double y) {
        CreateOperation create = new CreateOperation(domain instanceof MosaicEditingDomain mosaic ? mosaic : Editing.domain(workspace), kind);
        String name = kind.getName().toLowerCase(java.util.Locale.ROOT);
        if (kind == M.getActor()) {
            create.title("New actor").set("kind", ActorKind.ARMED_GROUP.getLiteral());
        } else if (kind == M.getEvent()) {
            LocalDate day = chart.getAt() != null ? chart.getAt() : LocalDate.now(ZoneOffset.UTC);
            create.title("New event").now(day.atStartOfDay().toInstant(ZoneOffset.UTC))
                .set("violenceType", firstTerm(workspace.rules(), MissionRules.VIOLENCE_TYPES, "attack"));
        } else if (M.getNamedObject().isSuperTypeOf(kind)) {
            create.title("New " + name);
        }
        CompoundCommand command = new CompoundCommand("Create " + name + " on chart");
        command.append(create.command());
        command.append(AddCommand.create(domain, chart, M.getChart_Nodes(), node(create.created(), x, y)));
        return command;
    }

    /** Creates a relation between two objects (of the mission's first relation type). */
    public static Command relate(Workspace workspace, MosaicObject from, MosaicObject to) {
        if (!(from instanceof NamedObject source) || !(to instanceof NamedObject target) || from == to) {
            return UnexecutableCommand.INSTANCE;
        }
        Relation relation = workspace.create(M.getRelation());
        relation.setType(firstTerm(workspace.rules(), MissionRules.RELATION_TYPES, "association"));
        relation.setFrom(source);
        relation.setTo(target);
        if (source instanceof Actor && target instanceof Location) {
            relation.setType(workspace.rules().hasTerm(MissionRules.RELATION_TYPES, "located-in") ? "located-in" : relation.getType());
        }
        return labelled(WorkspaceCommand.add(workspace, relation), "Create relation");
    }

    private static String firstTerm(MissionRules rules, String taxonomy, String fallback) {
        return rules.configuration().getTaxonomies().stream().filter(t -> t.getName().equals(taxonomy))
            .flatMap(t -> t.getTerms().stream()).map(term -> term.getCode()).findFirst().orElse(fallback);
    }

    /** Moves one end of a relation to another object. */
    public static Command reconnect(EditingDomain domain, Relation relation, boolean source, MosaicObject to) {
        if (!(to instanceof NamedObject) || to == (source ? relation.getTo() : relation.getFrom())) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(SetCommand.create(domain, relation, source ? M.getRelation_From() : M.getRelation_To(), to), "Reconnect relation");
    }

    /** Takes nodes off the chart (the objects stay in the workspace). */
    public static Command removeNodes(EditingDomain domain, Chart chart, Collection<ChartNode> nodes) {
        return labelled(RemoveCommand.create(domain, chart, M.getChart_Nodes(), nodes), "Remove from chart");
    }

    /** Stops drawing relations on this chart (they stay in the workspace). */
    public static Command hide(EditingDomain domain, Chart chart, Collection<Relation> relations) {
        return labelled(AddCommand.create(domain, chart, M.getChart_HiddenRelations(), relations), "Hide relation");
    }

    /**
     * Deletes objects from the workspace and their nodes from the chart, as one undoable command.
     * {@code delete} has checked that nothing else refers to them.
     */
    public static Command deleteFromModel(EditingDomain domain, Chart chart, DeleteOperation delete) {
        Set<MosaicObject> objects = delete.objects();
        CompoundCommand command = new CompoundCommand("Delete from workspace");
        List<ChartNode> nodes = chart.getNodes().stream().filter(n -> objects.contains(n.getObject())).toList();
        if (!nodes.isEmpty()) {
            command.append(RemoveCommand.create(domain, chart, M.getChart_Nodes(), nodes));
        }
        List<Relation> hidden = chart.getHiddenRelations().stream().filter(objects::contains).toList();
        if (!hidden.isEmpty()) {
            command.append(RemoveCommand.create(domain, chart, M.getChart_HiddenRelations(), hidden));
        }
        command.append(delete.command());
        return command;
    }

    /**
     * Adds the objects related to a node (by a relation, or as an event's perpetrator or place)
     * that the chart does not show yet, on a ring around it.
     */
    public static Command expand(EditingDomain domain, Chart chart, ChartNode node, Collection<? extends Relation> relations,
        Collection<? extends Event> events) {
        MosaicObject centre = node.getObject();
        Set<MosaicObject> neighbours = new LinkedHashSet<>();
        for (Relation relation : relations) {
            if (relation.getFrom() == centre && relation.getTo() != null) {
                neighbours.add(relation.getTo());
            } else if (relation.getTo() == centre && relation.getFrom() != null) {
                neighbours.add(relation.getFrom());
            }
        }
        if (centre instanceof Event event) {
            neighbours.addAll(event.getPerpetrators());
            if (event.getLocation() != null) {
                neighbours.add(event.getLocation());
            }
        }
        for (Event event : events) {
            if (event.getPerpetrators().contains(centre) || event.getLocation() == centre) {
                neighbours.add(event);
            }
        }
        chart.getNodes().forEach(n -> neighbours.remove(n.getObject()));
        if (neighbours.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        List<ChartNode> added = new ArrayList<>();
        double radius = 140 + 12 * neighbours.size();
        int i = 0;
        for (MosaicObject neighbour : neighbours) {
            double angle = 2 * Math.PI * i++ / neighbours.size();
            added.add(node(neighbour, node.getX() + radius * Math.cos(angle), node.getY() + radius * Math.sin(angle)));
        }
        return labelled(AddCommand.create(domain, chart, M.getChart_Nodes(), added), "Expand neighbours");
    }

    /** Adds a note with a text at {@code (x, y)} (its top left corner) of a size. */
    public static Command addNote(EditingDomain domain, Chart chart, String text, double x, double y, double width, double height) {
        ChartNote note = MosaicFactory.eINSTANCE.createChartNote();
        note.setText(text);
        note.setX(x);
        note.setY(y);
        note.setWidth(width);
        note.setHeight(height);
        return labelled(AddCommand.create(domain, chart, M.getChart_Notes(), note), "Add note");
    }

    /** Moves and resizes a note: its top left corner and size. */
    public static Command placeNote(EditingDomain domain, ChartNote note, double x, double y, double width, double height) {
        CompoundCommand command = new CompoundCommand(note.getWidth() == width && note.getHeight() == height ? "Move note" : "Resize note");
        command.append(SetCommand.create(domain, note, M.getChartNote_X(), x));
        command.append(SetCommand.create(domain, note, M.getChartNote_Y(), y));
        command.append(SetCommand.create(domain, note, M.getChartNote_Width(), width));
        command.append(SetCommand.create(domain, note, M.getChartNote_Height(), height));
        return command;
    }

    /** Changes a note's text. */
    public static Command setNoteText(EditingDomain domain, ChartNote note, String text) {
        return labelled(SetCommand.create(domain, note, M.getChartNote_Text(), text), "Edit note");
    }

    /** Takes notes off the chart. */
    public static Command removeNotes(EditingDomain domain, Chart chart, Collection<ChartNote> notes) {
        return labelled(RemoveCommand.create(domain, chart, M.getChart_Notes(), notes), notes.size() == 1 ? "Delete note" : "Delete notes");
    }

    /** Sets one of the chart's own settings (date, size and colour rules, dashing). */
    public static Command set(EditingDomain domain, Chart chart, EStructuralFeature feature, Object value) {
        return SetCommand.create(domain, chart, feature, value);
    }

    /** The chart's date, or all of time for null. */
    public static Command setDate(EditingDomain domain, Chart chart, LocalDate at) {
        return labelled(SetCommand.create(domain, chart, M.getChart_At(), at == null ? SetCommand.UNSET_VALUE : at),
            at == null ? "Show all of time" : "Show the network on " + at);
    }

    private static Command labelled(Command command, String label) {
        if (!command.canExecute()) {
            return command;
        }
        CompoundCommand named = new CompoundCommand(label);
        named.append(command);
        return named;
    }
}
