/**
 * The {@code bench} commands ({@code bench workspace}, {@code bench search}, {@code bench graph},
 * {@code bench reports}, {@code bench git}) and the generated corpora only they use, registered as
 * {@link mosaic.cli.Command} services. Installed with the bench feature, never in an analyst's product.
 */
package mosaic.bench.internal;
