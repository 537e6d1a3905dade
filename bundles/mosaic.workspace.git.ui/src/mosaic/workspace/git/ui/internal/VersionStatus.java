package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * The open workspace's version status that every toolbar {@link StatusControl} shows, computed in
 * a job (coalescing bursts of changes), never on the UI thread. An OSGi service of this bundle (the
 * {@code mosaic.workspace.git.ui.status} Declarative Services component), found with
 * {@link #get()}, whose tracker keeps it from the first use until the bundle stops.
 */
public final class VersionStatus {

    private final CopyOnWriteArrayList<Consumer<String>> shown = new CopyOnWriteArrayList<>();
    private volatile String text = "";
    /** The pending computation; guarded by this. */
    private Job refresh;

    /** Made by Declarative Services; use {@link #get()}. */
    public VersionStatus() {
    }

    /**
     * The status service.
     *
     * @throws IllegalStateException when the component is not active
     */
    public static VersionStatus get() {
        VersionStatus status = Tracker.STATUS.getService();
        if (status == null) {
            throw new IllegalStateException("no version status: the mosaic.workspace.git.ui.status component is not active");
        }
        return status;
    }

    /** The status as last computed (what every control shows). */
    public String text() {
        return text;
    }

    /** Tells {@code show} (on the UI thread) each newly computed status, until the returned handle is closed. */
    AutoCloseable addListener(Consumer<String> show) {
        shown.add(show);
        return () -> shown.remove(show);
    }

    /** Computes the status again, soon, in a job (coalescing bursts of changes). UI thread. */
    public synchronized void refresh() {
        Path root = Versioning.root();
        if (refresh != null) {
            refresh.cancel();
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        refresh = new Job("Reading the workspace's version status") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String computed;
                if (root == null) {
                    computed = "";
                } else if (!Versioning.versioned(root)) {
                    computed = "not versioned";
                } else {
                    try (VersionedWorkspace repository = VersionedWorkspace.open(root)) {
                        computed = StatusControl.format(repository.status());
                    } catch (Exception e) {
                        computed = "status unknown: " + e.getMessage();
                    }
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                String result = computed;
                if (display.isDisposed()) {
                    return Status.CANCEL_STATUS; // the workbench closed meanwhile: nobody to show it to
                }
                try {
                    display.asyncExec(() -> show(result));
                } catch (org.eclipse.swt.SWTException e) {
                    return Status.CANCEL_STATUS; // disposed between the check and the call
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GitUi.FAMILY;
            }
        };
        refresh.setSystem(true);
        refresh.setRule(Versioning.RULE);
        refresh.schedule(200);
    }

    private void show(String computed) {
        text = computed;
        shown.forEach(show -> show.accept(computed));
    }

    /** Component deactivation (the bundle stops): no computation is left pending. */
    synchronized void deactivate() {
        if (refresh != null) {
            refresh.cancel();
            refresh = null;
        }
    }

    /** Tracks the service from the first look-up on (the bundle is active then). */
    private static final class Tracker {
        static final ServiceTracker<VersionStatus, VersionStatus> STATUS = open();

        private static ServiceTracker<VersionStatus, VersionStatus> open() {
            ServiceTracker<VersionStatus, VersionStatus> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(VersionStatus.class).getBundleContext(), VersionStatus.class, null);
            tracker.open();
            return tracker;
        }
    }
}
