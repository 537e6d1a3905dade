/**
 * The API a bundle implements to add a headless command to {@code ./mosaic COMMAND}.
 *
 * <p>Flow: the launcher starts the {@code mosaic.cli.app} Equinox application; it collects every
 * {@link mosaic.cli.Command} registered as an OSGi service (a Declarative Services component, so a
 * mission plug-in adds a command by declaring one), picks the one named by the first argument and
 * runs it with a {@link mosaic.cli.CommandContext}. A command returns its exit status or throws:
 * {@link mosaic.cli.UsageException} becomes exit status 2, anything else 1, each reported as one line
 * on standard error (with the stack trace only under {@code --debug}).
 */
package mosaic.cli;
