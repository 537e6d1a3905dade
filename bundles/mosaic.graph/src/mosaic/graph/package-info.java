/**
 * Graph analysis of the Mosaic model, headless. {@link mosaic.graph.Graph} is the immutable,
 * array-based graph every algorithm reads; {@code mosaic.graph.model} builds it from a workspace
 * (filtered by time, kind and marking), {@code mosaic.graph.metrics} measures it,
 * {@code mosaic.graph.layout} places it and {@code mosaic.graph.io} reads and writes GraphML and GEXF.
 */
package mosaic.graph;
