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
     * @return the size of the picture taken
     */
    public static Rectangle capture(Shell shell, Path file) throws IOException {
        Display display = shell.getDisplay();
        shell.update();
        while (display.readAndDispatch()) {
            // drain pending paints and layouts
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
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
        return new Rectangle(0, 0, bounds.width, bounds.height);
    }
}
