package mosaic.graph.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * Pictures of a whole chart at full size and detail: PNG painted from the figures, SVG written
 * from their geometry (discs, label plates and names; lines with their labels).
 */
public final class ChartExport {

    private static final int MARGIN = 24;

    private ChartExport() {
    }

    /** The area the chart's figures cover, with a margin. */
    public static Rectangle extent(LayerManager layers) {
        IFigure printable = layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
        Rectangle extent = ((FreeformFigure) printable).getFreeformExtent().getCopy();
        return extent.expand(MARGIN, MARGIN);
    }

    /** Writes the chart as PNG; returns the picture's size in pixels. */
    public static org.eclipse.swt.graphics.Point png(LayerManager layers, ChartContext context, Path file) throws IOException {
        IFigure printable = layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
        Rectangle extent = extent(layers);
        Display display = Display.getCurrent();
        Image image = new Image(display, extent.width, extent.height);
        double wasZoom = context.detail().zoom();
        context.detail().zoomed(1);
        try {
            GC gc = new GC(image);
            SWTGraphics graphics = new SWTGraphics(gc);
            try {
                graphics.setBackgroundColor(display.getSystemColor(SWT.COLOR_WHITE));
                graphics.fillRectangle(0, 0, extent.width, extent.height);
                graphics.translate(-extent.x, -extent.y);
                graphics.pushState();
                printable.paint(graphics);
                graphics.popState();
            } finally {
                graphics.dispose();
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            loader.save(absolute.toString(), SWT.IMAGE_PNG);
            return new org.eclipse.swt.graphics.Point(extent.width, extent.height);
        } catch (org.eclipse.swt.SWTException e) {
            throw new IOException(file + ": cannot be written as PNG: " + e.getMessage(), e);
        } finally {
            image.dispose();
            context.detail().zoomed(wasZoom);
        }
    }

    /** Writes the chart as SVG from the figures' geometry. */
    public static void svg(ChartPart chart, Path file) throws IOException {
        Rectangle extent = extent((LayerManager) chart.getViewer().getEditPartRegistry().get(LayerManager.ID));
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try (Writer out = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"%d %d %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", extent.width, extent.height, extent.x, extent.y, extent.width, extent.height));
            out.write(String.format("<title>%s</title>%n", xml(Kinds.title(chart.context().chart()))));
            out.write(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", extent.x, extent.y, extent.width, extent.height));
            for (Object child : chart.getChildren()) {
                if (child instanceof NodePart node) {
                    for (Object connection : node.getSourceConnections()) {
                        line(out, (LinkPart) connection);
                    }
                }
            }
            for (Object child : chart.getChildren()) {
                if (child instanceof NodePart node) {
                    node(out, node);
                } else if (child instanceof NotePart note) {
                    note(out, note);
                }
            }
            out.write("</svg>\n");
        } catch (IOException e) {
            throw new IOException(file + ": cannot be written as SVG: " + e.getMessage(), e);
        }
    }

    private static void line(Writer out, LinkPart part) throws IOException {
        LinkFigure figure = (LinkFigure) part.getFigure();
        PointList points = figure.getPoints();
        if (points.size() < 2) {
            return;
        }
        Point a = points.getFirstPoint();
        Point b = points.getLastPoint();
        String colour = hex(figure.getForegroundColor());
        out.write(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n", a.x, a.y, b.x, b.y,
            colour, figure.getLineWidth(), figure.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
        if (!figure.text().isEmpty()) {
            out.write(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#616161\">%s</text>%n", (a.x + b.x) / 2,
                (a.y + b.y) / 2 + 4, xml(figure.text())));
        }
    }

    private static void node(Writer out, NodePart part) throws IOException {
        NodeFigure figure = (NodeFigure) part.getFigure();
        Rectangle r = figure.getBounds();
        Point centre = figure.discCentre();
        MosaicObject object = part.object();
        out.write(String.format("<g><title>%s</title>%n", xml(Kinds.describe(object))));
        out.write(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"/>%n", centre.x, centre.y,
            figure.diameter() / 2, hex(part.context().styling().fill(part.node()))));
        int textTop = centre.y + figure.diameter() / 2 + 3;
        out.write(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"#f7f7f7\" fill-opacity=\"0.86\"/>%n", r.x,
            textTop, r.width, r.bottom() - textTop));
        out.write(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#212121\">%s</text>%n",
            centre.x, textTop + 12, xml(figure.name())));
        out.write("</g>\n");
    }

    /** A note: its box, and its text a line per paragraph (SVG 1.1 does not wrap). */
    private static void note(Writer out, NotePart part) throws IOException {
        Rectangle r = part.getFigure().getBounds();
        out.write(String.format("<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"%s\"/>%n", r.x, r.y, r.width,
            r.height, hex(NoteFigure.PAPER), hex(NoteFigure.EDGE)));
        String text = part.note().getText() == null ? "" : part.note().getText();
        int y = r.y + 18;
        for (String paragraph : text.split("\\R")) {
            out.write(String.format("<text x=\"%d\" y=\"%d\" fill=\"#212121\">%s</text>%n", r.x + 6, y, xml(paragraph)));
            y += 14;
        }
        out.write("</g>\n");
    }

    private static String hex(Color colour) {
        return colour == null ? "#000000" : String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
