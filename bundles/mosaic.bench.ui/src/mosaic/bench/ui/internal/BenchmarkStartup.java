package mosaic.bench.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

import mosaic.bench.ui.ChartBenchmark;
import mosaic.bench.ui.UiBenchmark;

/**
 * The workbench halves of the benchmarks, in the mosaic-bench product only:
 * <ul>
 * <li>{@code ./mosaic bench ui} starts the workbench with {@code -Dmosaic.bench.ui=true}:
 * {@link UiBenchmark} measures, prints one line and closes the workbench;</li>
 * <li>{@code ./mosaic bench graph} starts it with {@code -Dmosaic.bench.graph=NODES}: once the
 * workbench is up, {@link ChartBenchmark} measures a chart of that many nodes, prints one line and
 * closes the workbench.</li>
 * </ul>
 * Does nothing otherwise.
 */
public final class BenchmarkStartup implements IStartup {

    @Override
    public void earlyStartup() {
        if (Boolean.getBoolean("mosaic.bench.ui")) {
            UiBenchmark.start();
            return;
        }
        Integer nodes = Integer.getInteger("mosaic.bench.graph");
        if (nodes == null) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            try {
                ChartBenchmark.Result r = ChartBenchmark.run(nodes, Long.getLong("mosaic.bench.seed", 1L));
                System.out.printf(java.util.Locale.ROOT, "mosaic: bench graph ui nodes=%d edges=%d set_contents_ms=%d first_paint_ms=%d"
                    + " zoom_paint_median_ms=%.1f zoom_paint_max_ms=%.1f scroll_paint_median_ms=%.1f scroll_paint_max_ms=%.1f%n",
                    r.nodes(), r.edges(), r.setContentsMillis(), r.firstPaintMillis(), r.zoomPaintMedianMillis(), r.zoomPaintMaxMillis(),
                    r.scrollPaintMedianMillis(), r.scrollPaintMaxMillis());
            } catch (RuntimeException e) {
                System.err.println("mosaic: bench graph: the chart benchmark failed: " + e);
            } finally {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
