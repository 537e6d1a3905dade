/**
 * Link-analysis charts in the workbench: {@link mosaic.graph.ui.ChartEditor}, the GEF editor of a
 * chart, and {@link mosaic.graph.ui.ChartBenchmark}, which times the chart canvas on a large chart.
 */
package mosaic.graph.ui;
