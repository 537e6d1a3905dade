package mosaic.workspace.git.internal.cli;

import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.Compartment;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code mount --workspace DIR NAME URL}: mounts a compartment repository as compartments/NAME. */
public final class MountCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR NAME URL [--ssh-key FILE [--known-hosts FILE]]";

    @Override
    public String name() {
        return "mount";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "mount a compartment (a git repository with its own remote and ceiling) into the workspace";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> args = GitCli.positionals(context, SYNOPSIS, 2, 2, List.of(), GitCli.withSsh("workspace"));
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            Compartment compartment = workspace.mount(args.get(0), args.get(1));
            context.out().println("mounted compartment " + compartment.name() + " (ceiling " + compartment.describeCeiling() + ")");
        }
        return OK;
    }
}
