package mosaic.workspace.git.internal.cli;

import java.util.Arrays;
import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.Compartment;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code compartment create --workspace DIR NAME --ceiling LEVEL [--compartments A,B] [--releasable-to BODY]}. */
public final class CreateCompartmentCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR NAME --ceiling LEVEL [--compartments A,B] [--releasable-to BODY]";

    @Override
    public String name() {
        return "compartment create";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "create a compartment repository in the workspace with the highest marking it may hold";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> args = GitCli.positionals(context, SYNOPSIS, 1, 1, List.of(),
            List.of("workspace", "ceiling", "compartments", "releasable-to"));
        List<String> markings = Arrays.stream(context.option("compartments").orElse("").split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            Compartment compartment = workspace.createCompartment(args.get(0), context.requiredOption("ceiling"), markings,
                context.option("releasable-to").orElse(""), GitCli.identity());
            context.out().println("created compartment " + compartment.name() + " (ceiling " + compartment.describeCeiling()
                + "); share it with: mosaic sync --workspace " + compartment.folder() + " --remote URL");
        }
        return OK;
    }
}
