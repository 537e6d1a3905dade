package mosaic.cli;

/**
 * A headless command of {@code ./mosaic}. Register implementations as OSGi services; they are
 * looked up by {@link #name()}, so names must be unique and stable: scripts depend on them.
 */
public interface Command {

    /** Exit status of a command that did what it was asked. */
    int OK = 0;
    /** Exit status of a command that failed. */
    int FAILURE = 1;
    /** Exit status of a command that was called wrongly. */
    int USAGE = 2;

    /** The word that selects the command, e.g. {@code version}. */
    String name();

    /** Its arguments in usage notation, e.g. {@code [--json]}; empty when it takes none. */
    String synopsis();

    /** One line on what it does, for {@code ./mosaic help}. */
    String description();

    /**
     * Runs the command.
     *
     * @return the exit status, normally {@link #OK}
     * @throws UsageException when the arguments are wrong (exit status 2)
     * @throws Exception for any other failure (exit status 1); its message is shown as is
     */
    int run(CommandContext context) throws Exception;
}
