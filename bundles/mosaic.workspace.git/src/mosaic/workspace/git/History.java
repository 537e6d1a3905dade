package mosaic.workspace.git;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.Fields;

/**
 * What happened to a versioned workspace: commits (who, when, component, message, which objects),
 * the field-by-field history of one object, restoring an old version as a new change, and the
 * handover summary of everything since a date or a tag.
 */
public final class History {

    /** A change to one object file in one commit. */
    public record ObjectChange(String path, String kind, String id, String title, DiffEntry.ChangeType type, Map<String, String[]> fields) {
    }

    /** One commit. */
    public record Entry(String commit, String author, String component, Instant when, String message, List<ObjectChange> changes) {

        /** The first line of the message. */
        public String summary() {
            int end = message.indexOf('\n');
            return end < 0 ? message : message.substring(0, end);
        }
    }

    private final VersionedWorkspace workspace;
    private final Repository repository;
    private Predicate<MosaicObject> visible = o -> true;
    private final List<String> problems = new ArrayList<>();

    /** The history of {@code workspace}. */
    public History(VersionedWorkspace workspace) {
        this.workspace = workspace;
        this.repository = workspace.repository();
    }

    /**
     * Only changes to objects a reader may see, in every version the change touches (an object
     * lowered from a level the reader may not see keeps its earlier versions hidden); a commit
     * whose every change is hidden is left out.
     *
     * @return this history
     */
    public History visibleTo(Predicate<MosaicObject> predicate) {
        this.visible = predicate;
        return this;
    }

    /**
     * The commits since a date or tag (newest first), optionally only those that touched one
     * object; each with the objects it changed and, with {@code withFields}, their field changes.
     *
     * @param since {@code null}, a date (YYYY-MM-DD or an instant), or a tag name as given to {@link VersionedWorkspace#tag}
     * @param objectId {@code null}, or the id of the one object to follow
     * @throws IllegalArgumentException when {@code since} is neither a date nor a tag
     */
    public List<Entry> log(String since, String objectId, boolean withFields) throws IOException {
        ObjectId head = workspace.head();
        List<Entry> entries = new ArrayList<>();
        if (head == null) {
            return entries;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            if (since != null) {
                Instant date = date(since);
                if (date != null) {
                    walk.setRevFilter(CommitTimeRevFilter.after(date));
                } else {
                    walk.markUninteresting(walk.parseCommit(tagCommit(since)));
                }
            }
            TreeFilter filter = objectId == null ? TreeFilter.ANY_DIFF
                : PathFilterGroup.createFromStrings(Kinds.names().stream().map(kind -> kind + "/" + objectId + ".xmi").toList());
            for (RevCommit commit : walk) {
                int[] hidden = { 0 };
                List<ObjectChange> changes = changes(commit, filter, withFields, hidden);
                if ((objectId != null || hidden[0] > 0) && changes.isEmpty()) {
                    continue;
                }
                String component = trailer(commit.getFullMessage());
                entries.add(new Entry(commit.name(), commit.getAuthorIdent().getName(), component,
                    commit.getAuthorIdent().getWhenAsInstant(), commit.getFullMessage().strip(), changes));
            }
        }
        return entries;
    }

    /**
     * Changes since a date or tag grouped by kind, then author, then object (each object once
     * per author), for handing over to the next analyst.
     */
    public Map<String, Map<String, List<ObjectChange>>> handover(String since) throws IOException {
        Map<String, Map<String, List<ObjectChange>>> summary = new TreeMap<>();
        for (Entry entry : log(since, null, false)) {
            for (ObjectChange change : entry.changes()) {
                String author = entry.author() + (entry.component().isEmpty() ? "" : " (" + entry.component() + ")");
                List<ObjectChange> list = summary.computeIfAbsent(change.kind(), k -> new TreeMap<>()).computeIfAbsent(author, a -> new ArrayList<>());
                if (list.stream().noneMatch(c -> c.id().equals(change.id()))) {
                    list.add(change);
                }
            }
        }
        return summary;
    }

    /**
     * Compares two versions of one object field by field.
     *
     * @param older a commit (id, tag or ref); the object may be absent there
     * @param newer another commit, or {@code null} for the files in the workspace now
     * @return field name to {old, new} for every field that differs
     * @throws IllegalArgumentException when a version does not exist or the object is in neither
     */
    public Map<String, String[]> compare(String objectId, String older, String newer) throws IOException {
        EObject before = version(objectId, older);
        EObject after = newer == null ? current(objectId) : version(objectId, newer);
        if (before == null && after == null) {
            throw new IllegalArgumentException("object " + objectId + " is in neither version");
        }
        return Fields.diff(before, after);
    }

    private EObject version(String objectId, String commit) throws IOException {
        ObjectId id = repository.resolve(commit);
        if (id == null) {
            throw new IllegalArgumentException("no version '" + commit + "' in " + workspace.root());
        }
        for (String kind : Kinds.names()) {
            String path = kind + "/" + objectId + ".xmi";
            byte[] bytes = workspace.read(id, path);
            if (bytes != null) {
                return ModelFiles.load(workspace.root(), path, bytes, commit);
            }
        }
        return null;
    }

    private EObject current(String objectId) throws IOException {
        for (String kind : Kinds.names()) {
            String path = kind + "/" + objectId + ".xmi";
            java.nio.file.Path file = workspace.root().resolve(path);
            if (java.nio.file.Files.isRegularFile(file)) {
                return ModelFiles.load(workspace.root(), path, java.nio.file.Files.readAllBytes(file), "working copy");
            }
        }
        return null;
    }

    /**
     * Writes the version of an object from {@code commit} back into the workspace and commits it
     * as a new change (history is never rewritten).
     *
     * @return the new commit, or empty when the object already was like that
     */
    public java.util.Optional<RevCommit> restore(String objectId, String commit, Identity who) throws IOException {
        ObjectId id = repository.resolve(commit);
        if (id == null) {
            throw new IllegalArgumentException("no version '" + commit + "' in " + workspace.root());
        }
        for (String kind : Kinds.names()) {
            String path = kind + "/" + objectId + ".xmi";
            byte[] bytes = workspace.read(id, path);
            if (bytes != null) {
                java.nio.file.Path file = new RepositoryPaths(workspace.root()).file(path); // inside, no link on the way
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, bytes);
                return workspace.commit("Restore " + path + " as of " + id.abbreviate(8).name(), who);
            }
        }
        throw new IllegalArgumentException("object " + objectId + " is not in version " + commit);
    }

    /** Whether a version may be shown: absent, or a visible object (what is not an object of the model is not shown). */
    private boolean visible(EObject version) {
        return version == null || version instanceof MosaicObject o && visible.test(o);
    }

    private static Instant date(String text) {
        try {
            return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException notInstant) {
                return null;
            }
        }
    }

    private ObjectId tagCommit(String tag) throws IOException {
        Ref ref = repository.findRef(Constants.R_TAGS + tag);
        if (ref == null) {
            try {
                ref = repository.findRef(Constants.R_TAGS + VersionedWorkspace.tagRefName(tag));
            } catch (IllegalArgumentException e) {
                ref = null;
            }
        }
        if (ref == null) {
            throw new IllegalArgumentException("'" + tag + "' is neither a date (YYYY-MM-DD) nor a tag of " + workspace.root());
        }
        Ref peeled = repository.getRefDatabase().peel(ref);
        return peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
    }

    private static String trailer(String message) {
        for (String line : message.split("\n")) {
            if (line.startsWith(Identity.COMPONENT_TRAILER + ": ")) {
                return line.substring(Identity.COMPONENT_TRAILER.length() + 2).strip();
            }
        }
        return "";
    }

    /**
     * The versions that {@link #log} and {@link #handover} skipped because they cannot be read as
     * Mosaic objects, one line each naming the file, the commit and the reason.
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void problem(String line) {
        if (!problems.contains(line)) {
            problems.add(line);
            workspace.problem(line);
        }
    }

    private List<ObjectChange> changes(RevCommit commit, TreeFilter filter, boolean withFields, int[] hidden) throws IOException {
        List<ObjectChange> changes = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.setRecursive(true);
            if (commit.getParentCount() == 0) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(commit.getParent(0).getTree());
            }
            tree.addTree(commit.getTree());
            tree.setFilter(filter == TreeFilter.ANY_DIFF ? TreeFilter.ANY_DIFF : org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
            for (DiffEntry diff : DiffEntry.scan(tree)) {
                String path = diff.getChangeType() == DiffEntry.ChangeType.DELETE ? diff.getOldPath() : diff.getNewPath();
                int slash = path.indexOf('/');
                if (!path.endsWith(".xmi") || slash < 0 || Kinds.byName(path.substring(0, slash)).isEmpty()) {
                    continue;
                }
                byte[] before = diff.getChangeType() == DiffEntry.ChangeType.ADD ? null : repository.open(diff.getOldId().toObjectId()).getBytes();
                byte[] after = diff.getChangeType() == DiffEntry.ChangeType.DELETE ? null : repository.open(diff.getNewId().toObjectId()).getBytes();
                EObject old;
                EObject now;
                try {
                    old = before == null ? null : ModelFiles.load(workspace.root(), path, before, commit.getParentCount() == 0 ? "none" : commit.getParent(0).name());
                    now = after == null ? null : ModelFiles.load(workspace.root(), path, after, commit.name());
                } catch (IOException unreadable) {
                    // One unreadable version (a hostile or broken commit) is skipped, never the whole history.
                    problem(unreadable.getMessage() + "; skipped in commit " + commit.abbreviate(8).name());
                    continue;
                }
                if (!visible(old) || !visible(now)) {
                    hidden[0]++;
                    continue;
                }
                EObject either = now != null ? now : old;
                changes.add(new ObjectChange(path, path.substring(0, slash), path.substring(slash + 1, path.length() - 4), Kinds.title(either),
                    diff.getChangeType(), withFields ? Fields.diff(old, now) : Map.of()));
            }
        }
        return changes;
    }
}
