package mosaic.workspace.git.internal.cli;

import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code tag --workspace DIR NAME}: marks the current version, e.g. when a product is issued. */
public final class TagCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR NAME";

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "tag the current version (\"Weekly threat assessment 2026-W47\")";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        String name = String.join(" ", GitCli.positionals(context, SYNOPSIS, 1, Integer.MAX_VALUE, List.of(), List.of("workspace")));
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            if (workspace.head() == null) {
                throw new IllegalArgumentException(workspace.root() + ": nothing committed yet; commit before tagging");
            }
            String ref = workspace.tag(name, GitCli.identity());
            context.out().println("tagged " + workspace.head().abbreviate(8).name() + " as " + ref);
        }
        return OK;
    }
}
