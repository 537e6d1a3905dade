package mosaic.ui;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Looks up OSGi services for UI code that the workbench did not inject. */
public final class Services {

    private Services() {
    }

    /**
     * The highest-ranked service of {@code type}.
     *
     * @throws IllegalStateException when none is registered (a missing bundle in the product)
     */
    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> ref = context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName() + " service is registered");
        }
        return service;
    }
}
