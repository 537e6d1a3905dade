package mosaic.reports.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the BIRT engine with the bundle, if a render started it. */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // the engine starts on first render, not here: the CLI starts fast
    }

    @Override
    public void stop(BundleContext context) {
        Engine.shutdown();
    }
}
