package mosaic.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.model.config.MissionRules;

/**
 * What a running command gets: its arguments, already split into options and positionals, the
 * output streams, and the other commands (for {@code help}).
 *
 * <p>Options are {@code --name}, {@code --name VALUE} or {@code --name=VALUE}. A command declares
 * which of its options take values by asking for them with {@link #option(String)}; before doing any
 * work it calls {@link #checkOptions(String...)} so that a mistyped option is a usage error rather
 * than silently ignored.
 */
public final class CommandContext {

    /**
     * The audience options every command that outputs workspace content takes: {@code --audience
     * LEVEL} (with {@code --ceiling} and {@code --clearance} as synonyms), {@code --compartments A,B}
     * and {@code --releasable-to BODY}. See {@link #audience(MissionRules)}.
     */
    public static final List<String> AUDIENCE_OPTIONS = List.of("audience", "ceiling", "clearance", "compartments", "releasable-to");

    /** The audience options as a synopsis says them. */
    public static final String AUDIENCE_SYNOPSIS = "[--audience LEVEL] [--compartments A,B] [--releasable-to BODY]";

    private final String commandName;
    private final List<String> rawArgs;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;
    private final Map<String, Command> commands;

    public CommandContext(String commandName, List<String> args, PrintStream out, PrintStream err,
            boolean debug, Map<String, Command> commands) {
        this.commandName = commandName;
        this.rawArgs = List.copyOf(args);
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.commands = Collections.unmodifiableMap(new LinkedHashMap<>(commands));
    }

    public String commandName() {
        return commandName;
    }

    /** The arguments after the command name, as given. */
    public List<String> args() {
        return rawArgs;
    }

    /** Standard output: results only, so that scripts can parse them. */
    public PrintStream out() {
        return out;
    }

    /** Standard error: progress and diagnostics. */
    public PrintStream err() {
        return err;
    }

    /** Whether {@code --debug} was given (stack traces on failure, more detail). */
    public boolean debug() {
        return debug;
    }

    /** Every registered command by name, sorted by name. */
    public Map<String, Command> commands() {
        return commands;
    }

    /** Whether the flag {@code --name} is present. A flag given a value is a usage error. */
    public boolean flag(String name) {
        String key = "--" + name;
        for (String arg : rawArgs) {
            if (arg.equals(key)) {
                return true;
            }
            if (arg.startsWith(key + "=")) {
                throw new UsageException(commandName + ": option " + key + " takes no value");
            }
        }
        return false;
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, if present. */
    public Optional<String> option(String name) {
        String key = "--" + name;
        for (int i = 0; i < rawArgs.size(); i++) {
            String arg = rawArgs.get(i);
            if (arg.equals(key)) {
                if (i + 1 >= rawArgs.size() || rawArgs.get(i + 1).startsWith("--")) {
                    throw new UsageException(commandName + ": option " + key + " needs a value");
                }
                return Optional.of(rawArgs.get(i + 1));
            }
            if (arg.startsWith(key + "=")) {
                return Optional.of(arg.substring(key.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The value of a required option; its absence is a usage error. */
    public String requiredOption(String name) {
        return option(name).orElseThrow(() -> new UsageException(commandName + ": --" + name + " is required"));
    }

    /** The value of {@code --name N}, a positive whole number, or {@code fallback} when absent. */
    public int positiveInt(String name, int fallback) {
        String value = option(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(commandName + ": --" + name + " needs a positive whole number, not '" + value + "'");
    }

    /**
     * Opens the workspace named by {@code --workspace} (required); with {@code --debug}, says on
     * stderr how many objects it loaded and how long that took.
     */
    public Workspace openWorkspace() throws WorkspaceException {
        Path folder = Path.of(requiredOption("workspace"));
        long start = System.nanoTime();
        Workspace workspace = Workspace.open(folder, new NullProgressMonitor());
        if (debug) {
            err.printf("loaded %d objects from %s in %d ms%n", workspace.size(), workspace.root(), (System.nanoTime() - start) / 1_000_000);
        }
        return workspace;
    }

    /**
     * Checks the arguments against the options the command knows and returns the positionals.
     *
     * @param valueOptions options that take a value; every other {@code --x} must be in
     *        {@code flags}
     * @throws UsageException for an unknown option
     */
    public List<String> checkOptions(Collection<String> flags, Collection<String> valueOptions) {
        Set<String> flagSet = Set.copyOf(flags);
        Set<String> valueSet = Set.copyOf(valueOptions);
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < rawArgs.size(); i++) {
            String arg = rawArgs.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                name = name.substring(0, eq);
            }
            if (valueSet.contains(name)) {
                if (eq < 0) {
                    i++;
                }
            } else if (!flagSet.contains(name)) {
                throw new UsageException(commandName + ": unknown option --" + name);
            }
        }
        return positionals;
    }

    /** Shorthand for commands that take only flags and no positionals. */
    public void checkOptions(String... flags) {
        List<String> positionals = checkOptions(List.of(flags), List.of());
        if (!positionals.isEmpty()) {
            throw new UsageException(commandName + ": unexpected argument " + positionals.get(0));
        }
    }

    /**
     * Who the output is for, from the audience options: the level of {@code --audience} (or its
     * synonyms {@code --ceiling}, {@code --clearance}), the compartments of {@code --compartments}
     * and the body of {@code --releasable-to}. Without options, the lowest audience of the mission:
     * forgetting an option never shows too much.
     *
     * @throws IllegalArgumentException naming the option, for an unknown level or synonyms that disagree
     */
    public Audience audience(MissionRules rules) {
        String given = null;
        String level = null;
        for (String name : List.of("audience", "ceiling", "clearance")) {
            Optional<String> value = option(name);
            if (value.isEmpty()) {
                continue;
            }
            if (level != null && !level.equals(value.get().trim())) {
                throw new IllegalArgumentException("--" + given + " " + level + " and --" + name + " " + value.get().trim()
                    + " disagree; give one audience level");
            }
            given = name;
            level = value.get().trim();
        }
        Audience audience;
        try {
            audience = Audience.of(rules, level == null ? rules.classificationCodes().get(0) : level, compartmentList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + given + ": " + e.getMessage(), e);
        }
        Optional<String> body = option("releasable-to");
        if (body.isPresent() && !body.get().isBlank()) {
            audience = audience.releasedTo(body.get().trim());
        }
        return audience;
    }

    private List<String> compartmentList() {
        List<String> list = new ArrayList<>();
        for (String c : option("compartments").orElse("").split(",")) {
            if (!c.isBlank()) {
                list.add(c.trim());
            }
        }
        return list;
    }
}
