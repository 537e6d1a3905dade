/**
 * GraphML import and export, GEXF export: the formats Gephi, yEd and networkx exchange.
 * <p>
 * This layer knows nothing of the Mosaic model. {@link mosaic.graph.io.GraphDocument} is a neutral
 * graph (keys, nodes and edges with attribute values by name); {@link mosaic.graph.io.GraphMl} reads
 * and writes it, {@link mosaic.graph.io.Gexf} writes it, and {@link mosaic.graph.io.GraphDocuments}
 * converts it from and to the analysis {@link mosaic.graph.Graph}. Reading is secure (no DTD, no
 * external entity) and fails with a {@link mosaic.graph.io.GraphFormatException} naming file, line,
 * column and problem; files are written atomically.
 */
package mosaic.graph.io;
