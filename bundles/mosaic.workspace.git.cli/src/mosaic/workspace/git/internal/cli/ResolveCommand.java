package mosaic.workspace.git.internal.cli;

import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code resolve --workspace DIR OBJECT FIELD=mine|theirs|VALUE}: settles one open conflict and commits the outcome. */
public final class ResolveCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR OBJECT FIELD=mine|theirs|VALUE";

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "resolve one conflict left by sync, keeping mine, theirs or a new value (committed, the loser named)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> args = GitCli.positionals(context, SYNOPSIS, 2, 2, List.of(), List.of("workspace"));
        int eq = args.get(1).indexOf('=');
        if (eq <= 0) {
            throw new UsageException("resolve: '" + args.get(1) + "' is not FIELD=mine|theirs|VALUE");
        }
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            try {
                var commit = workspace.resolve(args.get(0), args.get(1).substring(0, eq), args.get(1).substring(eq + 1), GitCli.identity());
                int open = workspace.conflicts().size();
                context.out().println("resolved in " + commit.abbreviate(8).name() + "; " + open + " conflict(s) open");
            } finally {
                GitCli.problems(context, workspace);
            }
        }
        return OK;
    }
}
