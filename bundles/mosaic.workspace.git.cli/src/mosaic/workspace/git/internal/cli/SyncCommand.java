package mosaic.workspace.git.internal.cli;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.Conflict;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * {@code sync --workspace DIR [--remote URL]}: commit pending work, fetch, merge, push. Exits 3 and
 * lists the conflicts when the merge found some; exits 1 when the push failed (the merge is
 * committed locally and the next sync pushes it).
 */
public final class SyncCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR [--remote URL] [--ssh-key FILE [--known-hosts FILE]]";

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "commit pending work, fetch, merge field by field, push (the first --remote becomes the default)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        GitCli.positionals(context, SYNOPSIS, 0, 0, List.of(), GitCli.withSsh("workspace", "remote"));
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            String remote = context.option("remote").orElse(null);
            if (remote == null && workspace.defaultRemote().isEmpty()) {
                throw new IllegalArgumentException(workspace.root() + ": no default remote yet; give one with --remote URL");
            }
            SyncResult result = workspace.sync(remote, GitCli.identity(), new NullProgressMonitor());
            if (result.pendingCommit() != null) {
                context.out().println("committed pending work as " + result.pendingCommit().substring(0, 8));
            }
            context.out().println(switch (result.merge()) {
                case REMOTE_EMPTY -> "remote had no history yet";
                case UP_TO_DATE -> "nothing new on the remote";
                case FAST_FORWARD -> "updated to the remote's " + result.mergeCommit().substring(0, 8);
                case MERGED -> "merged as " + result.mergeCommit().substring(0, 8);
            });
            result.danglingReferences().forEach(line -> context.out().println("reference to a deleted object: " + line));
            result.problems().forEach(line -> context.err().println("problem: " + line));
            result.compartments().forEach((name, synced) -> synced.problems()
                .forEach(line -> context.err().println("problem: compartment " + name + ": " + line)));
            GitCli.problems(context, workspace);
            if (!result.pushed()) {
                context.err().println(workspace.root() + ": " + result.pushProblem() + "; the merge is committed locally, sync again to push");
            } else {
                context.out().println("pushed");
            }
            boolean compartmentConflicts = false;
            for (var compartment : result.compartments().entrySet()) {
                SyncResult synced = compartment.getValue();
                context.out().println("compartment " + compartment.getKey() + ": " + synced.merge().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (synced.pushed() ? ", pushed" : ", not pushed: " + synced.pushProblem()));
                for (Conflict conflict : synced.conflicts()) {
                    compartmentConflicts = true;
                    context.out().println("conflict " + conflict.objectId() + " " + conflict.field() + ": base '" + conflict.base() + "', mine '"
                        + conflict.mine() + "', theirs '" + conflict.theirs() + "' (" + conflict.title() + ", compartment " + compartment.getKey() + ")");
                }
            }
            if (compartmentConflicts && result.conflicts().isEmpty()) {
                return GitCli.CONFLICTS;
            }
            if (!result.conflicts().isEmpty()) {
                context.out().println(result.conflicts().size() + " conflict(s); resolve each with: mosaic resolve --workspace DIR OBJECT FIELD=mine|theirs|VALUE");
                for (Conflict conflict : result.conflicts()) {
                    context.out().println("conflict " + conflict.objectId() + " " + conflict.field() + ": base '" + conflict.base() + "', mine '"
                        + conflict.mine() + "', theirs '" + conflict.theirs() + "' (" + conflict.title() + ", kept " + conflict.kept().word() + ")");
                }
                return GitCli.CONFLICTS;
            }
            return result.pushed() ? OK : FAILURE;
        }
    }
}
