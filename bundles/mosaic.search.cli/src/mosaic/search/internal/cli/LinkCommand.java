package mosaic.search.internal.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.Report;
import mosaic.search.EntityMatcher;
import mosaic.search.LinkCorrections;
import mosaic.search.SearchIndex;

/**
 * {@code link --workspace DIR --report ID --entity NAME (--confirm | --reject | --clear)}: an
 * analyst's correction of the link between a report and an actor or place; kept on the report and
 * applied to the index at once.
 */
public final class LinkCommand implements Command {

    @Override
    public String name() {
        return "link";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR --report ID --entity NAME|ID (--confirm | --reject | --clear)";
    }

    @Override
    public String description() {
        return "confirm or reject that a report mentions an actor or place (kept through re-ingest and index rebuilds)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("confirm", "reject", "clear"), List.of("workspace", "report", "entity"));
        if (!extra.isEmpty()) {
            throw new UsageException("link: unexpected argument " + extra.get(0));
        }
        int verbs = (context.flag("confirm") ? 1 : 0) + (context.flag("reject") ? 1 : 0) + (context.flag("clear") ? 1 : 0);
        if (verbs != 1) {
            throw new UsageException("link: give exactly one of --confirm, --reject, --clear");
        }
        String reportId = context.requiredOption("report");
        String entityName = context.requiredOption("entity");
        Workspace workspace = context.openWorkspace();
        Optional<MosaicObject> object = workspace.get(reportId);
        if (object.isEmpty() || !(object.get() instanceof Report report)) {
            context.err().println("link: --report " + reportId + ": no report with that id");
            return FAILURE;
        }
        try (SearchIndex index = SearchIndex.of(workspace)) {
            EntityMatcher matcher = EntityMatcher.of(workspace, index.analyzer());
            Set<String> ids;
            try {
                ids = SearchCommand.resolve(matcher, entityName, "--entity");
            } catch (IllegalArgumentException e) {
                context.err().println("link: " + e.getMessage());
                return FAILURE;
            }
            if (ids.size() != 1) {
                context.err().println("link: --entity '" + entityName + "' names " + ids.size() + " actors or places; give an id: " + String.join(", ", ids));
                return FAILURE;
            }
            String id = ids.iterator().next();
            if (context.flag("confirm")) {
                LinkCorrections.confirm(workspace, report, id);
            } else if (context.flag("reject")) {
                LinkCorrections.reject(workspace, report, id);
            } else {
                LinkCorrections.clear(workspace, report, id);
            }
            index.synchronize(workspace, new NullProgressMonitor());
            context.out().println((context.flag("confirm") ? "confirmed " : context.flag("reject") ? "rejected " : "cleared ") + reportId + " -> "
                + matcher.entity(id).name() + " (" + id + ")");
        }
        return OK;
    }
}
