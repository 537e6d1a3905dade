package mosaic.graph.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.graph.io.Gexf;
import mosaic.graph.io.GraphDocument;
import mosaic.graph.io.GraphMl;
import mosaic.graph.model.GraphExport;
import mosaic.graph.model.ModelGraph;

/**
 * {@code export graphml|gexf --workspace DIR --out FILE}: the workspace's graph (actors by default;
 * {@code --kinds}, {@code --at}, {@code --from/--to} filter it) as the audience may see it (the
 * lowest level unless {@code --audience}, {@code --compartments}, {@code --releasable-to} say
 * otherwise), written atomically, each node and edge with its full marking and the file with the
 * highest of them.
 */
public abstract sealed class ExportCommand implements Command permits ExportCommand.GraphMlExport, ExportCommand.GexfExport {

    /** {@code export graphml}. */
    public static final class GraphMlExport extends ExportCommand {
        public GraphMlExport() {
            super("graphml");
        }
    }

    /** {@code export gexf}. */
    public static final class GexfExport extends ExportCommand {
        public GexfExport() {
            super("gexf");
        }
    }

    private final String format;

    ExportCommand(String format) {
        this.format = format;
    }

    @Override
    public String name() {
        return "export " + format;
    }

    @Override
    public String synopsis() {
        return "--workspace DIR --out FILE [--at DATE | --from DATE --to DATE] [--kinds actor,event,location] " + CommandContext.AUDIENCE_SYNOPSIS;
    }

    @Override
    public String description() {
        return "export the actor network as " + (format.equals("gexf") ? "GEXF 1.3 (Gephi)" : "GraphML (Gephi, yEd, networkx)");
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of(), concat(Options.GRAPH_OPTIONS, "out"));
        if (!extra.isEmpty()) {
            throw new UsageException(name() + ": unexpected argument " + extra.get(0));
        }
        Path out = Path.of(context.requiredOption("out"));
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UsageException(name() + ": folder does not exist: " + out.getParent());
        }
        Workspace workspace = context.openWorkspace();
        ModelGraph model = Options.graph(context, workspace, "actor");
        GraphDocument doc = GraphExport.toDocument(model, workspace.rules());
        if (format.equals("gexf")) {
            Gexf.write(doc, out);
        } else {
            GraphMl.write(doc, out);
        }
        context.out().printf("wrote %s: %d nodes, %d edges%n", out, doc.nodeCount(), doc.edgeCount());
        context.err().println("marking of " + out.getFileName() + ": " + doc.graphAttributes().get("marking"));
        return OK;
    }

    private static List<String> concat(List<String> list, String more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }
}
