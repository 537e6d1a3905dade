package mosaic.cli.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.CreateOperation;
import mosaic.ops.Editing;
import mosaic.ops.Fields;

/**
 * {@code create --workspace DIR KIND FIELD=VALUE... [--json]}: the workbench's New Object
 * ({@link CreateOperation}): a fresh id, provenance from {@code MOSAIC_USER} and
 * {@code MOSAIC_COMPONENT}, the mission's lowest classification unless
 * {@code marking.classification} says otherwise, the fields as {@code set} reads them; saved.
 * Prints the new id, or with {@code --json} the new object as {@code show --json} does.
 */
public final class CreateCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR KIND FIELD=VALUE... [--json]";

    @Override
    public String name() {
        return "create";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "create an object of a kind (" + String.join(", ", Kinds.names()) + ") with its fields, as File > New Object does, and save it;"
            + " the mission's lowest classification unless marking.classification=LEVEL; prints the new id (--json: its fields, as show --json)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> args = context.checkOptions(List.of("json"), List.of("workspace"));
        if (args.isEmpty()) {
            throw new UsageException("create: missing KIND; usage: create " + SYNOPSIS);
        }
        EClass kind;
        try {
            kind = CreateOperation.kind(args.get(0));
        } catch (IllegalArgumentException e) {
            throw new UsageException("create: " + e.getMessage());
        }
        List<String> assignments = args.subList(1, args.size());
        for (String assignment : assignments) {
            if (assignment.indexOf('=') <= 0) {
                throw new UsageException("create: '" + assignment + "' is not FIELD=VALUE");
            }
        }
        Workspace workspace = context.openWorkspace();
        String user = System.getenv("MOSAIC_USER");
        String component = System.getenv("MOSAIC_COMPONENT");
        workspace.setUser(user == null || user.isBlank() ? System.getProperty("user.name", "analyst") : user,
            component == null || component.isBlank() ? null : component);
        CreateOperation create = new CreateOperation(Editing.domain(workspace), kind).save(true);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            create.set(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        MosaicObject object = create.run(new NullProgressMonitor());
        if (context.flag("json")) {
            StringBuilder json = new StringBuilder("{\"kind\": ").append(Json.quote(Kinds.name(object.eClass())));
            for (Map.Entry<String, String> field : Fields.of(object).entrySet()) {
                json.append(", ").append(Json.quote(field.getKey())).append(": ").append(Json.quote(field.getValue()));
            }
            context.out().println(json.append('}'));
        } else {
            context.out().println(object.getId());
        }
        return OK;
    }
}
