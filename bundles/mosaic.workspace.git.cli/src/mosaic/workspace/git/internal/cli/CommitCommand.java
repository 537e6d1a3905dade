package mosaic.workspace.git.internal.cli;

import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code commit --workspace DIR -m MSG}: records every saved change as one version. */
public final class CommitCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR -m MESSAGE";

    @Override
    public String name() {
        return "commit";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "commit the workspace's saved changes with your name and component (MOSAIC_USER, MOSAIC_COMPONENT)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> args = context.args();
        String message = null;
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-m")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("commit: -m needs a message");
                }
                message = args.get(++i);
            } else {
                rest.add(args.get(i));
            }
        }
        CommandContext options = new CommandContext(context.commandName(), rest, context.out(), context.err(), context.debug(), context.commands());
        GitCli.positionals(options, SYNOPSIS, 0, 0, List.of(), List.of("workspace", "message"));
        message = message != null ? message : options.option("message").orElseThrow(() -> new UsageException("commit: give a message with -m MESSAGE"));
        try (VersionedWorkspace workspace = GitCli.open(options)) {
            var commit = workspace.commit(message, GitCli.identity());
            context.out().println(commit.map(c -> "committed " + c.abbreviate(8).name()).orElse("nothing to commit"));
        }
        return OK;
    }
}
