package mosaic.search.internal.cli;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.search.SearchIndex;

/** {@code index rebuild --workspace DIR}: throws the search index away and builds it again from the workspace. */
public final class IndexRebuildCommand implements Command {

    @Override
    public String name() {
        return "index rebuild";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR";
    }

    @Override
    public String description() {
        return "rebuild the report search index from the workspace (records, originals, names, link corrections)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        var extra = context.checkOptions(java.util.List.of(), java.util.List.of("workspace"));
        if (!extra.isEmpty()) {
            throw new mosaic.cli.UsageException("index rebuild: unexpected argument " + extra.get(0));
        }
        Workspace workspace = context.openWorkspace();
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.of(workspace)) {
            SearchIndex.Sync sync = index.rebuild(workspace, new NullProgressMonitor());
            sync.problems().forEach(p -> context.err().println("index rebuild: " + p));
            context.out().printf("%d reports indexed in %d ms%n", sync.indexed(), (System.nanoTime() - start) / 1_000_000);
        }
        return OK;
    }
}
