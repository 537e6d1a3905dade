package mosaic.workspace.git.internal.cli;

import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.Json;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code status --workspace DIR [--json]}: ahead / behind / conflicts / uncommitted. */
public final class StatusCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR [--json]";

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "commits ahead of and behind the remote, open conflicts, uncommitted changes";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        GitCli.positionals(context, SYNOPSIS, 0, 0, List.of("json"), List.of("workspace"));
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            VersionedWorkspace.Status status = workspace.status();
            String remote = workspace.defaultRemote().orElse("");
            if (context.flag("json")) {
                context.out().printf("{\"remote\": %s, \"ahead\": %d, \"behind\": %d, \"conflicts\": %d, \"uncommitted\": %d}%n", Json.quote(remote),
                    status.ahead(), status.behind(), status.conflicts(), status.uncommitted());
            } else {
                context.out().printf("remote %s: %d ahead, %d behind; %d conflict(s); %d uncommitted change(s)%n",
                    remote.isEmpty() ? "(none)" : remote, status.ahead(), status.behind(), status.conflicts(), status.uncommitted());
                workspace.conflicts().forEach(c -> context.out().println("conflict " + c.objectId() + " " + c.field() + ": " + c.describe()));
            }
            GitCli.problems(context, workspace);
        }
        return OK;
    }
}
