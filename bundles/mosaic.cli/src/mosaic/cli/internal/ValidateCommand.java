package mosaic.cli.internal;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;

/** {@code validate --workspace DIR}: every problem, one per line; exit 1 on any error. */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--errors-only]";
    }

    @Override
    public String description() {
        return "check every file and object against the model and the mission rules; one problem per line, exit 1 on any error";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("errors-only"), List.of("workspace"));
        if (!extra.isEmpty()) {
            throw new UsageException("validate: unexpected argument " + extra.get(0));
        }
        boolean errorsOnly = context.flag("errors-only");
        Workspace workspace = context.openWorkspace();
        List<Problem> problems = workspace.validate(new NullProgressMonitor());
        int errors = 0;
        int warnings = 0;
        for (Problem problem : problems) {
            if (problem.isError()) {
                errors++;
            } else {
                warnings++;
                if (errorsOnly) {
                    continue;
                }
            }
            context.out().println(problem);
        }
        context.err().printf("%s: %d objects, %d errors, %d warnings%n", workspace.root(), workspace.size(), errors, warnings);
        return errors > 0 ? FAILURE : OK;
    }
}
