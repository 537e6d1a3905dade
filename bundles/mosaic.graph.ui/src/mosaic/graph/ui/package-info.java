/**
 * Link-analysis charts in the workbench: {@link mosaic.graph.ui.ChartEditor}, the GEF editor of a
 * chart.
 */
package mosaic.graph.ui;
