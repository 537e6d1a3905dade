/**
 * The workbench benchmarks: {@link mosaic.bench.ui.UiBenchmark} ({@code ./mosaic bench ui}: first
 * window, navigator, Threat editor) and {@link mosaic.bench.ui.ChartBenchmark} (the chart half of
 * {@code ./mosaic bench graph}), started by {@link mosaic.bench.ui.internal.BenchmarkStartup}.
 */
package mosaic.bench.ui;
