/**
 * The {@code ingest}, {@code search}, {@code link}, {@code index rebuild} and {@code bench search}
 * commands, registered as {@link mosaic.cli.Command} services.
 */
package mosaic.search.internal.cli;
