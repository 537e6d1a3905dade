/**
 * The Mosaic model seen as a graph: actors, events and locations as nodes; relations, event
 * participation and places as edges; filtered by date, kind and marking.
 */
package mosaic.graph.model;
