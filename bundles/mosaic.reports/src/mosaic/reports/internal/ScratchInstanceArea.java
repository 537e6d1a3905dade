package mosaic.reports.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * An instance area for processes started without one ({@code -data @none}, as the command line
 * is): BIRT's chart engine asks for its state location when it starts and fails without one,
 * which leaves every chart blank. A temporary folder, registered as the instance location only
 * when none is, and only for the life of the process.
 */
final class ScratchInstanceArea implements Location {

    private final URL url;

    private ScratchInstanceArea(URL url) {
        this.url = url;
    }

    /** Registers a scratch instance location when the framework has none. */
    static void ensure() throws IOException {
        var bundle = FrameworkUtil.getBundle(ScratchInstanceArea.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        try {
            if (!context.getServiceReferences(Location.class, Location.INSTANCE_FILTER).isEmpty()) {
                return;
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path folder = Files.createTempDirectory("mosaic-reports-instance");
        folder.toFile().deleteOnExit();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Location.SERVICE_PROPERTY_TYPE, Location.INSTANCE_AREA_TYPE);
        context.registerService(Location.class, new ScratchInstanceArea(folder.toUri().toURL()), properties);
    }

    @Override
    public boolean allowsDefault() {
        return false;
    }

    @Override
    public URL getDefault() {
        return null;
    }

    @Override
    public Location getParentLocation() {
        return null;
    }

    @Override
    public URL getURL() {
        return url;
    }

    @Override
    public boolean isSet() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    @Deprecated
    public boolean setURL(URL value, boolean lock) {
        throw new IllegalStateException("the scratch instance area is already set");
    }

    @Override
    public boolean set(URL value, boolean lock) {
        throw new IllegalStateException("the scratch instance area is already set");
    }

    @Override
    public boolean set(URL value, boolean lock, String lockFilePath) {
        throw new IllegalStateException("the scratch instance area is already set");
    }

    @Override
    public boolean lock() {
        return true;
    }

    @Override
    public void release() {
        // nothing is locked
    }

    @Override
    public boolean isLocked() {
        return false;
    }

    @Override
    public Location createLocation(Location parent, URL defaultValue, boolean readonly) {
        return null;
    }

    @Override
    public URL getDataArea(String path) throws IOException {
        try {
            return new URL(url, path);
        } catch (MalformedURLException e) {
            throw new IOException(path + ": not a data area path", e);
        }
    }
}
