/**
 * Graph algorithms in plain Java, with no Mosaic or OSGi type: {@link mosaic.graph.Graph} is the
 * immutable, array-based graph every algorithm reads; {@code mosaic.graph.metrics} measures it,
 * {@code mosaic.graph.layout} places it and {@code mosaic.graph.io} reads and writes GraphML and
 * GEXF. {@link mosaic.graph.Progress} carries progress and cancellation. The bundle
 * {@code mosaic.graph} builds such graphs from a workspace ({@code mosaic.graph.model}).
 */
package mosaic.graph;
