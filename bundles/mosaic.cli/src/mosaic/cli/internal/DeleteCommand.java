package mosaic.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.DeleteOperation;
import mosaic.ops.Editing;
import mosaic.ops.SetFieldsOperation;

/**
 * {@code delete --workspace DIR OBJECT... [--with-relations]}: the workbench's delete
 * ({@link DeleteOperation}), refused while anything else refers to the objects.
 */
public final class DeleteCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR OBJECT... [--with-relations]";

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "delete objects (ids or unique names) and their files; refused, naming the references, while other objects refer to them;"
            + " --with-relations deletes their relations too, as a chart does";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> names = context.checkOptions(List.of("with-relations"), List.of("workspace"));
        if (names.isEmpty()) {
            throw new UsageException("delete: missing argument; usage: delete " + SYNOPSIS);
        }
        Workspace workspace = context.openWorkspace();
        SetFieldsOperation finder = new SetFieldsOperation(workspace);
        List<MosaicObject> objects = new ArrayList<>();
        for (String name : names) {
            objects.add(finder.find(name));
        }
        DeleteOperation delete = new DeleteOperation(workspace, objects, context.flag("with-relations"), List.of());
        if (!delete.blockers().isEmpty()) {
            List<String> blockers = delete.blockers();
            throw new IllegalArgumentException("nothing was deleted: " + blockers.size() + (blockers.size() == 1 ? " reference" : " references")
                + " to remove first: " + String.join("; ", blockers.subList(0, Math.min(5, blockers.size())))
                + (blockers.size() > 5 ? "; ..." : ""));
        }
        Editing.domain(workspace).getCommandStack().execute(delete.command());
        // the objects are gone from the workspace: what remains to save are none of theirs
        workspace.saveAll(new NullProgressMonitor());
        for (MosaicObject object : delete.objects()) {
            if (workspace.get(object.getId()).isPresent()) {
                throw new IllegalStateException(Kinds.describe(object) + " could not be deleted");
            }
            context.out().println("deleted " + Kinds.describe(object) + " (" + object.getId() + ")");
        }
        return OK;
    }
}
