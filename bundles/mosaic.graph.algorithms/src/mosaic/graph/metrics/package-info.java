/**
 * Network measures over a {@link mosaic.graph.Graph}: degree, betweenness (Brandes over the CSR
 * arrays, sources split across cores), closeness, eigenvector, PageRank, components, communities,
 * paths and neighbourhoods. Values follow networkx's definitions and normalizations.
 */
package mosaic.graph.metrics;
