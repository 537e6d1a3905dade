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

/**
 * {@code log --workspace DIR [--since DATE|TAG] [--object ID]}: the versions, newest first, with
 * who, when, component, message and the objects changed; with {@code --object}, that object's
 * history field by field.
 */
public final class LogCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR [--since DATE|TAG] [--object ID] " + CommandContext.AUDIENCE_SYNOPSIS;

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "history of the workspace or of one object: who changed which field, when, with what message";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        GitCli.positionals(context, SYNOPSIS, 0, 0, List.of(), Stream.concat(Stream.of("workspace", "since", "object"), CommandContext.AUDIENCE_OPTIONS.stream()).toList());
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            String objectId = context.option("object").orElse(null);
            List<History.Entry> entries = new History(workspace).visibleTo(ShowCommand.audience(context,
                Workspace.open(workspace.root(), new NullProgressMonitor())).filter()).log(context.option("since").orElse(null), objectId, objectId != null);
            for (History.Entry entry : entries) {
                context.out().printf("%s %s %s%s  %s%n", entry.commit().substring(0, 8), entry.when(), entry.author(),
                    entry.component().isEmpty() ? "" : " (" + entry.component() + ")", entry.summary());
                for (History.ObjectChange change : entry.changes()) {
                    context.out().printf("    %-6s %s %s (%s)%n", change.type().name().toLowerCase(java.util.Locale.ROOT), change.kind(), change.id(),
                        change.title());
                    for (Map.Entry<String, String[]> field : change.fields().entrySet()) {
                        context.out().printf("        %s: '%s' -> '%s'%n", field.getKey(), field.getValue()[0], field.getValue()[1]);
                    }
                }
            }
            if (entries.isEmpty()) {
                context.out().println("no changes");
            }
            GitCli.problems(context, workspace);
        }
        return OK;
    }
}
