package mosaic.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.core.workspace.WorkspaceLocation;

/** {@code info --workspace DIR [--json]}: checks a workspace folder and counts what it holds. */
public final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--json]";
    }

    @Override
    public String description() {
        return "check a workspace folder and count the objects in it by kind";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json"), List.of("workspace"));
        if (!extra.isEmpty()) {
            throw new UsageException("info: unexpected argument " + extra.get(0));
        }
        WorkspaceLocation workspace = WorkspaceLocation.of(Path.of(context.requiredOption("workspace")));
        Map<String, Integer> counts = workspace.countByFolder();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (context.flag("json")) {
            StringBuilder json = new StringBuilder("{\"workspace\":").append(Json.quote(workspace.root().toString()))
                    .append(",\"objects\":").append(total).append(",\"kinds\":{");
            String sep = "";
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                json.append(sep).append(Json.quote(e.getKey())).append(':').append(e.getValue());
                sep = ",";
            }
            context.out().println(json.append("}}"));
        } else {
            context.out().println("workspace  " + workspace.root());
            context.out().println("objects    " + total);
            counts.forEach((kind, n) -> context.out().printf("  %-20s %d%n", kind, n));
        }
        return OK;
    }
}
