package mosaic.ui.session;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The workbench's {@link Session}, an OSGi service (the {@code mosaic.ui.session} Declarative
 * Services component). UI code that the workbench does not inject asks here, once where it can (a
 * view or an editor when it is made), and keeps it. The tracker holds the service while the
 * bundle runs, so the one session (its listeners, its command stack) lives as long as the
 * workbench.
 */
public final class Sessions {

    private Sessions() {
    }

    /**
     * The session of this workbench; it follows the open-workspace service from its activation.
     *
     * @throws IllegalStateException when no session service is registered
     */
    public static Session current() {
        Session session = Tracker.SESSIONS.getService();
        if (session == null) {
            throw new IllegalStateException("no " + Session.class.getName() + " service is registered");
        }
        return session;
    }

    /** Opened on first use (the bundle is active then: loading this class started it). */
    private static final class Tracker {
        static final ServiceTracker<Session, Session> SESSIONS = open();

        private static ServiceTracker<Session, Session> open() {
            BundleContext context = FrameworkUtil.getBundle(Sessions.class).getBundleContext();
            ServiceTracker<Session, Session> tracker = new ServiceTracker<>(context, Session.class, null);
            tracker.open();
            return tracker;
        }
    }
}
