package mosaic.cli.internal;

import java.util.List;
import java.util.Map;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;

/** {@code help [COMMAND]}: lists the commands, or shows one. */
public final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "[COMMAND]";
    }

    @Override
    public String description() {
        return "list the headless commands, or show how to call one";
    }

    @Override
    public int run(CommandContext context) {
        List<String> positionals = context.checkOptions(List.of(), List.of());
        Map<String, Command> commands = context.commands();
        if (positionals.size() > 1) {
            throw new UsageException("help: give at most one command name");
        }
        if (positionals.size() == 1) {
            Command command = commands.get(positionals.get(0));
            if (command == null) {
                throw new UsageException("help: unknown command '" + positionals.get(0) + "'");
            }
            context.out().println("usage: " + Cli.PROGRAM + " " + usage(command));
            context.out().println("  " + command.description());
            return OK;
        }
        context.out().println("Mosaic headless commands (usage: " + Cli.PROGRAM + " COMMAND [ARGS...] [--debug]):");
        // one entry per command: its usage, then what it does, indented beneath (usages grow long
        // as commands gain options; a padded column would push every description off the screen)
        for (Command command : commands.values()) {
            context.out().println("  " + usage(command));
            context.out().println("      " + command.description());
        }
        context.out().println();
        context.out().println("Exit status: 0 success, 1 failure, 2 usage error. --debug shows stack traces.");
        context.out().println("Without a command, ./mosaic starts the workbench (./mosaic --workspace DIR, --screenshot FILE).");
        return OK;
    }

    private static String usage(Command command) {
        return command.synopsis().isEmpty() ? command.name() : command.name() + " " + command.synopsis();
    }
}
