package mosaic.graph.ui.internal;

/**
 * The level of detail one viewer paints at, shared by all its figures: below
 * {@link #THRESHOLD} zoom, nodes are plain discs and lines thin, without labels or arrowheads
 * (painting is dominated by rasterizing text and lines; see GRAPH-NOTES).
 */
public final class Detail {

    /** The zoom below which detail is dropped. */
    public static final double THRESHOLD = 0.5;

    private boolean full = true;

    public boolean full() {
        return full;
    }

    /** Sets the detail for a zoom; true when it changed. */
    public boolean zoomed(double zoom) {
        boolean now = zoom >= THRESHOLD;
        boolean changed = now != full;
        full = now;
        return changed;
    }
}
