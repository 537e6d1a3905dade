package mosaic.workspace.git.internal.cli;

import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code release --workspace DIR OBJECT --to COMPARTMENT}: moves an object into a compartment after checking its markings. */
public final class ReleaseCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR OBJECT --to COMPARTMENT";

    @Override
    public String name() {
        return "release";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "release an object into a compartment, checking it and what it embeds against the ceiling (recorded in a commit)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        String object = GitCli.positionals(context, SYNOPSIS, 1, 1, List.of(), List.of("workspace", "to")).get(0);
        String compartment = context.requiredOption("to");
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            var commit = workspace.release(object, compartment, GitCli.identity());
            context.out().println("released into compartment " + compartment + " in " + commit.abbreviate(8).name());
        }
        return OK;
    }
}
