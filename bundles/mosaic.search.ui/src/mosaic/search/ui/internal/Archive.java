package mosaic.search.ui.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import mosaic.core.workspace.Workspace;
import mosaic.search.SearchIndex;
import mosaic.ui.session.Sessions;

/**
 * The search index of the session's workspace, opened on first use and brought up to date with the
 * workspace then (reports added or changed elsewhere, for example by the command line, are indexed).
 * Every use of the index goes through {@link #withIndex}, one at a time, always from a job: the
 * index has one writer, and a query never runs on the UI thread.
 * <p>
 * Also remembers, per saved search, the reports found new by the last ingest, until the analyst
 * looks at them.
 * <p>
 * An OSGi service of this bundle (the {@code mosaic.search.ui.archive} Declarative Services
 * component), found with {@link #get()}, whose tracker keeps it from the first use until the bundle
 * stops; then the index is closed.
 */
public final class Archive {

    /** Job family of every search and ingest job, for tests and the progress view. */
    static final Object FAMILY = Archive.class;

    private Workspace workspace;
    private SearchIndex index;
    private final Map<String, List<String>> fresh = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Made by Declarative Services; use {@link #get()}. */
    public Archive() {
    }

    /**
     * The archive service.
     *
     * @throws IllegalStateException when the component is not active
     */
    static Archive get() {
        Archive archive = Tracker.ARCHIVES.getService();
        if (archive == null) {
            throw new IllegalStateException("no search archive: the mosaic.search.ui.archive component is not active");
        }
        return archive;
    }

    /** Component deactivation (the bundle stops): the index's write lock is released. */
    void deactivate() {
        closeIndex();
    }

    /** Tracks the service from the first look-up on (the bundle is active then). */
    private static final class Tracker {
        static final ServiceTracker<Archive, Archive> ARCHIVES = open();

        private static ServiceTracker<Archive, Archive> open() {
            ServiceTracker<Archive, Archive> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Archive.class).getBundleContext(), Archive.class, null);
            tracker.open();
            return tracker;
        }
    }

    /**
     * A job of the archive's family (the progress view shows it; tests wait for the family), running
     * {@code body}. Not scheduled.
     */
    static Job job(String name, java.util.function.Function<IProgressMonitor, IStatus> body) {
        return new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return body.apply(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
    }

    /** Work with the index of the current workspace. */
    interface IndexWork<T> {
        T run(Workspace workspace, SearchIndex index) throws Exception;
    }

    /**
     * Runs work with the index of the session's workspace, opening and synchronizing it first when
     * the workspace changed since the last use.
     *
     * @throws IllegalStateException when no workspace is open
     */
    synchronized <T> T withIndex(IProgressMonitor monitor, IndexWork<T> work) throws Exception {
        Workspace current = Sessions.current().workspace();
        if (current == null) {
            throw new IllegalStateException("no workspace is open");
        }
        if (current != workspace || index == null) {
            closeIndex();
            workspace = current;
            fresh.clear();
            index = SearchIndex.of(current);
            index.synchronize(current, monitor);
            index.commit();
        }
        try {
            return work.run(workspace, index);
        } finally {
            // the write lock is held only while the workbench writes: a command-line ingest of the
            // same workspace may run while the workbench is open
            index.release();
        }
    }

    /** Closes the index (releasing its write lock), for a workspace switch or shutdown. */
    synchronized void closeIndex() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                // the index is a cache; the next open rebuilds what is missing
            }
            index = null;
        }
    }

    /** Notes the new hits of saved searches (from an ingest or a re-run) and tells listeners. */
    void addFresh(Map<String, List<String>> hits) {
        synchronized (this) {
            hits.forEach((name, ids) -> {
                if (!ids.isEmpty()) {
                    fresh.merge(name, List.copyOf(ids), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
                }
            });
        }
        changed();
    }

    /** The new hits not yet looked at, per saved search. */
    synchronized Map<String, List<String>> fresh() {
        return Map.copyOf(fresh);
    }

    /** The analyst has looked at a saved search's new hits. */
    void seen(String name) {
        synchronized (this) {
            fresh.remove(name);
        }
        changed();
    }

    AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells listeners (on the UI thread) that saved searches or their new hits changed. */
    void changed() {
        Display display = Display.getDefault();
        display.asyncExec(() -> listeners.forEach(Runnable::run));
    }
}
