package mosaic.workspace.git.internal.cli;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.Compartment;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * {@code compartment create --workspace DIR NAME --ceiling LEVEL [--compartments A,B] [--releasable-to BODY] [--remote URL]}:
 * a new compartment repository; with {@code --remote}, pushed there (which becomes its default remote).
 */
public final class CreateCompartmentCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR NAME --ceiling LEVEL [--compartments A,B] [--releasable-to BODY] [--remote URL]";

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
            List.of("workspace", "ceiling", "compartments", "releasable-to", "remote"));
        List<String> markings = Arrays.stream(context.option("compartments").orElse("").split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
        try (VersionedWorkspace workspace = GitCli.open(context)) {
            Compartment compartment = workspace.createCompartment(args.get(0), context.requiredOption("ceiling"), markings,
                context.option("releasable-to").orElse(""), GitCli.identity());
            context.out().println("created compartment " + compartment.name() + " (ceiling " + compartment.describeCeiling() + ")");
            String remote = context.option("remote").orElse(null);
            if (remote != null) {
                try (VersionedWorkspace repository = workspace.compartment(compartment.name())) {
                    repository.setCredentials(GitCli.credentials());
                    SyncResult result = repository.sync(remote, GitCli.identity(), new NullProgressMonitor());
                    if (!result.pushed()) {
                        context.err().println(compartment.folder() + ": " + result.pushProblem());
                        return FAILURE;
                    }
                    context.out().println("pushed to " + remote + "; others mount it with: mosaic mount --workspace DIR " + compartment.name() + " " + remote);
                }
            }
        }
        return OK;
    }
}
