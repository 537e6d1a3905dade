package mosaic.workspace.git;

import static mosaic.workspace.git.VersionedWorkspace.rootMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.model.MosaicObject;
import mosaic.workspace.git.Conflict.Side;
import mosaic.ops.SetFieldsOperation;

/**
 * Settles the open conflicts of a {@link VersionedWorkspace} (or of one of its compartments):
 * mine, theirs or a new value, committed with the value that lost named in the message.
 */
final class ResolveOperation extends GitOperation {

    ResolveOperation(VersionedWorkspace handle) {
        super(handle);
    }

    /**
     * Settles one open conflict and commits the outcome, naming the value that lost.
     *
     * @param object the object's id (or, for a non-model file, its path)
     * @param field the conflicting field
     * @param choice {@code mine}, {@code theirs}, or a new value (for a field of a model object)
     * @return the commit that records the resolution
     * @throws IllegalArgumentException when there is no such open conflict or the value does not fit
     */
    RevCommit resolve(String object, String field, String choice, Identity who) throws IOException, WorkspaceException {
        List<Conflict> open = handle.conflicts();
        if (open.stream().noneMatch(c -> matches(c, object, field))) {
            for (Compartment compartment : handle.compartments()) {
                try (VersionedWorkspace repository = handle.compartment(compartment.name())) {
                    if (repository.conflicts().stream().anyMatch(c -> matches(c, object, field))) {
                        return repository.resolve(object, field, choice, who);
                    }
                }
            }
        }
        Conflict conflict = open.stream().filter(c -> (c.objectId().equals(object) || c.path().equals(object) || c.title().equals(object)) && c.field().equals(field))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("no open conflict on " + object + " " + field
                + (open.isEmpty() ? " (there are no open conflicts)" : "") + listHint(object, field)));
        String outcome;
        String lost;
        Path file = new RepositoryPaths(root).file(conflict.path()); // inside the workspace, no link on the way
        if (choice.equals("mine") || choice.equals("theirs")) {
            Side side = choice.equals("mine") ? Side.MINE : Side.THEIRS;
            String value = side == Side.MINE ? conflict.mine() : conflict.theirs();
            outcome = "kept " + choice + " '" + value + "'";
            lost = side == Side.MINE ? conflict.theirs() : conflict.mine();
            if (side != conflict.kept()) {
                takeTheirsOrMine(conflict, side, file, who);
            }
        } else {
            if (conflict.field().equals(Conflict.DELETED) || conflict.field().equals(Conflict.CONTENT)) {
                throw new IllegalArgumentException(conflict.field() + " conflicts are resolved with mine or theirs, not a value");
            }
            Workspace workspace = Workspace.open(handle.workspaceRoot(), null);
            workspace.setUser(who.name(), who.component());
            SetFieldsOperation editor = new SetFieldsOperation(workspace);
            editor.set(editor.find(conflict.objectId()), field, choice);
            workspace.saveAll(null);
            outcome = "set to '" + choice + "'";
            lost = "mine '" + conflict.mine() + "' and theirs '" + conflict.theirs() + "'";
        }
        open.remove(conflict);
        String message = "Resolve conflict: " + conflict.path() + " (" + conflict.title() + ") " + conflict.field() + ": " + outcome
            + "\n\nLosing value: " + lost + "\n";
        RevCommit commit;
        try {
            handle.stageAll();
            PersonIdent person = new PersonIdent(who.name(), who.email());
            commit = git.commit().setMessage(who.withTrailer(message)).setAuthor(person).setCommitter(person).setAllowEmpty(true)
                .setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot commit the resolution: " + rootMessage(e), e);
        }
        handle.conflictStore().write(open);
        return commit;
    }

    /**
     * Why there is no conflict to resolve on a multi-valued field: lists merge element by element
     * (each side's additions and removals are kept), so they never conflict.
     */
    private String listHint(String object, String field) {
        try {
            MosaicObject found = new SetFieldsOperation(Workspace.open(handle.workspaceRoot(), null)).find(object);
            var feature = found.eClass().getEStructuralFeature(field);
            return feature != null && feature.isMany() ? "; " + field + " is a list, and lists merge element by element (what either side added"
                + " or removed is kept), so they never conflict: change it with set " + field + "=a,b,c" : "";
        } catch (WorkspaceException | IllegalArgumentException e) {
            return ""; // not an object of the workspace: the message says enough
        }
    }

    private static boolean matches(Conflict c, String object, String field) {
        return (c.objectId().equals(object) || c.path().equals(object) || c.title().equals(object)) && c.field().equals(field);
    }

    private void takeTheirsOrMine(Conflict conflict, Side side, Path file, Identity who) throws IOException, WorkspaceException {
        if (conflict.field().equals(Conflict.DELETED)) {
            // The merge kept the edited object; the other side deleted it.
            Files.deleteIfExists(file);
            return;
        }
        ObjectId source = side == Side.THEIRS ? repository().resolve(conflict.theirsCommit()) : findMineCommit(conflict);
        byte[] bytes = source == null ? null : handle.read(source, conflict.path());
        if (bytes == null) {
            throw new IOException(conflict.path() + ": the " + side.word() + " version (" + conflict.theirsCommit() + ") is not in this repository");
        }
        if (conflict.field().equals(Conflict.CONTENT)) {
            Files.write(file, bytes);
            return;
        }
        Workspace workspace = Workspace.open(handle.workspaceRoot(), null);
        workspace.setUser(who.name(), who.component()); // the resolver is who changed the object
        SetFieldsOperation editor = new SetFieldsOperation(workspace);
        editor.copyField(editor.find(conflict.objectId()), ModelFiles.load(root, conflict.path(), bytes, source.name()), conflict.field());
        workspace.saveAll(null);
    }

    /** The first parent of the merge that recorded the conflict: mine's side. */
    private ObjectId findMineCommit(Conflict conflict) throws IOException {
        try (RevWalk walk = new RevWalk(repository())) {
            walk.markStart(walk.parseCommit(handle.head()));
            ObjectId theirs = repository().resolve(conflict.theirsCommit());
            for (RevCommit commit : walk) {
                if (commit.getParentCount() == 2 && commit.getParent(1).equals(theirs)) {
                    return commit.getParent(0);
                }
            }
        }
        return null;
    }
}
