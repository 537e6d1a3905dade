package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.MediaType;

/** Images read with the JDK's Image I/O (PNG, JPEG and TIFF readers are built in), in memory, no temporary file. */
final class Images {

    private Images() {
    }

    /**
     * Reads the first image's header (its size), not its pixels.
     *
     * @throws ExtractionException the image is truncated or damaged ("corrupt PNG image (...)")
     */
    static void checkHeader(String name, MediaType type, byte[] bytes) throws ExtractionException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ExtractionException(name, "corrupt " + type + " image (no reader recognises it)", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
                    throw new ExtractionException(name, "corrupt " + type + " image (no pixels)", null);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name, "corrupt " + type + " image (" + e.getMessage() + ")", e);
        }
    }
}
