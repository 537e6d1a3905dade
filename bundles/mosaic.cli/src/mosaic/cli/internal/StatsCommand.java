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
import mosaic.core.access.Audience;
import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * {@code stats --workspace DIR [--audience LEVEL ...] [--json]}: counts per kind and per marking,
 * and the number of problems (load problems and broken rules, errors and warnings), of what the
 * audience may see (the lowest unless the options say otherwise): a count says that something
 * exists, so it is no more shown than the thing itself. Problems not about one object (a file that
 * cannot be read) are counted for every audience.
 */
public final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR " + CommandContext.AUDIENCE_SYNOPSIS + " [--json]";
    }

    @Override
    public String description() {
        return "count objects per kind and per classification marking, and the problems found";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json"),
            java.util.stream.Stream.concat(java.util.stream.Stream.of("workspace"), CommandContext.AUDIENCE_OPTIONS.stream()).toList());
        if (!extra.isEmpty()) {
            throw new UsageException("stats: unexpected argument " + extra.get(0));
        }
        Workspace workspace = context.openWorkspace();
        Audience audience;
        try {
            audience = context.audience(workspace.rules());
        } catch (IllegalArgumentException e) {
            throw new UsageException("stats: " + e.getMessage());
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        workspace.countByKind().keySet().forEach(kind -> kinds.put(kind, 0));
        int visible = 0;
        Map<String, Integer> markings = new LinkedHashMap<>();
        for (String code : workspace.rules().classificationCodes()) {
            markings.put(code, 0);
        }
        Map<String, Integer> unknown = new TreeMap<>();
        for (MosaicObject object : workspace.all()) {
            if (!audience.permits(object)) {
                continue;
            }
            visible++;
            kinds.merge(Kinds.name(object.eClass()), 1, Integer::sum);
            String code = object.getMarking() == null ? "(unmarked)" : object.getMarking().getClassification();
            if (markings.containsKey(code)) {
                markings.merge(code, 1, Integer::sum);
            } else {
                unknown.merge(String.valueOf(code), 1, Integer::sum);
            }
        }
        markings.putAll(unknown);
        List<Problem> problems = workspace.validate(new NullProgressMonitor()).stream()
            .filter(p -> p.objectId() == null || workspace.get(p.objectId()).map(audience::permits).orElse(true)).toList();
        if (context.flag("json")) {
            StringBuilder json = new StringBuilder("{\"kinds\": ");
            object(json, kinds);
            json.append(", \"markings\": ");
            object(json, markings);
            json.append(", \"problems\": ").append(problems.size()).append('}');
            context.out().println(json);
        } else {
            context.out().println("workspace  " + workspace.root());
            context.out().println("objects    " + visible);
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
