package mosaic.ui.internal.views;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import mosaic.core.workspace.WorkspaceLocation;
import mosaic.core.workspace.WorkspaceService;
import mosaic.ui.Columns;
import mosaic.ui.Services;

/**
 * The Workspace view: which workspace is open and how many objects of each kind it holds. The
 * folder is read in a {@link Job} so that a large workspace never freezes the window.
 */
public final class WorkspaceView extends ViewPart {

    /** Job family of the view's reads, for tests that wait for them. */
    public static final Object FAMILY = WorkspaceView.class;

    /** One row: a kind of object (a top-level folder) and how many the workspace holds. */
    public record Row(String kind, int count) {
    }

    private TableViewer viewer;
    private AutoCloseable subscription;
    private WorkspaceService workspaces;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(viewer, Row.class, "Kind", 180, Row::kind);
        Columns.add(viewer, Row.class, "Objects", 80, row -> Integer.toString(row.count()));
        getSite().setSelectionProvider(viewer);

        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the workspace folder again");
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(refresh);

        workspaces = Services.get(WorkspaceService.class);
        Display display = parent.getDisplay();
        subscription = workspaces.addListener(location -> display.asyncExec(this::refresh));
        refresh();
    }


    /** Reads the open workspace again, in a job. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        WorkspaceLocation location = workspaces.current().orElse(null);
        if (location == null) {
            setContentDescription("No workspace is open. Use ./mosaic --workspace DIR.");
            viewer.setInput(List.of());
            return;
        }
        setPartName("Workspace: " + location.name());
        setContentDescription("Reading " + location.root() + " ...");
        Job job = new Job("Reading workspace " + location.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Map<String, Integer> counts;
                try {
                    counts = location.countByFolder();
                } catch (IOException e) {
                    return Status.error("Cannot read workspace " + location.root() + ": " + e.getMessage(), e);
                }
                List<Row> rows = counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
                int total = rows.stream().mapToInt(Row::count).sum();
                Display.getDefault().asyncExec(() -> show(location, rows, total));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    private void show(WorkspaceLocation location, List<Row> rows, int total) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(rows);
        setContentDescription(total == 0
                ? location.root() + "\nThis workspace holds no objects yet."
                : location.root() + "\n" + total + " objects in " + rows.size() + " kinds");
    }

    /** The rows shown, for tests. */
    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<Row>) input;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        super.dispose();
    }
}
