package mosaic.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A small picture of an actor's network for its profile: the actor in the middle, the actors it
 * is related to on a circle around it, each edge labelled with the relation types. Drawn with
 * Java2D (headless), as PNG.
 */
public final class NetworkPicture {

    /** An actor related to the profiled one, and how. */
    public record Neighbour(String name, String relation) {
    }

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 900;
    private static final Color CENTRE = new Color(0x1F, 0x4E, 0x79);
    private static final Color NODE = new Color(0x5B, 0x9B, 0xD5);
    private static final Color EDGE = new Color(0x99, 0x99, 0x99);

    private NetworkPicture() {
    }

    /** The picture as PNG bytes. */
    public static byte[] render(String actor, List<Neighbour> neighbours) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double cx = WIDTH / 2.0;
            double cy = HEIGHT / 2.0;
            double rx = WIDTH / 2.0 - 230;
            double ry = HEIGHT / 2.0 - 90;
            int n = neighbours.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
                xs[i] = cx + rx * Math.cos(angle);
                ys[i] = cy + ry * Math.sin(angle);
            }
            g.setStroke(new BasicStroke(2.5f));
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
            Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
            Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 28);
            for (int i = 0; i < n; i++) {
                g.setColor(EDGE);
                g.draw(new Line2D.Double(cx, cy, xs[i], ys[i]));
                g.setFont(small);
                g.setColor(Color.DARK_GRAY);
                centred(g, neighbours.get(i).relation(), (cx + xs[i]) / 2, (cy + ys[i]) / 2 - 6);
            }
            for (int i = 0; i < n; i++) {
                g.setColor(NODE);
                g.fill(new Ellipse2D.Double(xs[i] - 14, ys[i] - 14, 28, 28));
                g.setFont(label);
                g.setColor(Color.BLACK);
                centred(g, neighbours.get(i).name(), xs[i], ys[i] + (ys[i] < cy ? -24 : 42));
            }
            g.setColor(CENTRE);
            g.fill(new Ellipse2D.Double(cx - 26, cy - 26, 52, 52));
            g.setFont(bold);
            g.setColor(Color.BLACK);
            centred(g, actor, cx, cy + 62);
            if (n == 0) {
                g.setFont(label);
                centred(g, "No relations visible to this audience.", cx, cy + 110);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void centred(Graphics2D g, String text, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        int w = metrics.stringWidth(text);
        int left = (int) Math.round(Math.max(4, Math.min(WIDTH - w - 4, x - w / 2.0)));
        g.drawString(text, left, (int) Math.round(y));
    }
}
