package mosaic.bench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The chart benchmark runs inside the workbench and reports sane figures. No timing is asserted
 * (a benchmark is not a test); the figures of a 2,000-node chart are printed for the record.
 */
class ChartBenchmarkTest {

    @Test
    void measuresAChartOfTheAskedSize() {
        ChartBenchmark.Result result = ChartBenchmark.run(2000, 7);
        System.err.println("ChartBenchmark: " + result);
        assertEquals(2000, result.nodes());
        assertEquals(6000, result.edges());
        assertTrue(result.firstPaintMillis() >= 0 && result.zoomPaintMedianMillis() > 0 && result.scrollPaintMedianMillis() > 0, result.toString());
        assertTrue(result.zoomPaintMaxMillis() >= result.zoomPaintMedianMillis());
    }

    @Test
    void refusesATooSmallChart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartBenchmark.run(1, 1));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
    }
}
