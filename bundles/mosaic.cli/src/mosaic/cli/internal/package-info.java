/**
 * The {@code mosaic.cli.app} application and the built-in commands. {@link mosaic.cli.internal.Cli}
 * is the dispatcher, plain Java so that it is tested without starting an application.
 */
package mosaic.cli.internal;
