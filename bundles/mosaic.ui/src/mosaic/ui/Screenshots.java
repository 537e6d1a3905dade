package mosaic.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * PNG pictures of a window, for {@code ./mosaic --screenshot} and for UI tests that keep a picture
 * of what they saw when they fail. Must be called on the UI thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Lets the shell finish painting, copies its area of the screen and writes it as PNG. The file is
     * written beside the target and renamed into place, so a reader never sees half a picture.
     *
     * @return the area of the screen taken, in display coordinates
     */
    public static Rectangle capture(Shell shell, Path file) throws IOException {
        Display display = shell.getDisplay();
        shell.update();
        while (display.readAndDispatch()) {
            // drain pending paints and layouts
        }
        Rectangle area = windowArea(shell);
        Image image = new Image(display, area.width, area.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, area.x, area.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Path tmp = Files.createTempFile(absolute.getParent(), ".screenshot", ".png");
            try {
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } finally {
            image.dispose();
        }
        return area;
    }

    /**
     * The part of the screen the window really covers, in display coordinates: from the shell's
     * origin (menu bar, and title bar where a window manager draws one) to the bottom right of its
     * client area. Without a window manager GTK reports shell bounds larger than the window it
     * maps, and the difference would show as a black band.
     */
    public static Rectangle windowArea(Shell shell) {
        Rectangle bounds = shell.getBounds();
        Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
        int right = Math.min(bounds.x + bounds.width, client.x + client.width);
        int bottom = Math.min(bounds.y + bounds.height, client.y + client.height);
        return new Rectangle(bounds.x, bounds.y, right - bounds.x, bottom - bounds.y);
    }
}
