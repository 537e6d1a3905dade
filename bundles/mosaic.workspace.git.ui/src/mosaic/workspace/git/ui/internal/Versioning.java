package mosaic.workspace.git.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.swt.widgets.Display;

import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.ops.WorkspaceRule;
import mosaic.ui.internal.preferences.AnalystPreferences;
import mosaic.ui.session.Sessions;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * The link between the workbench's open workspace and its git repository: the analyst's
 * identity, git work as jobs (one at a time), reloading the session after the files changed, and
 * the "changed" notice the status control and the views listen to.
 */
public final class Versioning {

    /** Git work on the workspace, one job at a time. */
    static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private static final CopyOnWriteArrayList<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    /** Work on an open repository, off the UI thread. */
    @FunctionalInterface
    public interface GitWork<T> {
        /** Does the work; {@code monitor} reports progress and cancellation. */
        T run(VersionedWorkspace repository, IProgressMonitor monitor) throws Exception;
    }

    private Versioning() {
    }

    /** The analyst as a committer: name and component from the preferences. */
    public static Identity identity() {
        String user = AnalystPreferences.user();
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name", "analyst");
        }
        return new Identity(user, "", AnalystPreferences.component());
    }

    /** The open workspace's root, or {@code null} when none is open. */
    public static Path root() {
        Workspace workspace = Sessions.current().workspace();
        return workspace == null ? null : workspace.root();
    }

    /** Whether the folder is already a git repository (looking never makes it one). */
    public static boolean versioned(Path root) {
        return root != null && Files.isDirectory(root.resolve(".git"));
    }

    /** Saves unsaved objects of the open workspace so that git sees them. UI thread. */
    public static void saveOpenWorkspace() throws java.io.IOException {
        Workspace workspace = Sessions.current().workspace();
        if (workspace != null && workspace.saveAll(null) > 0 && Sessions.current().domain() != null
            && Sessions.current().domain().getCommandStack() instanceof org.eclipse.emf.common.command.BasicCommandStack stack) {
            stack.saveIsDone();
        }
    }

    /**
     * A job changing the repository of {@code root} (commit, sync, resolve, restore), holding the
     * git rule and the workspace's {@link WorkspaceRule}; {@code done}
     * gets its result on the UI thread, then listeners are told. Errors are the job's status.
     */
    public static <T> Job change(String name, Path root, GitWork<T> work, Consumer<T> done) {
        return job(name, root, work, done, true);
    }

    /**
     * A job reading the repository of {@code root}; {@code done} gets its result on the UI thread.
     * Listeners are not told (they are the ones reading).
     */
    public static <T> Job read(String name, Path root, GitWork<T> work, Consumer<T> done) {
        Job job = job(name, root, work, done, false);
        job.setSystem(true);
        return job;
    }

    private static <T> Job job(String name, Path root, GitWork<T> work, Consumer<T> done, boolean notify) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (VersionedWorkspace repository = VersionedWorkspace.open(root)) {
                    T result = work.run(repository, monitor);
                    display.asyncExec(() -> {
                        if (done != null) {
                            done.accept(result);
                        }
                        if (notify) {
                            changed();
                        }
                    });
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    if (notify) {
                        display.asyncExec(Versioning::changed); // what was done before the cancel was taken back, or is committed
                    }
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    if (notify) {
                        display.asyncExec(Versioning::changed);
                    }
                    String message = e.getMessage() == null ? e.toString() : e.getMessage();
                    return Status.error(root + ": " + name + " failed: " + message, e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GitUi.FAMILY;
            }
        };
        // a change (commit, sync, resolve, restore) also holds the workspace's rule: it never runs
        // beside an ingest or a load of the same workspace
        job.setRule(notify ? MultiRule.combine(RULE, WorkspaceRule.of(root)) : RULE);
        return job;
    }

    /**
     * Loads the open workspace again from its files (after a sync, resolve or restore). UI thread.
     *
     * @throws IllegalStateException when the folder is no longer a workspace
     */
    public static Job reload(Path root) {
        try {
            return Sessions.current().load(WorkspaceLocation.of(root));
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Tells the status control and the views that the repository may have changed. */
    public static void changed() {
        for (Runnable listener : LISTENERS) {
            listener.run();
        }
    }

    /** Told after every git job and sync; UI thread. Close to stop. */
    public static AutoCloseable addListener(Runnable listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    /** Closes a subscription that cannot fail. */
    static void close(AutoCloseable subscription) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
