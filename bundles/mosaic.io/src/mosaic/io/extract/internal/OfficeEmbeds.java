package mosaic.io.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Objects embedded in Office documents: an OLE wrapper's own content taken out of it. */
final class OfficeEmbeds {

    private OfficeEmbeds() {
    }

    /**
     * @return the document an OLE object wraps (its {@code Package} stream, which holds an Office Open XML file,
     *         or its {@code Ole10Native} payload), else the bytes as they are (an embedded file stored bare, or an
     *         OLE2 document such as a .doc or .xls)
     */
    static byte[] unwrap(byte[] bytes) {
        if (bytes.length < 8 || (bytes[0] & 0xff) != 0xD0 || (bytes[1] & 0xff) != 0xCF) {
            return bytes;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryEntry root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("Package")) {
                Entry entry = root.getEntryCaseInsensitive("Package");
                if (entry instanceof DocumentEntry document) {
                    try (InputStream in = new DocumentInputStream(document)) {
                        return in.readAllBytes();
                    }
                }
            }
            if (root.hasEntryCaseInsensitive(Ole10Native.OLE10_NATIVE)) {
                return Ole10Native.createFromEmbeddedOleObject(fs).getDataBuffer();
            }
        } catch (IOException | RuntimeException | org.apache.poi.poifs.filesystem.Ole10NativeException e) {
            return bytes;
        }
        return bytes;
    }
}
