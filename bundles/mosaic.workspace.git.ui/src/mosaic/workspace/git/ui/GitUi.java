package mosaic.workspace.git.ui;

/** Identifiers of the git-versioned workspace UI: views, commands and the job family. */
public final class GitUi {

    /** The Conflicts view: one row per open merge conflict, resolved from there. */
    public static final String VIEW_CONFLICTS = "mosaic.workspace.git.ui.conflictsView";
    /** The History view: the versions of the selected object, compared field by field. */
    public static final String VIEW_HISTORY = "mosaic.workspace.git.ui.historyView";
    /** The Handover view: what changed since a date or a tag, by kind and author. */
    public static final String VIEW_HANDOVER = "mosaic.workspace.git.ui.handoverView";
    /** Command: commit pending work, fetch, merge and push. */
    public static final String COMMAND_SYNC = "mosaic.workspace.git.ui.sync";
    /** Command: commit the workspace's changes with a message. */
    public static final String COMMAND_COMMIT = "mosaic.workspace.git.ui.commit";
    /** Job family of every git job of this UI (sync, commit, resolve, restore, status, reads). */
    public static final Object FAMILY = GitUi.class;

    private GitUi() {
    }
}
