package mosaic.graph.ui.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

import mosaic.model.ChartNode;
import mosaic.model.Relation;

/**
 * All the lines of a large chart in one figure, under the nodes (with thousands
 * of lines, cairo rasterizing them is what costs, and one edit part per line costs seconds to
 * build). The lines that cross the area being painted are rasterized here into a pixel buffer
 * (one pixel wide, two for heavy relations, thicker on a highlighted path; dashed when weakly
 * evidenced) and the buffer is drawn as one image. Pictures are kept per zoom and later paints
 * copy from them: of the whole chart when it is small on screen (zoomed out), else of the
 * painted area with a margin, which the next scroll steps reuse.
 * Lines are not selectable here: on a large chart the analyst selects nodes.
 */
public final class LinksFigure extends Figure {

    /** The largest picture rendered at once, and the most kept, in pixels. */
    private static final long PICTURE_PIXELS = 6_000_000L;
    private static final long KEPT_PIXELS = 24_000_000L;
    private static final int WHITE = 0xffffff;

    private final Detail detail;
    private int count;
    private double[] x1 = new double[0];
    private double[] y1 = new double[0];
    private double[] x2 = new double[0];
    private double[] y2 = new double[0];
    private int[] rgb = new int[0];
    private byte[] style = new byte[0];
    private final java.util.ArrayDeque<Picture> pictures = new java.util.ArrayDeque<>();

    private static final byte HEAVY = 1;
    private static final byte DASHED = 2;
    private static final byte HIGHLIGHTED = 4;

    public LinksFigure(Detail detail) {
        this.detail = detail;
        setOpaque(false);
    }

    /**
     * Takes the lines to draw: each line of the scene from its source's centre to its target's.
     *
     * @param highlighted lines drawn thick (a path)
     */
    public void show(ChartScene scene, List<Object> links, Set<Object> highlighted, boolean dashWeak) {
        count = links.size();
        x1 = new double[count];
        y1 = new double[count];
        x2 = new double[count];
        y2 = new double[count];
        rgb = new int[count];
        style = new byte[count];
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            Object link = links.get(i);
            ChartNode from = scene.source(link);
            ChartNode to = scene.target(link);
            x1[i] = from.getX();
            y1[i] = from.getY();
            x2[i] = to.getX();
            y2[i] = to.getY();
            Color colour = Styling.lineColour(link);
            rgb[i] = colour.getRed() << 16 | colour.getGreen() << 8 | colour.getBlue();
            boolean relation = link instanceof Relation;
            byte s = 0;
            if (relation && ((Relation) link).getWeight() >= 0.5) {
                s |= HEAVY;
            }
            if (!relation || (dashWeak && Grades.weak((Relation) link))) {
                s |= DASHED;
            }
            if (highlighted.contains(link)) {
                s |= HIGHLIGHTED;
            }
            style[i] = s;
            left = Math.min(left, Math.min(x1[i], x2[i]));
            top = Math.min(top, Math.min(y1[i], y2[i]));
            right = Math.max(right, Math.max(x1[i], x2[i]));
            bottom = Math.max(bottom, Math.max(y1[i], y2[i]));
        }
        dropCache();
        Rectangle bounds = count == 0 ? new Rectangle(0, 0, 1, 1)
            : new Rectangle((int) Math.floor(left) - 4, (int) Math.floor(top) - 4, (int) Math.ceil(right - left) + 9, (int) Math.ceil(bottom - top) + 9);
        if (getParent() != null) {
            erase();
        }
        setBounds(bounds);
        repaint();
    }

    /** How many lines the figure draws. */
    public int count() {
        return count;
    }

    private void dropCache() {
        pictures.forEach(p -> p.image().dispose());
        pictures.clear();
    }

    @Override
    public void removeNotify() {
        dropCache();
        super.removeNotify();
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (count == 0) {
            return;
        }
        double zoom = detail.zoom();
        Rectangle r = getBounds();
        Rectangle clip = g.getClip(new Rectangle()).intersect(r);
        if (clip.isEmpty()) {
            return;
        }
        Picture picture = picture(clip, zoom, r);
        Rectangle area = picture.area();
        if (zoom == 1) {
            // one pixel per chart unit: the whole picture at its place, the clip cuts it; a source
            // rectangle would send SWT through a copy of the image's data on every paint
            g.drawImage(picture.image(), area.x, area.y);
            return;
        }
        // the part of the picture under the clip, in its pixels
        int sx = (int) Math.floor((clip.x - area.x) * zoom);
        int sy = (int) Math.floor((clip.y - area.y) * zoom);
        org.eclipse.swt.graphics.Rectangle size = picture.image().getBounds();
        int sw = Math.min(size.width - sx, (int) Math.ceil(clip.width * zoom) + 1);
        int sh = Math.min(size.height - sy, (int) Math.ceil(clip.height * zoom) + 1);
        if (sw > 0 && sh > 0) {
            g.drawImage(picture.image(), sx, sy, sw, sh, area.x + (int) Math.floor(sx / zoom), area.y + (int) Math.floor(sy / zoom),
                (int) Math.ceil(sw / zoom), (int) Math.ceil(sh / zoom));
        }
    }

    /** A rendered area of the lines at a zoom. */
    private record Picture(double zoom, Rectangle area, Image image) {
        long pixels() {
            org.eclipse.swt.graphics.Rectangle size = image.getBounds();
            return (long) size.width * size.height;
        }
    }

    /**
     * A picture that covers the clip at the zoom: a kept one, or a new one of the whole chart when
     * it is small enough on screen, else of the clip and a margin around it (so that the next
     * scroll steps copy from it). The kept pictures are the newest, within a pixel budget.
     */
    private Picture picture(Rectangle clip, double zoom, Rectangle whole) {
        for (Picture picture : pictures) {
            if (picture.zoom() == zoom && picture.area().contains(clip)) {
                pictures.remove(picture);
                pictures.addFirst(picture);
                return picture;
            }
        }
        Rectangle area;
        if (pixels(whole, zoom) <= PICTURE_PIXELS) {
            area = whole.getCopy();
        } else {
            // A small margin: SWT copies a picture's whole data each time it is drawn, so a picture
            // of three views' area cost more per scroll step than re-rendering a smaller one now and
            // then (2,000 nodes: scroll step median 39-43 ms with 3 x 2 views, 29-30 ms with 1.7 x 1.3).
            area = clip.getCopy().expand(clip.width / 3, clip.height / 6).intersect(whole);
            if (pixels(area, zoom) > PICTURE_PIXELS) {
                area = clip.getCopy();
            }
        }
        Picture made = new Picture(zoom, area, render(area, zoom));
        pictures.addFirst(made);
        long kept = 0;
        for (java.util.Iterator<Picture> it = pictures.iterator(); it.hasNext();) {
            Picture picture = it.next();
            kept += picture.pixels();
            if (kept > KEPT_PIXELS && picture != made) {
                picture.image().dispose();
                it.remove();
            }
        }
        return made;
    }

    private static long pixels(Rectangle area, double zoom) {
        return (long) Math.ceil(area.width * zoom) * (long) Math.ceil(area.height * zoom);
    }

    /** Rasterizes the lines crossing an area (chart coordinates) at a zoom; white where there are none. */
    private Image render(Rectangle area, double zoom) {
        int w = Math.max(1, (int) Math.ceil(area.width * zoom));
        int h = Math.max(1, (int) Math.ceil(area.height * zoom));
        int[] pixels = new int[w * h];
        java.util.Arrays.fill(pixels, WHITE);
        boolean full = detail.full();
        // highlighted lines last, so that they lie on top
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < count; i++) {
                boolean highlighted = (style[i] & HIGHLIGHTED) != 0;
                if (highlighted != (pass == 1)) {
                    continue;
                }
                int width = highlighted ? 4 : full && (style[i] & HEAVY) != 0 ? 2 : 1;
                int colour = highlighted ? 0xff9800 : rgb[i];
                line(pixels, w, h, (x1[i] - area.x) * zoom, (y1[i] - area.y) * zoom, (x2[i] - area.x) * zoom, (y2[i] - area.y) * zoom, colour,
                    width, full && (style[i] & DASHED) != 0);
            }
        }
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        byte[] bytes = data.data;
        for (int y = 0; y < h; y++) {
            int at = y * data.bytesPerLine;
            for (int x = 0, i = y * w; x < w; x++, i++) {
                int c = pixels[i];
                bytes[at++] = (byte) (c >> 16);
                bytes[at++] = (byte) (c >> 8);
                bytes[at++] = (byte) c;
            }
        }
        return new Image(Display.getCurrent(), data);
    }

    /** Draws the part of a segment inside the w x h buffer (Liang–Barsky, then a DDA walk). */
    private static void line(int[] pixels, int w, int h, double ax, double ay, double bx, double by, int colour, int width, boolean dashed) {
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax + width, w - 1 + width - ax, ay + width, h - 1 + width - ay};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return;
                }
            }
        }
        double sx = ax + t0 * dx;
        double sy = ay + t0 * dy;
        double ex = ax + t1 * dx;
        double ey = ay + t1 * dy;
        int steps = (int) Math.ceil(Math.max(Math.abs(ex - sx), Math.abs(ey - sy)));
        if (steps == 0) {
            return;
        }
        double stepX = (ex - sx) / steps;
        double stepY = (ey - sy) / steps;
        boolean steep = Math.abs(ey - sy) > Math.abs(ex - sx);
        // dashes keep their phase from the line's start, so they do not crawl when scrolling
        int phase = (int) Math.round(t0 * Math.max(Math.abs(dx), Math.abs(dy)));
        double x = sx;
        double y = sy;
        for (int s = 0; s <= steps; s++, x += stepX, y += stepY) {
            if (dashed && ((s + phase) / 6) % 2 == 1) {
                continue;
            }
            int px = (int) Math.round(x);
            int py = (int) Math.round(y);
            for (int k = -(width - 1) / 2; k <= width / 2; k++) {
                int qx = steep ? px + k : px;
                int qy = steep ? py : py + k;
                if (qx >= 0 && qy >= 0 && qx < w && qy < h) {
                    pixels[qy * w + qx] = colour;
                }
            }
        }
    }
}
