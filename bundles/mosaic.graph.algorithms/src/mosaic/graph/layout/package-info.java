/**
 * Chart layouts: Eclipse ELK for charts of the size analysts draw by hand, a Barnes–Hut force
 * layout for large networks, and the choice between them by size.
 */
package mosaic.graph.layout;
