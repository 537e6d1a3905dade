package mosaic.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.graph.Graph;
import mosaic.graph.RandomGraphs;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.metrics.Betweenness;

/**
 * {@code bench graph --nodes N --edges M}: on one G(n, m) random graph, exact betweenness by
 * Mosaic next to JGraphT's, and each layout next to ELK's, in the same run; the ratios are what to
 * read. Baselines that are quadratic or slow (JGraphT's betweenness, ELK force and stress) run on
 * {@code --baseline-nodes} nodes (default: all for JGraphT up to 10,000, 500 for ELK force and
 * stress, 2,000 for ELK layered), with Mosaic's own run repeated on the same smaller graph so that
 * every ratio compares like with like. The chart's paint times are measured inside the workbench
 * by {@code ./mosaic bench graph} (releng/scripts/bench-graph.sh).
 */
public final class BenchGraphCommand implements Command {

    private record Row(String what, int nodes, int edges, long mosaicMs, String baseline, long baselineMs) {
    }

    @Override
    public String name() {
        return "bench graph";
    }

    @Override
    public String synopsis() {
        return "[--nodes N] [--edges M] [--seed S] [--jgrapht-nodes N] [--elk-nodes N] [--no-baselines] [--json]";
    }

    @Override
    public String description() {
        return "time exact betweenness and the layouts on a random graph, next to JGraphT and ELK in the same run";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json", "no-baselines"),
            List.of("nodes", "edges", "seed", "jgrapht-nodes", "elk-nodes"));
        if (!extra.isEmpty()) {
            throw new UsageException("bench graph: unexpected argument " + extra.get(0));
        }
        int n = context.positiveInt("nodes", 10_000);
        int m = context.positiveInt("edges", 3 * n);
        long seed = context.option("seed").map(Long::parseLong).orElse(1L);
        boolean baselines = !context.flag("no-baselines");
        int jgraphtNodes = Math.min(n, context.positiveInt("jgrapht-nodes", n));
        int elkNodes = Math.min(n, context.positiveInt("elk-nodes", 500));
        int threads = Runtime.getRuntime().availableProcessors();

        List<Row> rows = new ArrayList<>();
        Graph g = RandomGraphs.gnm(n, m, seed);
        context.err().printf("bench graph: %d nodes, %d edges, %d threads%n", n, m, threads);

        long t = System.nanoTime();
        double[] ours = Betweenness.compute(g, true, threads, null);
        long oursMs = ms(t);
        if (baselines) {
            Graph small = jgraphtNodes == n ? g : RandomGraphs.gnm(jgraphtNodes, (int) ((long) m * jgraphtNodes / n), seed);
            long smallOurs = oursMs;
            double[] smallValues = ours;
            if (small != g) {
                t = System.nanoTime();
                smallValues = Betweenness.compute(small, true, threads, null);
                smallOurs = ms(t);
            }
            context.err().printf("bench graph: JGraphT betweenness on %d nodes (minutes at 10,000) ...%n", small.nodeCount());
            t = System.nanoTime();
            Map<Integer, Double> theirs = new BetweennessCentrality<>(jgrapht(small), true).getScores();
            long theirsMs = ms(t);
            double worst = 0;
            for (int i = 0; i < small.nodeCount(); i++) {
                // JGraphT's normalized undirected score is half of networkx's
                worst = Math.max(worst, Math.abs(2 * theirs.get(i) - smallValues[i]));
            }
            context.err().printf("bench graph: largest difference from JGraphT (networkx scale): %.3g%n", worst);
            rows.add(new Row("betweenness (exact)", small.nodeCount(), small.simpleEdgeCount(), smallOurs, "JGraphT BetweennessCentrality", theirsMs));
            if (small != g) {
                rows.add(new Row("betweenness (exact)", n, g.simpleEdgeCount(), oursMs, "", -1));
            }
        } else {
            rows.add(new Row("betweenness (exact)", n, g.simpleEdgeCount(), oursMs, "", -1));
        }

        // the large-network layout on the whole graph
        t = System.nanoTime();
        Layouts.layout(g, LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.defaults(), null);
        rows.add(new Row("layout forceatlas2 (Barnes-Hut)", n, g.simpleEdgeCount(), ms(t), "", -1));
        if (baselines) {
            Graph small = RandomGraphs.gnm(elkNodes, (int) ((long) m * elkNodes / n), seed);
            for (LayoutAlgorithm elk : List.of(LayoutAlgorithm.FORCE, LayoutAlgorithm.STRESS)) {
                context.err().printf("bench graph: ELK %s on %d nodes ...%n", elk.id(), small.nodeCount());
                t = System.nanoTime();
                Layouts.layout(small, LayoutAlgorithm.FORCE_ATLAS_2, LayoutOptions.defaults(), null);
                long fa2 = ms(t);
                t = System.nanoTime();
                Layouts.layout(small, elk, LayoutOptions.defaults(), null);
                rows.add(new Row("layout forceatlas2 vs ELK " + elk.id(), small.nodeCount(), small.simpleEdgeCount(), fa2, "ELK " + elk.id(), ms(t)));
            }
            Graph layered = RandomGraphs.gnm(Math.min(n, 2000), (int) ((long) m * Math.min(n, 2000) / n), seed);
            t = System.nanoTime();
            Layouts.layout(layered, LayoutAlgorithm.LAYERED, LayoutOptions.defaults(), null);
            rows.add(new Row("layout layered (ELK)", layered.nodeCount(), layered.simpleEdgeCount(), ms(t), "", -1));
        }
        print(context, rows);
        return OK;
    }

    private static SimpleGraph<Integer, DefaultEdge> jgrapht(Graph g) {
        SimpleGraph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < g.nodeCount(); i++) {
            graph.addVertex(i);
        }
        int[] off = g.offsets();
        int[] nb = g.neighbours();
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int k = off[u]; k < off[u + 1]; k++) {
                if (nb[k] > u) {
                    graph.addEdge(u, nb[k]);
                }
            }
        }
        return graph;
    }

    private static void print(CommandContext context, List<Row> rows) {
        if (context.flag("json")) {
            for (Row r : rows) {
                context.out().println("{\"measure\": " + Json.quote(r.what()) + ", \"nodes\": " + r.nodes() + ", \"edges\": " + r.edges()
                    + ", \"mosaic_ms\": " + r.mosaicMs() + (r.baselineMs() < 0 ? "" : ", \"baseline\": " + Json.quote(r.baseline())
                        + ", \"baseline_ms\": " + r.baselineMs()) + "}");
            }
            return;
        }
        context.out().printf("%-36s %7s %7s %10s %10s  %s%n", "measure", "nodes", "edges", "mosaic ms", "base ms", "ratio (baseline / mosaic)");
        for (Row r : rows) {
            String ratio = r.baselineMs() < 0 ? "" : String.format(Locale.ROOT, "%.1fx faster than %s", r.baselineMs() / (double) Math.max(1, r.mosaicMs()), r.baseline());
            context.out().printf("%-36s %7d %7d %10d %10s  %s%n", r.what(), r.nodes(), r.edges(), r.mosaicMs(),
                r.baselineMs() < 0 ? "" : Long.toString(r.baselineMs()), ratio);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
