package mosaic.workspace.git.internal.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.access.Audience;
import mosaic.core.Json;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.Fields;
import mosaic.ops.SetFieldsOperation;

/**
 * {@code show --workspace DIR OBJECT [--audience LEVEL ...] [--json]}: an object's fields, one a
 * line, or as one JSON object, when the audience (the lowest unless the options say otherwise) may
 * see it. The object is looked for among what the audience may see only, so a hidden object and an
 * unknown one give the same answer; the id of a referenced object it may not see is shown as
 * {@code [withheld]}.
 */
public final class ShowCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR OBJECT " + CommandContext.AUDIENCE_SYNOPSIS + " [--json]";

    /** What a reader sees in place of an object it may not see. */
    static final String WITHHELD = "[withheld]";

    @Override
    public String name() {
        return "show";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "print an object's fields (OBJECT is an id or a unique name among what the audience, default the lowest level, may see)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        String name = GitCli.positionals(context, SYNOPSIS, 1, 1, List.of("json"),
            Stream.concat(Stream.of("workspace"), CommandContext.AUDIENCE_OPTIONS.stream()).toList()).get(0);
        Workspace workspace = Workspace.open(Path.of(context.requiredOption("workspace")), new NullProgressMonitor());
        Audience audience = audience(context, workspace);
        MosaicObject object = find(workspace, audience, name);
        Map<String, String> fields = new LinkedHashMap<>();
        Fields.of(object).forEach((field, value) -> fields.put(field, withhold(workspace, audience, value)));
        if (context.flag("json")) {
            StringBuilder json = new StringBuilder("{\"kind\": ").append(Json.quote(Kinds.name(object.eClass())));
            fields.forEach((field, value) -> json.append(", ").append(Json.quote(field)).append(": ").append(Json.quote(value)));
            context.out().println(json.append('}'));
        } else {
            context.out().println("kind: " + Kinds.name(object.eClass()));
            fields.forEach((field, value) -> context.out().println(field + ": " + value));
        }
        return OK;
    }

    static Audience audience(CommandContext context, Workspace workspace) {
        try {
            return context.audience(workspace.rules());
        } catch (IllegalArgumentException e) {
            throw new UsageException(context.commandName() + ": " + e.getMessage());
        }
    }

    /**
     * The object with id {@code idOrName}, else the one object whose name or title is
     * {@code idOrName} (exactly, then ignoring case), among what the audience may see.
     */
    static MosaicObject find(Workspace workspace, Audience audience, String idOrName) {
        return new SetFieldsOperation(workspace).reader(audience).find(idOrName);
    }

    /** A field's value with the id of each object the audience may not see replaced by {@link #WITHHELD}. */
    private static String withhold(Workspace workspace, Audience audience, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String[] parts = value.split(",", -1);
        boolean changed = false;
        for (int i = 0; i < parts.length; i++) {
            var target = workspace.get(parts[i].trim());
            if (target.isPresent() && !audience.permits(target.get())) {
                parts[i] = WITHHELD;
                changed = true;
            }
        }
        return changed ? String.join(",", parts) : value;
    }
}
