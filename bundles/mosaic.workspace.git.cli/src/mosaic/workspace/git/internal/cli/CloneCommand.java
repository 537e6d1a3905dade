package mosaic.workspace.git.internal.cli;

import java.nio.file.Path;
import java.util.List;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.workspace.git.VersionedWorkspace;

/** {@code clone URL --workspace DIR}: a copy of a shared workspace, with URL as its default remote. */
public final class CloneCommand implements Command {

    static final String SYNOPSIS = "URL --workspace DIR [--ssh-key FILE [--known-hosts FILE]]";

    @Override
    public String name() {
        return "clone";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "copy a shared workspace (folder, file://, git://, http(s)://, ssh) into a new folder";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        String url = GitCli.positionals(context, SYNOPSIS, 1, 1, List.of(), GitCli.withSsh("workspace")).get(0);
        Path folder = Path.of(context.requiredOption("workspace"));
        try (VersionedWorkspace workspace = VersionedWorkspace.clone(url, folder, GitCli.credentials(), GitCli.ssh(context))) {
            context.out().println("cloned " + url + " into " + workspace.root());
            GitCli.problems(context, workspace);
        }
        return OK;
    }
}
