package mosaic.reports.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.reports.DesignInfo;
import mosaic.reports.ParameterInfo;
import mosaic.reports.ProductData;
import mosaic.reports.ReportException;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;
import mosaic.reports.ops.RenderOperation;

/**
 * {@code report --list} names the designs and their parameters; {@code report --workspace DIR
 * --design NAME --format pdf|html|docx --out FILE [--param key=value ...]} renders one, writing
 * the file atomically. It says on stderr the product's marking and how many items were withheld.
 */
public final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "--list | --workspace DIR --design NAME --format " + ReportFormat.codes() + " --out FILE [--param key=value ...] " + CommandContext.AUDIENCE_SYNOPSIS;
    }

    @Override
    public String description() {
        return "render an analytic product (threat matrix, heat map, assessments, profiles) for an audience";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("list"), java.util.stream.Stream.concat(
            java.util.stream.Stream.of("workspace", "design", "format", "out", "param"), CommandContext.AUDIENCE_OPTIONS.stream()).toList());
        if (!extra.isEmpty()) {
            throw new UsageException("report: unexpected argument " + extra.get(0));
        }
        if (context.flag("list")) {
            list(context);
            return OK;
        }
        String design = context.requiredOption("design");
        String formatCode = context.requiredOption("format");
        Path out = Path.of(context.requiredOption("out"));
        Map<String, String> params = params(context.args());
        audienceParams(context, params);
        DesignInfo info = RenderOperation.design(design);
        ReportFormat format = RenderOperation.format(formatCode);
        RenderOperation.checkParameters(info, params);
        Path parent = out.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ReportException(out + ": folder " + parent + " does not exist");
        }
        Workspace workspace = context.openWorkspace();
        long start = System.nanoTime();
        ProductData data = new RenderOperation(workspace, info, format, params).run(out, new NullProgressMonitor());
        context.err().printf("report: %s written (%s, marked %s, %s, %d ms)%n", out, format, data.marking(),
            data.withheld() == 0 ? "nothing withheld" : data.withheld() + " withheld", (System.nanoTime() - start) / 1_000_000);
        return OK;
    }

    /**
     * The audience options every command takes ({@code --audience}, its synonyms {@code --ceiling}
     * and {@code --clearance}, {@code --compartments}, {@code --releasable-to}) as the parameters of
     * the same names; an option and a parameter that disagree are an error.
     */
    static void audienceParams(CommandContext context, Map<String, String> params) throws ReportException {
        for (String option : CommandContext.AUDIENCE_OPTIONS) {
            var value = context.option(option);
            if (value.isEmpty()) {
                continue;
            }
            String param = option.equals("ceiling") || option.equals("clearance") ? "audience" : option;
            String before = params.putIfAbsent(param, value.get().trim());
            if (before != null && !before.equals(value.get().trim())) {
                throw new ReportException("--" + option + " " + value.get().trim() + " disagrees with " + param + "=" + before);
            }
        }
    }

    /** Every {@code --param key=value} (or {@code --param=key=value}), in order; a repeated key is an error. */
    static Map<String, String> params(List<String> args) throws ReportException {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String pair = null;
            if (args.get(i).equals("--param") && i + 1 < args.size()) {
                pair = args.get(++i);
            } else if (args.get(i).startsWith("--param=")) {
                pair = args.get(i).substring("--param=".length());
            }
            if (pair == null) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ReportException("--param '" + pair + "' is not key=value");
            }
            String key = pair.substring(0, eq).trim();
            if (params.put(key, pair.substring(eq + 1)) != null) {
                throw new ReportException("--param " + key + " is given twice");
            }
        }
        return params;
    }

    private static void list(CommandContext context) {
        for (DesignInfo design : Reports.designs()) {
            context.out().printf("%s  %s%n    %s%n", design.name(), design.title(), design.description());
            for (ParameterInfo p : design.parameters()) {
                context.out().printf("    --param %s=...%s  %s%n", p.name(), p.required() ? " (required)" : "", p.description());
            }
        }
        for (String problem : Reports.problems()) {
            context.err().println("report: " + problem);
        }
    }
}
