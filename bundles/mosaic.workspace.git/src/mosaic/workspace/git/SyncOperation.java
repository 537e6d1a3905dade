package mosaic.workspace.git;

import static mosaic.workspace.git.VersionedWorkspace.DEFAULT_REMOTE;
import static mosaic.workspace.git.VersionedWorkspace.rootMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The sync of a {@link VersionedWorkspace}: commit pending work, fetch, merge model-aware (every
 * file both sides changed through {@link ModelMerger}, conflicts kept until resolved), push, then
 * the same for each mounted compartment with a remote. A sync that fails part way leaves the files
 * and HEAD as they were, or a complete local merge commit that the next sync pushes.
 */
final class SyncOperation extends GitOperation {

    SyncOperation(VersionedWorkspace handle) {
        super(handle);
    }

    /**
     * Commits pending work, fetches from the remote, merges model-aware and pushes.
     *
     * @param remoteUrl the remote to sync with; {@code null} for the default remote. When the
     *        workspace has no default remote yet, this one becomes it.
     * @throws IOException when the remote cannot be reached or read: the workspace is left as it
     *         was (pending work committed)
     * @throws IllegalStateException when there is no remote to sync with
     */
    SyncResult sync(String remoteUrl, Identity who, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Synchronizing " + root.getFileName(), 100);
        checkCanceled(progress);
        String remote = remoteFor(remoteUrl);
        String url = remoteUrl != null ? remoteUrl : handle.defaultRemote().orElseThrow();
        ObjectId before = handle.head();
        String pending = handle.commit("Work before sync", who).map(ObjectId::name).orElse(null);
        progress.worked(10);
        String branch = handle.branch();
        FetchResult fetched;
        try {
            checkCanceled(progress);
            progress.subTask("Fetching from " + url);
            try {
                fetched = git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + remote + "/*"))
                    .setCredentialsProvider(handle.credentials()).setTransportConfigCallback(handle.transport()).setProgressMonitor(new GitProgress(progress))
                    .call();
            } catch (GitAPIException | RuntimeException e) {
                checkCanceled(progress);
                throw new IOException("cannot fetch from " + url + ": " + rootMessage(e), e);
            }
            progress.worked(30);
            checkCanceled(progress);
        } catch (OperationCanceledException e) {
            uncommit(before, pending);
            throw e;
        }
        String remoteBranch = remoteBranch(remote, branch, fetched, url);
        String tracking = Constants.R_REMOTES + remote + "/" + remoteBranch;
        Ref theirsRef = repository().exactRef(tracking);
        ObjectId ours = handle.head();
        SyncResult.Merge kind;
        ObjectId newHead = null;
        List<Conflict> conflicts = List.of();
        List<String> dangling = List.of();
        List<String> problems = new ArrayList<>();
        if (theirsRef == null) {
            kind = SyncResult.Merge.REMOTE_EMPTY;
        } else {
            ObjectId theirs = theirsRef.getObjectId();
            ObjectId base = mergeBase(ours, theirs);
            boolean refused = !theirs.equals(base) && !theirs.equals(ours) && hasRefusedEntries(ours, theirs);
            if (refused) {
                // What the remote brings includes entries no workspace takes (per-user state, links,
                // submodules, paths outside): a merge commit that leaves them out, never a checkout of them.
                kind = SyncResult.Merge.MERGED;
                MergeOutcome outcome = mergeCommits(base, ours, theirs, url, who, progress.split(30));
                newHead = outcome.commit;
                conflicts = outcome.conflicts;
                dangling = outcome.dangling;
                problems.addAll(outcome.problems);
            } else if (ours == null || theirs.equals(base) || theirs.equals(ours)) {
                kind = ours == null ? SyncResult.Merge.FAST_FORWARD : SyncResult.Merge.UP_TO_DATE;
                if (ours == null) {
                    newHead = theirs;
                }
            } else if (ours.equals(base)) {
                kind = SyncResult.Merge.FAST_FORWARD;
                newHead = theirs;
            } else {
                kind = SyncResult.Merge.MERGED;
                MergeOutcome outcome = mergeCommits(base, ours, theirs, url, who, progress.split(30));
                newHead = outcome.commit;
                conflicts = outcome.conflicts;
                dangling = outcome.dangling;
                problems.addAll(outcome.problems);
            }
            if (newHead != null) {
                moveTo(ours, newHead);
            }
        }
        if (!conflicts.isEmpty()) {
            List<Conflict> open = new ArrayList<>(handle.conflicts());
            for (Conflict conflict : conflicts) {
                open.removeIf(c -> c.path().equals(conflict.path()) && c.field().equals(conflict.field()));
                open.add(conflict);
            }
            handle.conflictStore().write(open);
        }
        progress.setWorkRemaining(20);
        String pushProblem = push(url, branch, remoteBranch, tracking);
        if (pushProblem == null) {
            setUpstream(remote, branch, remoteBranch);
        }
        housekeeping();
        progress.worked(10);
        Map<String, SyncResult> compartmentResults = new TreeMap<>();
        for (Compartment compartment : handle.compartments()) {
            try (VersionedWorkspace repository = handle.compartment(compartment.name())) {
                if (repository.defaultRemote().isPresent()) {
                    repository.setCredentials(handle.credentials());
                    repository.setSsh(handle.ssh());
                    compartmentResults.put(compartment.name(), repository.sync(null, who, progress.split(10 / Math.max(1, handle.compartments().size()))));
                }
            }
        }
        return new SyncResult(pending, kind, newHead == null ? null : newHead.name(), conflicts, dangling, pushProblem == null, pushProblem,
            compartmentResults, problems);
    }

    /**
     * The remote's branch that the workspace's {@code branch} syncs with: its upstream on the
     * default remote; else the remote's branch of the same name; else, when the remote has no
     * branch at all (a first push into an empty repository), the branch the remote's HEAD names,
     * so that the push creates the branch {@code git clone} checks out; else its own name.
     */
    private String remoteBranch(String remote, String branch, FetchResult fetched, String url) {
        if (DEFAULT_REMOTE.equals(remote)) {
            Optional<String> upstream = handle.upstream(branch);
            if (upstream.isPresent()) {
                return upstream.get();
            }
        }
        boolean empty = fetched.getAdvertisedRefs().stream().noneMatch(ref -> ref.getName().startsWith(Constants.R_HEADS));
        return empty ? RemoteHead.branch(url, handle.credentials(), handle::sshFactory).orElse(branch) : branch;
    }

    /**
     * After a push to the default remote, records the remote branch as the branch's upstream, as
     * {@code git push -u} does, so that later syncs and plain git in the workspace
     * ({@code git status}, {@code git pull}, {@code git push}) use the same branch.
     */
    private void setUpstream(String remote, String branch, String remoteBranch) throws IOException {
        if (!DEFAULT_REMOTE.equals(remote) || handle.upstream(branch).isPresent()) {
            return;
        }
        StoredConfig config = repository().getConfig();
        config.setString("branch", branch, "remote", DEFAULT_REMOTE);
        config.setString("branch", branch, "merge", Constants.R_HEADS + remoteBranch);
        if (!branch.equals(remoteBranch)) {
            config.setString("push", null, "default", "upstream"); // git's default (simple) refuses a branch whose upstream has another name
        }
        config.save();
    }

    /**
     * git's automatic housekeeping after a sync, with git's thresholds ({@code gc.auto},
     * {@code gc.autoPackLimit}): once loose objects or packs have piled up (each fetch brings a
     * pack, each commit loose objects), they are packed together, in this thread so that a
     * command does not exit in the middle. A failure costs only disk space, so it is logged, not
     * raised.
     */
    private void housekeeping() {
        Repository repository = repository();
        repository.getConfig().setBoolean("gc", null, "autoDetach", false); // in memory only
        try {
            repository.autoGC(org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE);
        } catch (RuntimeException e) {
            System.getLogger(VersionedWorkspace.class.getName()).log(System.Logger.Level.WARNING, root + ": git housekeeping failed: " + rootMessage(e), e);
        }
    }

    /**
     * Takes back the commit of pending work made by a sync that was cancelled before it merged:
     * HEAD and the index go back to {@code before}, the files stay as they are, so the workspace
     * is as it was.
     */
    private void uncommit(ObjectId before, String pending) throws IOException {
        if (pending == null || before == null) {
            return;
        }
        try {
            git.reset().setMode(ResetType.MIXED).setRef(before.name()).call();
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot take back the commit of pending work " + pending + ": " + rootMessage(e), e);
        }
    }

    /**
     * JGit's progress reports as sub-tasks of an Eclipse monitor, and its cancellation: JGit stops
     * a fetch or push when the monitor is cancelled.
     */
    private static final class GitProgress implements org.eclipse.jgit.lib.ProgressMonitor {
        private final IProgressMonitor monitor;

        GitProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void start(int totalTasks) {
            // the Eclipse monitor's own work covers JGit's tasks
        }

        @Override
        public void beginTask(String title, int totalWork) {
            monitor.subTask(title);
        }

        @Override
        public void update(int completed) {
            // JGit's units (objects, deltas) are not the sync's
        }

        @Override
        public void endTask() {
            // nothing to close
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }

        @Override
        public void showDuration(boolean enabled) {
            // durations are JGit's own debugging aid
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private String remoteFor(String remoteUrl) throws IOException {
        Optional<String> current = handle.defaultRemote();
        if (remoteUrl == null) {
            if (current.isEmpty()) {
                throw new IllegalStateException("the workspace has no remote yet; give one with --remote URL");
            }
            return DEFAULT_REMOTE;
        }
        if (current.isEmpty()) {
            StoredConfig config = repository().getConfig();
            config.setString("remote", DEFAULT_REMOTE, "url", remoteUrl);
            config.setString("remote", DEFAULT_REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + DEFAULT_REMOTE + "/*");
            config.save();
            return DEFAULT_REMOTE;
        }
        return current.get().equals(remoteUrl) ? DEFAULT_REMOTE : "mosaic-sync";
    }

    private String push(String url, String branch, String remoteBranch, String tracking) throws IOException {
        try {
            Iterable<PushResult> results = git.push().setRemote(url).setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + remoteBranch))
                .setCredentialsProvider(handle.credentials()).setTransportConfigCallback(handle.transport()).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        return "push to " + url + " refused (" + update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage().strip()) + ")";
                    }
                }
            }
        } catch (GitAPIException | RuntimeException e) {
            return "push to " + url + " failed: " + rootMessage(e);
        }
        RefUpdate update = repository().updateRef(tracking);
        update.setNewObjectId(handle.head());
        update.setForceUpdate(true);
        update.update();
        return null;
    }

    private ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
        if (a == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base == null ? null : base.copy();
        }
    }

    /** Checks out {@code target} (the working tree is clean: pending work was committed) and moves the branch; on failure puts {@code from} back. */
    private void moveTo(ObjectId from, ObjectId target) throws IOException {
        Repository repository = repository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(target);
            DirCache index = repository.lockDirCache();
            try {
                DirCacheCheckout checkout = from == null ? new DirCacheCheckout(repository, index, commit.getTree())
                    : new DirCacheCheckout(repository, walk.parseCommit(from).getTree(), index, commit.getTree());
                checkout.setFailOnConflict(true);
                checkout.checkout();
            } finally {
                index.unlock();
            }
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(commit);
            update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
            update.setRefLogMessage("mosaic sync", false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
                throw new IOException("cannot move " + handle.branch() + " to " + target.name() + ": " + result);
            }
        } catch (IOException | RuntimeException e) {
            if (from != null) {
                try {
                    git.reset().setMode(ResetType.HARD).setRef(from.name()).call();
                } catch (GitAPIException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
    }

    private record MergeOutcome(ObjectId commit, List<Conflict> conflicts, List<String> dangling, List<String> problems) {
    }

    /** Whether {@code theirs} has an entry, new or changed against {@code ours}, that {@link RepositoryPaths} refuses. */
    private boolean hasRefusedEntries(ObjectId oursId, ObjectId theirsId) throws IOException {
        RepositoryPaths paths = new RepositoryPaths(root);
        try (RevWalk walk = new RevWalk(repository()); TreeWalk tree = new TreeWalk(repository())) {
            if (oursId == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(oursId).getTree());
            }
            tree.addTree(walk.parseCommit(theirsId).getTree());
            tree.setRecursive(true);
            tree.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
            while (tree.next()) {
                if (present(tree, 1) && paths.refusal(tree.getPathString(), tree.getFileMode(1)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private MergeOutcome mergeCommits(ObjectId baseId, ObjectId oursId, ObjectId theirsId, String url, Identity who, IProgressMonitor monitor)
            throws IOException {
        Repository repository = repository();
        ModelMerger merger = new ModelMerger(root, theirsId.name());
        RepositoryPaths paths = new RepositoryPaths(root);
        List<String> problems = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, byte[]> mergedChanges = new LinkedHashMap<>();
        List<String> deletedIds = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                ObjectInserter inserter = repository.newObjectInserter(); TreeWalk tree = new TreeWalk(repository, reader)) {
            RevCommit theirs = walk.parseCommit(theirsId);
            if (baseId == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(baseId).getTree());
            }
            if (oursId == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(oursId).getTree());
            }
            tree.addTree(theirs.getTree());
            tree.setRecursive(true);
            DirCache merged = DirCache.newInCore();
            DirCacheBuilder builder = merged.builder();
            while (tree.next()) {
                checkCanceled(monitor);
                ObjectId b = present(tree, 0) ? tree.getObjectId(0) : null;
                ObjectId m = present(tree, 1) ? tree.getObjectId(1) : null;
                ObjectId t = present(tree, 2) ? tree.getObjectId(2) : null;
                String path = tree.getPathString();
                ObjectId result;
                FileMode mode = present(tree, 1) ? tree.getFileMode(1) : present(tree, 2) ? tree.getFileMode(2) : tree.getFileMode(0);
                String refusal = t == null || Objects.equals(m, t) && tree.getFileMode(1).equals(tree.getFileMode(2)) ? null
                    : paths.refusal(path, tree.getFileMode(2));
                if (refusal != null) {
                    problems.add(path + " (commit " + theirsId.abbreviate(8).name() + " of " + url + "): " + refusal + "; not taken");
                    result = m;
                } else if (Objects.equals(m, t) || Objects.equals(b, t)) {
                    result = m;
                } else if (Objects.equals(b, m)) {
                    result = t;
                } else {
                    ModelMerger.Result outcome = null;
                    try {
                        outcome = merger.merge(path, bytes(reader, b), bytes(reader, m), bytes(reader, t));
                    } catch (IOException unreadable) {
                        // One unreadable version (hostile or broken) stops no merge: the readable side stays.
                        boolean mineReadable = readable(path, bytes(reader, m));
                        problems.add(unreadable.getMessage() + "; kept " + (mineReadable ? "mine" : "theirs"));
                    }
                    if (outcome != null) {
                        conflicts.addAll(outcome.conflicts());
                        result = outcome.merged() == null ? null : inserter.insert(Constants.OBJ_BLOB, outcome.merged());
                    } else {
                        result = readable(path, bytes(reader, m)) ? m : t;
                    }
                }
                if (result == null) {
                    if (b != null && path.endsWith(".xmi")) {
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        deletedIds.add(name.substring(0, name.length() - 4));
                    }
                    continue;
                }
                if (!result.equals(b)) {
                    mergedChanges.put(path, reader.open(result).getBytes());
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(mode);
                entry.setObjectId(result);
                builder.add(entry);
            }
            builder.finish();
            ObjectId treeId = merged.writeTree(inserter);
            List<String> dangling = danglingReferences(mergedChanges, deletedIds);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(treeId);
            if (oursId == null) {
                commit.setParentId(theirsId);
            } else {
                commit.setParentIds(oursId, theirsId);
            }
            PersonIdent person = new PersonIdent(who.name(), who.email());
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(who.withTrailer(mergeMessage(url, conflicts, dangling, problems)));
            ObjectId commitId = inserter.insert(commit);
            inserter.flush();
            return new MergeOutcome(commitId, conflicts, dangling, problems);
        }
    }

    private static boolean present(TreeWalk tree, int index) {
        return tree.getRawMode(index) != 0;
    }

    /** Whether {@code bytes} (absent counts as readable) are one Mosaic object, for a file that is one. */
    private boolean readable(String path, byte[] bytes) {
        if (bytes == null || !path.endsWith(".xmi")) {
            return true;
        }
        try {
            ModelFiles.load(root, path, bytes, "mine");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
        return id == null ? null : reader.open(id).getBytes();
    }

    private static List<String> danglingReferences(Map<String, byte[]> changed, List<String> deletedIds) {
        List<String> dangling = new ArrayList<>();
        if (deletedIds.isEmpty()) {
            return dangling;
        }
        for (Map.Entry<String, byte[]> file : changed.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String id : deletedIds) {
                if (text.contains("#" + id + "\"")) {
                    dangling.add(file.getKey() + " refers to " + id + ", which was deleted");
                }
            }
        }
        return dangling;
    }

    private static String mergeMessage(String url, List<Conflict> conflicts, List<String> dangling, List<String> problems) {
        StringBuilder message = new StringBuilder("Merge changes from ").append(url).append('\n');
        if (!problems.isEmpty()) {
            message.append("\nNot taken from the remote:\n");
            problems.forEach(p -> message.append("* ").append(p).append('\n'));
        }
        if (!conflicts.isEmpty()) {
            message.append("\nConflicts (open until resolved):\n");
            conflicts.forEach(c -> message.append("- ").append(c.describe()).append('\n'));
        }
        if (!dangling.isEmpty()) {
            message.append("\nReferences to deleted objects:\n");
            dangling.forEach(d -> message.append("* ").append(d).append('\n'));
        }
        return message.toString();
    }
}
