package mosaic.workspace.git.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.SshSettings;
import mosaic.workspace.git.VersionedWorkspace;

/** What the versioning commands share: identity and credentials from the environment, opening the workspace. */
final class GitCli {

    /** Exit status of a sync that ended in conflicts. */
    static final int CONFLICTS = 3;

    private GitCli() {
    }

    /** The committer, from MOSAIC_USER / MOSAIC_EMAIL / MOSAIC_COMPONENT. */
    static Identity identity() {
        return Identity.fromEnvironment(System.getenv());
    }

    /**
     * Credentials for http(s) remotes from MOSAIC_GIT_USERNAME and MOSAIC_GIT_PASSWORD (never
     * stored in the workspace); {@code null} when not set.
     */
    static CredentialsProvider credentials() {
        String user = System.getenv("MOSAIC_GIT_USERNAME");
        String password = System.getenv("MOSAIC_GIT_PASSWORD");
        return user == null ? null : new UsernamePasswordCredentialsProvider(user, password == null ? "" : password);
    }

    /** {@code values} and the ssh options, for the commands that reach remotes. */
    static List<String> withSsh(String... values) {
        List<String> all = new java.util.ArrayList<>(List.of(values));
        all.addAll(List.of("ssh-key", "known-hosts"));
        return all;
    }

    /**
     * How ssh remotes are reached: {@code --ssh-key FILE} (with {@code --known-hosts FILE}, by
     * default {@code ~/.ssh/known_hosts}) for one explicit key, else the user's {@code ~/.ssh}.
     */
    static SshSettings ssh(CommandContext context) {
        Optional<String> key = context.option("ssh-key");
        Optional<String> knownHosts = context.option("known-hosts");
        if (key.isEmpty()) {
            if (knownHosts.isPresent()) {
                throw new UsageException(context.commandName() + ": --known-hosts goes with --ssh-key FILE");
            }
            return SshSettings.user();
        }
        return SshSettings.key(Path.of(key.get()),
            knownHosts.map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts")));
    }

    /** Opens {@code --workspace} as a versioned workspace, with credentials and ssh settings. */
    /**
     * Prints, on stderr, one line for each problem the workspace went past (per-user state rebuilt,
     * unreadable versions of history skipped); a command calls it once, at its end.
     */
    static void problems(CommandContext context, VersionedWorkspace workspace) {
        workspace.problems().forEach(line -> context.err().println("problem: " + line));
    }

    static VersionedWorkspace open(CommandContext context) throws WorkspaceException {
        SshSettings ssh = ssh(context);
        VersionedWorkspace workspace = VersionedWorkspace.open(Path.of(context.requiredOption("workspace")));
        workspace.setCredentials(credentials());
        workspace.setSsh(ssh);
        return workspace;
    }

    /** The reader's options of the commands that resolve a name: {@code --audience} ({@code --clearance} its synonym), {@code --compartments}, {@code --releasable-to}. */
    static final List<String> READER_OPTIONS = CommandContext.AUDIENCE_OPTIONS;

    /**
     * The reader a command resolves names for: {@code --audience LEVEL} (or {@code --clearance}),
     * default the mission's lowest level, as {@code search} and {@code report} do, with
     * {@code --compartments A,B} and {@code --releasable-to BODY}.
     *
     * @throws IllegalArgumentException for a level that is not the mission's (naming the valid ones)
     */
    static Audience reader(CommandContext context, Workspace workspace) {
        return context.audience(workspace.rules());
    }

    /** Checks options and returns between {@code min} and {@code max} positionals. */
    static List<String> positionals(CommandContext context, String synopsis, int min, int max, List<String> flags, List<String> values) {
        List<String> positionals = context.checkOptions(flags, values);
        if (positionals.size() < min) {
            throw new UsageException(context.commandName() + ": missing argument; usage: " + context.commandName() + " " + synopsis);
        }
        if (positionals.size() > max) {
            throw new UsageException(context.commandName() + ": unexpected argument " + positionals.get(max));
        }
        return positionals;
    }
}
