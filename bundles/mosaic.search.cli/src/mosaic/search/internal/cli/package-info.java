/**
 * The {@code ingest}, {@code search}, {@code link} and {@code index rebuild} commands, registered
 * as {@link mosaic.cli.Command} services.
 */
package mosaic.search.internal.cli;
