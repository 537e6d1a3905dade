package mosaic.ui.session;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;

import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.ops.Editing;
import mosaic.ops.MosaicEditingDomain;
import mosaic.ops.WorkspaceRule;

/**
 * The workspace open in the workbench, loaded, with the one editing domain (made by
 * {@link Editing}, as the headless commands make theirs) that the navigator, the editors and the
 * Properties view share: every change is a command on its stack, so undo and
 * redo work across them. Lives on the UI thread; loading runs as a {@link Job}.
 * <p>
 * An OSGi service, the {@code mosaic.ui.session} Declarative Services component: code gets the
 * workbench's one session from {@link Sessions#current()} (or by injection), never makes one.
 */
public final class Session {

    /** Job family of workspace loads, for tests and progress. */
    public static final Object FAMILY = Session.class;

    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ComposedAdapterFactory adapterFactory;
    private Workspace workspace;
    private MosaicEditingDomain domain;
    private AutoCloseable locationSubscription;
    private String problem;
    private volatile long lastLoadMillis = -1;
    /** Whether the editors' warm-up was scheduled: once per session. */
    private boolean formsWarmedUp;
    /** The open-workspace service (injected by Declarative Services). */
    private WorkspaceService workspaces;

    /** Made by Declarative Services; get the workbench's session from {@link Sessions#current()}. */
    public Session() {
        adapterFactory = Editing.adapterFactory();
    }

    /** Follows the open-workspace service from the first look-up of the session. */
    void activate() {
        WorkspaceService service = workspaces;
        locationSubscription = service.addListener(location -> {
            Display display = Display.getDefault();
            display.asyncExec(() -> load(location));
        });
        // The first load starts once the window is up: on a two-core machine, parsing the
        // workspace while the workbench builds its window delays the window by seconds.
        service.current().ifPresent(location -> Display.getDefault().asyncExec(() -> {
            if (workspace == null) {
                load(location);
            }
        }));
    }

    void deactivate() throws Exception {
        if (locationSubscription != null) {
            locationSubscription.close();
            locationSubscription = null;
        }
    }

    /** The open workspace, or null while none is loaded. */
    public Workspace workspace() {
        return workspace;
    }

    public MosaicEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /**
     * Loads a workspace folder in a job, then makes it the open one (on the UI thread). The job holds
     * the folder's {@link WorkspaceRule}, so it waits for the jobs changing that workspace.
     */
    public Job load(WorkspaceLocation location) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Job job = new Job("Opening workspace " + location.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    long start = System.nanoTime();
                    Workspace loaded = Workspace.open(location.root(), monitor);
                    lastLoadMillis = (System.nanoTime() - start) / 1_000_000;
                    display.asyncExec(() -> setWorkspace(loaded));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (WorkspaceException e) {
                    // said in the navigator, not in a dialog: opening a plain folder is not a crash
                    display.asyncExec(() -> {
                        problem = e.getMessage();
                        workspace = null;
                        domain = null;
                        fire();
                    });
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        // loading reads the folder another job may be changing (an ingest, a sync): one at a time
        job.setRule(WorkspaceRule.of(location.root()));
        job.setUser(false);
        job.schedule();
        return job;
    }

    /** Makes {@code loaded} the open workspace, with a fresh command stack. UI thread. */
    public void setWorkspace(Workspace loaded) {
        workspace = loaded;
        problem = null;
        loaded.setUser(mosaic.ui.internal.preferences.AnalystPreferences.user(), mosaic.ui.internal.preferences.AnalystPreferences.component());
        mosaic.ui.internal.preferences.AnalystPreferences.addRecent(loaded.root().toString());
        domain = Editing.domain(loaded, adapterFactory, new BasicCommandStack());
        domain.getCommandStack().addCommandStackListener(event -> fire());
        fire();
        // the analyst now looks at the workspace: get the form editors ready meanwhile
        if (!formsWarmedUp) {
            formsWarmedUp = mosaic.ui.internal.editors.FormWarmUp.schedule(org.eclipse.swt.widgets.Display.getCurrent());
        }
    }

    /** Applies changed analyst preferences (user, component, clearance) and tells listeners. */
    public void preferencesChanged() {
        if (workspace != null) {
            workspace.setUser(mosaic.ui.internal.preferences.AnalystPreferences.user(),
                mosaic.ui.internal.preferences.AnalystPreferences.component());
        }
        fire();
    }

    /** Whether the analyst's display clearance lets them see an object. */
    public boolean visible(mosaic.model.MosaicObject object) {
        return clearanceFilter().test(object);
    }

    /** The display-clearance test, with the preferences read once (for filtering many objects). */
    public java.util.function.Predicate<mosaic.model.MosaicObject> clearanceFilter() {
        mosaic.core.access.Audience audience = audience();
        return audience == null ? object -> false : audience::permits;
    }

    /**
     * The analyst as a reader: the clearance and compartments from the preferences, checked
     * against the open workspace's mission ({@code null} without a workspace). An unknown clearance
     * in the preferences falls back to the mission's lowest level, never to more.
     */
    public mosaic.core.access.Audience audience() {
        Workspace current = workspace;
        if (current == null) {
            return null;
        }
        var rules = current.rules();
        String clearance = mosaic.ui.internal.preferences.AnalystPreferences.clearance();
        if (!rules.isClassification(clearance)) {
            clearance = rules.classificationCodes().get(0);
        }
        String wanted = mosaic.ui.internal.preferences.AnalystPreferences.compartments();
        java.util.List<String> compartments = new java.util.ArrayList<>();
        if (mosaic.ui.internal.preferences.AnalystPreferences.ALL_COMPARTMENTS.equals(wanted.trim())) {
            rules.configuration().getTaxonomies().stream().filter(t -> t.getName().equals(mosaic.model.config.MissionRules.COMPARTMENTS))
                .flatMap(t -> t.getTerms().stream()).forEach(t -> compartments.add(t.getCode()));
        } else {
            for (String c : wanted.split(",")) {
                compartments.add(c.trim());
            }
        }
        return mosaic.core.access.Audience.of(rules, clearance, compartments);
    }

    /** How long the last workspace load took, in ms (-1 before the first). */
    public long lastLoadMillis() {
        return lastLoadMillis;
    }

    /** Why the last workspace could not be opened, or null. */
    public String problem() {
        return problem;
    }

    /** Told when another workspace opens and after every command (execute, undo, redo). */
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells listeners that objects were added, removed or saved outside the command stack. */
    public void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
