package mosaic.workspace.git.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.Json;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.Fields;
import mosaic.ops.SetFieldsOperation;

/** {@code show --workspace DIR OBJECT [--json]}: an object's fields, one a line, or as one JSON object. */
public final class ShowCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR OBJECT [--json] [--audience LEVEL] [--compartments A,B] [--releasable-to BODY]";

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
            java.util.stream.Stream.concat(java.util.stream.Stream.of("workspace"), GitCli.READER_OPTIONS.stream()).toList()).get(0);
        Workspace workspace = Workspace.open(Path.of(context.requiredOption("workspace")), new NullProgressMonitor());
        MosaicObject object = new SetFieldsOperation(workspace).reader(GitCli.reader(context, workspace)).find(name);
        Map<String, String> fields = Fields.of(object);
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
}
