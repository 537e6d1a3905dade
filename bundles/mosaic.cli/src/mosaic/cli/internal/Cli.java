package mosaic.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;

/**
 * Picks the command named by the first argument and runs it, turning every outcome into an exit
 * status and at most one line on standard error. Stack traces are printed only with {@code --debug}:
 * analysts read these lines, scripts test the status.
 */
public final class Cli {

    /** The name users type, used in messages. */
    public static final String PROGRAM = "mosaic";

    private Cli() {
    }

    public static int run(List<String> arguments, Iterable<Command> available, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        boolean debug = args.remove("--debug");
        Map<String, Command> commands = new TreeMap<>();
        for (Command command : available) {
            commands.putIfAbsent(command.name(), command);
        }
        if (args.isEmpty()) {
            err.println(PROGRAM + ": no command given (" + PROGRAM + " help lists the commands)");
            return Command.USAGE;
        }
        String name = args.remove(0);
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        }
        // Two-word commands ("import graphml", "bench graph") win over the one-word command they extend.
        if (!args.isEmpty() && commands.containsKey(name + " " + args.get(0))) {
            name = name + " " + args.remove(0);
        }
        Command command = commands.get(name);
        if (command == null) {
            String family = name + " ";
            List<String> sub = commands.keySet().stream().filter(n -> n.startsWith(family)).toList();
            err.println(PROGRAM + ": unknown command '" + name + "'" + (sub.isEmpty() ? "" : "; did you mean " + String.join(" or ", sub) + "?")
                + " (" + PROGRAM + " help lists the commands)");
            return Command.USAGE;
        }
        CommandContext context = new CommandContext(name, args, out, err, debug, commands);
        try {
            int status = command.run(context);
            out.flush();
            return status;
        } catch (UsageException e) {
            err.println(PROGRAM + ": " + e.getMessage() + " (usage: " + PROGRAM + " " + name
                    + (command.synopsis().isEmpty() ? "" : " " + command.synopsis()) + ")");
            if (debug) {
                e.printStackTrace(err);
            }
            return Command.USAGE;
        } catch (Exception | LinkageError e) {
            err.println(PROGRAM + ": " + name + ": " + describe(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return Command.FAILURE;
        }
    }

    /** The message of {@code e}, or its kind when it has none (a bare NullPointerException). */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName() + " (run again with --debug for details)";
        }
        return message.replace('\n', ' ');
    }
}
