package mosaic.workspace.git.internal.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.workspace.git.History;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code handover --workspace DIR --since DATE|TAG}: what changed, grouped by kind and author. */
public final class HandoverCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR --since DATE|TAG " + CommandContext.AUDIENCE_SYNOPSIS;

    @Override
    public String name() {
        return "handover";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "what changed since a date or a tag, grouped by kind and author";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        GitCli.positionals(context, SYNOPSIS, 0, 0, List.of(), Stream.concat(Stream.of("workspace", "since"), CommandContext.AUDIENCE_OPTIONS.stream()).toList());
        String since = context.requiredOption("since");
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            Map<String, Map<String, List<History.ObjectChange>>> summary = new History(workspace).visibleTo(ShowCommand.audience(context,
                Workspace.open(workspace.root(), new NullProgressMonitor())).filter()).handover(since);
            context.out().println("changes since " + since + ":");
            summary.forEach((kind, byAuthor) -> {
                context.out().printf("%s: %d object(s)%n", kind, byAuthor.values().stream().flatMap(List::stream).map(History.ObjectChange::id).distinct().count());
                byAuthor.forEach((author, changes) -> {
                    context.out().printf("  %s: %d%n", author, changes.size());
                    changes.forEach(c -> context.out().printf("    %s %s (%s)%n", c.type().name().toLowerCase(java.util.Locale.ROOT), c.id(), c.title()));
                });
            });
            if (summary.isEmpty()) {
                context.out().println("nothing");
            }
            GitCli.problems(context, workspace);
        }
        return OK;
    }
}
