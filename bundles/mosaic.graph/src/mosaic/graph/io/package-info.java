/** GraphML import and export, GEXF export: the formats Gephi, yEd and networkx exchange. */
package mosaic.graph.io;
