package mosaic.cli.internal;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.ComponentVersions;

/** {@code version [--json]}: Mosaic's version and those of its major components. */
public final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String synopsis() {
        return "[--json]";
    }

    @Override
    public String description() {
        return "print the versions of Mosaic and of its major components";
    }

    @Override
    public int run(CommandContext context) {
        context.checkOptions("json");
        ComponentVersions versions = ComponentVersions.ofRunningFramework();
        if (context.flag("json")) {
            context.out().println(versions.toJson());
        } else {
            context.out().print(versions.toText());
        }
        return OK;
    }
}
