package mosaic.cli.internal;

import java.nio.file.Path;
import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;

/** {@code init --workspace DIR}: a new, empty workspace with the default mission configuration. */
public final class InitCommand implements Command {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--mission NAME]";
    }

    @Override
    public String description() {
        return "create an empty workspace with the default mission configuration (refuses a non-empty folder)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of(), List.of("workspace", "mission"));
        if (!extra.isEmpty()) {
            throw new UsageException("init: unexpected argument " + extra.get(0));
        }
        Path folder = Path.of(context.requiredOption("workspace"));
        List<String> warnings = new java.util.ArrayList<>();
        Workspace workspace = Workspace.init(folder, mosaic.core.workspace.MissionConfigurations.forNewWorkspace(warnings));
        warnings.forEach(w -> context.err().println("mosaic: init: warning: " + w));
        context.option("mission").ifPresent(mission -> {
            workspace.configuration().setMission(mission);
            try {
                workspace.saveConfiguration();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        context.out().println("created workspace " + workspace.root());
        return OK;
    }
}
