package mosaic.ops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.kinds.Kinds;

/**
 * Deleting objects from a workspace, the same from every front-end: refused, naming every
 * reference, while anything else still refers to one of them (on a chart, where the relations
 * drawn to a deleted object would dangle, its relations may be asked to go with it). The delete is one command: on a
 * command stack, Undo puts every object back (unsaved; saving writes their files again).
 */
public final class DeleteOperation {

    private static final int SHOWN_BLOCKERS = 15;

    private final Workspace workspace;
    private final Set<MosaicObject> doomed;
    private final List<String> blockers = new ArrayList<>();

    /**
     * Plans the delete of {@code objects}, and of every relation from or to one of them when
     * {@code withRelations}; referrers in {@code ignoredReferrers} (a chart that removes its own
     * nodes in the same command) do not block it.
     */
    public DeleteOperation(Workspace workspace, Collection<? extends MosaicObject> objects, boolean withRelations, Collection<?> ignoredReferrers) {
        this.workspace = workspace;
        this.doomed = new LinkedHashSet<>(objects);
        if (withRelations && !doomed.isEmpty()) {
            for (Relation relation : workspace.objects(Relation.class)) {
                if (doomed.contains(relation.getFrom()) || doomed.contains(relation.getTo())) {
                    doomed.add(relation);
                }
            }
        }
        for (MosaicObject object : doomed) {
            for (MosaicObject referrer : workspace.referencesTo(object)) {
                if (!doomed.contains(referrer) && !ignoredReferrers.contains(referrer)) {
                    blockers.add(Kinds.describe(object) + " is referred to by " + Kinds.describe(referrer));
                }
            }
        }
    }

    /** Plans the delete of {@code objects} alone. */
    public DeleteOperation(Workspace workspace, Collection<? extends MosaicObject> objects) {
        this(workspace, objects, false, List.of());
    }

    /** Everything that goes: the objects asked for (and their relations, when asked). */
    public Set<MosaicObject> objects() {
        return doomed;
    }

    /** Why the delete is refused, one reference a line ({@code "X is referred to by Y"}); empty when it is not. */
    public List<String> blockers() {
        return blockers;
    }

    /** Whether it may go ahead. */
    public boolean allowed() {
        return blockers.isEmpty() && !doomed.isEmpty();
    }

    /** The refusal as it is shown to an analyst: the first references, and how many more. */
    public String refusal() {
        return "Nothing was deleted. Remove these references first:\n\n"
            + String.join("\n", blockers.subList(0, Math.min(SHOWN_BLOCKERS, blockers.size())))
            + (blockers.size() > SHOWN_BLOCKERS ? "\n... and " + (blockers.size() - SHOWN_BLOCKERS) + " more" : "");
    }

    /** The question asked before the delete. */
    public String question() {
        return "Delete " + (doomed.size() == 1 ? Kinds.describe(doomed.iterator().next()) : doomed.size() + " objects")
            + " from the workspace?\n\nTheir files are removed; Undo puts them back.";
    }

    /** The delete as one command (unexecutable when refused). */
    public Command command() {
        if (!allowed()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(doomed.size() == 1 ? "Delete " + Kinds.describe(doomed.iterator().next())
            : "Delete " + doomed.size() + " objects");
        for (MosaicObject object : doomed) {
            command.append(WorkspaceCommand.remove(workspace, object));
        }
        return command;
    }
}
