package mosaic.graph.internal.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.graph.model.ModelGraph;

/** What the graph commands share: the date and kind filters and the audience. */
final class Options {

    /** Value options every graph-reading command takes. */
    static final List<String> GRAPH_OPTIONS = Stream.concat(Stream.of("workspace", "at", "from", "to", "kinds"),
        CommandContext.AUDIENCE_OPTIONS.stream()).toList();

    private Options() {
    }

    static LocalDate date(CommandContext context, String option) {
        return context.option(option).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException(context.commandName() + ": --" + option + " needs a date as YYYY-MM-DD, not '" + value + "'");
            }
        }).orElse(null);
    }

    /**
     * The graph of a workspace as the options ask: {@code --kinds} (default {@code defaultKinds}),
     * {@code --at DATE} or {@code --from/--to}, and only what the audience of
     * {@link CommandContext#audience} may see (the lowest audience when no option says otherwise).
     */
    static ModelGraph graph(CommandContext context, Workspace workspace, String defaultKinds) {
        return graph(context, workspace, defaultKinds, audience(context, workspace));
    }

    /** The audience the options name; a bad value is a usage error. */
    static Audience audience(CommandContext context, Workspace workspace) {
        try {
            return context.audience(workspace.rules());
        } catch (IllegalArgumentException e) {
            throw new UsageException(context.commandName() + ": " + e.getMessage());
        }
    }

    static ModelGraph graph(CommandContext context, Workspace workspace, String defaultKinds, Audience audience) {
        ModelGraph.Builder builder = ModelGraph.of(workspace.all());
        try {
            builder.kindNames(Arrays.asList(context.option("kinds").orElse(defaultKinds).split(",")));
            LocalDate at = date(context, "at");
            LocalDate from = date(context, "from");
            LocalDate to = date(context, "to");
            if (at != null && (from != null || to != null)) {
                throw new UsageException(context.commandName() + ": give --at or --from/--to, not both");
            }
            if (at != null) {
                builder.at(at);
            } else if (from != null || to != null) {
                builder.between(from, to);
            }
            builder.visible(audience.filter());
        } catch (IllegalArgumentException e) {
            throw new UsageException(context.commandName() + ": " + e.getMessage());
        }
        return builder.build();
    }
}
