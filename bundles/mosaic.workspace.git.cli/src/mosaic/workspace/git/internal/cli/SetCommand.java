package mosaic.workspace.git.internal.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.workspace.git.Identity;
import mosaic.ops.SetFieldsOperation;

/**
 * {@code set --workspace DIR OBJECT FIELD=VALUE...}: changes fields through the workbench's
 * editing commands and saves (it does not commit). A many-valued field takes a comma-separated
 * list; an empty value unsets.
 */
public final class SetCommand implements Command {

    static final String SYNOPSIS = "--workspace DIR OBJECT FIELD=VALUE... [--lower-marking] [--audience LEVEL] [--compartments A,B] [--releasable-to BODY]";

    @Override
    public String name() {
        return "set";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "change fields of an object (id or unique name among what the audience, default the lowest level, may see) as the editor would (a threat's risk follows its likelihood and impacts), and save;"
            + " lowering a classification needs --lower-marking";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> args = GitCli.positionals(context, SYNOPSIS, 2, Integer.MAX_VALUE, List.of("lower-marking"),
            java.util.stream.Stream.concat(java.util.stream.Stream.of("workspace"), GitCli.READER_OPTIONS.stream()).toList());
        for (String assignment : args.subList(1, args.size())) {
            if (assignment.indexOf('=') <= 0) {
                throw new UsageException("set: '" + assignment + "' is not FIELD=VALUE");
            }
        }
        Workspace workspace = Workspace.open(Path.of(context.requiredOption("workspace")), new NullProgressMonitor());
        Identity who = GitCli.identity();
        workspace.setUser(who.name(), who.component().isEmpty() ? null : who.component());
        SetFieldsOperation editor = new SetFieldsOperation(workspace).allowLowering(context.flag("lower-marking"))
            .reader(GitCli.reader(context, workspace));
        MosaicObject object = editor.find(args.get(0));
        try {
            for (String assignment : args.subList(1, args.size())) {
                int eq = assignment.indexOf('=');
                editor.set(object, assignment.substring(0, eq), assignment.substring(eq + 1));
            }
        } catch (SetFieldsOperation.LoweringRefusedException e) {
            throw new IllegalArgumentException(e.getMessage() + "; give --lower-marking to lower it (nothing was changed)", e);
        }
        workspace.saveAll(new NullProgressMonitor());
        context.out().println("changed " + Kinds.describe(object) + " (" + object.getId() + ")");
        return OK;
    }
}
