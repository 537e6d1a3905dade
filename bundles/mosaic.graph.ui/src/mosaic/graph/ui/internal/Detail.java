package mosaic.graph.ui.internal;

/**
 * The level of detail one viewer paints at, shared by all its figures. Below the detail
 * threshold, nodes are plain discs and lines thin, without labels or arrowheads (painting is
 * dominated by rasterizing text and lines); the threshold is lower on small
 * charts, which stay readable when zoomed out. Line labels need more room still: they are shown
 * from {@link #LABEL_ZOOM} up (and, at any zoom, on the lines of the selected nodes and of a
 * highlighted path), so that they do not pile up on a zoomed-out chart.
 */
public final class Detail {

    /** The zoom below which detail is dropped on a large chart. */
    public static final double THRESHOLD = 0.6;
    /** The zoom below which detail is dropped on a small chart (up to {@link #SMALL} nodes). */
    public static final double SMALL_THRESHOLD = 0.2;
    /** Charts of up to this many nodes are small. */
    public static final int SMALL = 300;
    /** The zoom from which every line's label is shown. */
    public static final double LABEL_ZOOM = 0.75;

    private double threshold = THRESHOLD;
    private boolean full = true;
    private boolean labels = true;
    private double zoom = 1;

    public boolean full() {
        return full;
    }

    /** Whether every line shows its label. */
    public boolean labels() {
        return labels;
    }

    /** The viewer's zoom. */
    public double zoom() {
        return zoom;
    }

    /** Sets the detail for a zoom; true when what is shown changed. */
    public boolean zoomed(double newZoom) {
        zoom = newZoom;
        boolean wasFull = full;
        boolean hadLabels = labels;
        full = newZoom >= threshold;
        labels = newZoom >= LABEL_ZOOM;
        return wasFull != full || hadLabels != labels;
    }

    /** Sets the threshold for a chart of so many nodes; true when what is shown changed. */
    public boolean sized(int nodes) {
        threshold = nodes <= SMALL ? SMALL_THRESHOLD : THRESHOLD;
        return zoomed(zoom);
    }
}
