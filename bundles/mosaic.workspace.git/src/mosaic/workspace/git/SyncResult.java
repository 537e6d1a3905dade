package mosaic.workspace.git;

import java.util.List;

/**
 * What a sync did.
 *
 * @param pendingCommit the commit of work that was not committed before the sync, or {@code null}
 * @param merge how the remote's changes came in
 * @param mergeCommit the new local commit (merge or fast-forward target), or {@code null}
 * @param conflicts the conflicts this sync's merge found (kept side and loser named in the merge commit)
 * @param danglingReferences objects that refer to objects deleted on the other side, one line each
 * @param pushed whether the remote now has this workspace's history
 * @param pushProblem why the push failed, or {@code null}; the local merge commit stays and the
 *        next sync pushes it
 * @param compartments the sync of each mounted compartment that has a remote, by name
 * @param problems what the sync did not take from the remote, one line each naming the file and
 *        why (per-user state, symbolic links, submodules, paths outside the workspace, versions
 *        that cannot be read)
 */
public record SyncResult(String pendingCommit, Merge merge, String mergeCommit, List<Conflict> conflicts, List<String> danglingReferences,
        boolean pushed, String pushProblem, java.util.Map<String, SyncResult> compartments, List<String> problems) {

    /** A sync without problems. */
    public SyncResult(String pendingCommit, Merge merge, String mergeCommit, List<Conflict> conflicts, List<String> danglingReferences,
            boolean pushed, String pushProblem, java.util.Map<String, SyncResult> compartments) {
        this(pendingCommit, merge, mergeCommit, conflicts, danglingReferences, pushed, pushProblem, compartments, List.of());
    }

    /** How the remote's history was joined with the local one. */
    public enum Merge {
        /** The remote has nothing (yet): nothing to merge. */
        REMOTE_EMPTY,
        /** The remote has nothing new. */
        UP_TO_DATE,
        /** Only the remote changed: the workspace moved forward to it. */
        FAST_FORWARD,
        /** Both changed: a model-aware merge commit with two parents. */
        MERGED
    }
}
