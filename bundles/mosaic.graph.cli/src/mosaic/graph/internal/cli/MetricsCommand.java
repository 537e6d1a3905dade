package mosaic.graph.internal.cli;

import java.util.List;
import java.util.Locale;


import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.core.workspace.Workspace;
import mosaic.graph.Graph;
import mosaic.graph.metrics.NodeMetrics;
import mosaic.graph.model.ModelGraph;

/**
 * {@code metrics --workspace DIR [--at DATE] [--audience LEVEL ...] [--json]}: the social-network
 * measures of every node of the workspace's graph (actors by default) that the audience may see
 * (the lowest level unless {@code --audience} says otherwise); what it may not see is not in the
 * graph, so it changes no measure either. With {@code --json}, one object per line with
 * exactly the keys id, name, degree, betweenness, closeness, eigenvector, pagerank, community;
 * betweenness normalized as networkx does.
 */
public final class MetricsCommand implements Command {

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--at DATE | --from DATE --to DATE] [--kinds actor,event,location] " + CommandContext.AUDIENCE_SYNOPSIS + " [--json]";
    }

    @Override
    public String description() {
        return "degree, betweenness, closeness, eigenvector, PageRank and community of each actor";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json"), Options.GRAPH_OPTIONS);
        if (!extra.isEmpty()) {
            throw new UsageException("metrics: unexpected argument " + extra.get(0));
        }
        Workspace workspace = context.openWorkspace();
        ModelGraph model = Options.graph(context, workspace, "actor");
        Graph g = model.graph();
        long start = System.nanoTime();
        NodeMetrics m = NodeMetrics.compute(g, null);
        if (context.debug()) {
            context.err().printf("metrics of %d nodes and %d edges in %d ms%n", g.nodeCount(), g.edgeCount(),
                (System.nanoTime() - start) / 1_000_000);
        }
        if (context.flag("json")) {
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < g.nodeCount(); i++) {
                line.setLength(0);
                line.append("{\"id\": ").append(Json.quote(g.id(i)))
                    .append(", \"name\": ").append(Json.quote(g.label(i)))
                    .append(", \"degree\": ").append(g.degree(i))
                    .append(", \"betweenness\": ").append(number(m.betweenness()[i]))
                    .append(", \"closeness\": ").append(number(m.closeness()[i]))
                    .append(", \"eigenvector\": ").append(number(m.eigenvector()[i]))
                    .append(", \"pagerank\": ").append(number(m.pagerank()[i]))
                    .append(", \"community\": ").append(m.community()[i]).append('}');
                context.out().println(line);
            }
        } else {
            context.out().printf("%d nodes, %d edges%n", g.nodeCount(), g.simpleEdgeCount());
            context.out().printf("%-40s %6s %11s %9s %11s %9s %9s%n", "name", "degree", "betweenness", "closeness", "eigenvector",
                "pagerank", "community");
            for (int i = 0; i < g.nodeCount(); i++) {
                String name = g.label(i).length() > 40 ? g.label(i).substring(0, 39) + "…" : g.label(i);
                context.out().printf(Locale.ROOT, "%-40s %6d %11.6f %9.6f %11.6f %9.6f %9d%n", name, g.degree(i), m.betweenness()[i],
                    m.closeness()[i], m.eigenvector()[i], m.pagerank()[i], m.community()[i]);
            }
        }
        return OK;
    }

    /** A JSON number; a measure that is not a number (never expected) is written as 0. */
    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "0";
    }
}
