package mosaic.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashMap;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;

/**
 * {@code stats --workspace DIR [--json]}: counts per kind and per marking, and the number of
 * problems (load problems and broken rules, errors and warnings).
 */
public final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--json]";
    }

    @Override
    public String description() {
        return "count objects per kind and per classification marking, and the problems found";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json"), List.of("workspace"));
        if (!extra.isEmpty()) {
            throw new UsageException("stats: unexpected argument " + extra.get(0));
        }
        Workspace workspace = context.openWorkspace();
        Map<String, Integer> kinds = workspace.countByKind();
        Map<String, Integer> markings = new LinkedHashMap<>();
        for (String code : workspace.rules().classificationCodes()) {
            markings.put(code, 0);
        }
        Map<String, Integer> unknown = new TreeMap<>();
        for (MosaicObject object : workspace.all()) {
            String code = object.getMarking() == null ? "(unmarked)" : object.getMarking().getClassification();
            if (markings.containsKey(code)) {
                markings.merge(code, 1, Integer::sum);
            } else {
                unknown.merge(String.valueOf(code), 1, Integer::sum);
            }
        }
        markings.putAll(unknown);
        List<Problem> problems = workspace.validate(new NullProgressMonitor());
        if (context.flag("json")) {
            StringBuilder json = new StringBuilder("{\"kinds\": ");
            object(json, kinds);
            json.append(", \"markings\": ");
            object(json, markings);
            json.append(", \"problems\": ").append(problems.size()).append('}');
            context.out().println(json);
        } else {
            context.out().println("workspace  " + workspace.root());
            context.out().println("objects    " + workspace.size());
            context.out().println("kinds");
            kinds.forEach((kind, n) -> context.out().printf("  %-24s %7d%n", kind, n));
            context.out().println("markings");
            markings.forEach((code, n) -> context.out().printf("  %-24s %7d%n", code, n));
            long errors = problems.stream().filter(Problem::isError).count();
            context.out().printf("problems   %d (%d errors, %d warnings; see: mosaic validate)%n", problems.size(), errors,
                problems.size() - errors);
        }
        return OK;
    }

    private static void object(StringBuilder json, Map<String, Integer> counts) {
        json.append('{');
        String sep = "";
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            json.append(sep).append(Json.quote(entry.getKey())).append(": ").append(entry.getValue());
            sep = ", ";
        }
        json.append('}');
    }
}
