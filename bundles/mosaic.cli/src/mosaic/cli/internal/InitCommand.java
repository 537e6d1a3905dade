package mosaic.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.MissionConfigurations;
import mosaic.core.workspace.Workspace;
import mosaic.model.MissionConfiguration;

/**
 * {@code init --workspace DIR [--mission NAME] [--name "MISSION NAME"] [--country COUNTRY]}: a new,
 * empty workspace with the default mission configuration, or with an installed mission's
 * configuration ({@code --mission carana}: the default and what the Carana plug-in contributes for
 * it). {@code --name} and {@code --country} set the mission's name and country in its mission.xmi.
 * An unknown mission fails (exit 1) naming the installed ones, and nothing is created.
 */
public final class InitCommand implements Command {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--mission NAME] [--name \"MISSION NAME\"] [--country COUNTRY]";
    }

    @Override
    public String description() {
        return "create an empty workspace with the default mission configuration, or an installed mission's (--mission carana);"
            + " --name and --country set the mission's name and country (refuses a non-empty folder)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of(), List.of("workspace", "mission", "name", "country"));
        if (!extra.isEmpty()) {
            throw new UsageException("init: unexpected argument " + extra.get(0));
        }
        Path folder = Path.of(context.requiredOption("workspace"));
        String mission = context.option("mission").map(String::trim).orElse(null);
        List<String> warnings = new ArrayList<>();
        // Before anything is written: an unknown mission leaves no folder behind.
        MissionConfiguration configuration = MissionConfigurations.forNewWorkspace(mission, warnings);
        context.option("name").ifPresent(configuration::setMission);
        context.option("country").ifPresent(configuration::setCountry);
        Workspace workspace = Workspace.init(folder, configuration);
        warnings.forEach(w -> context.err().println("mosaic: init: warning: " + w));
        context.out().println("created workspace " + workspace.root());
        return OK;
    }
}
