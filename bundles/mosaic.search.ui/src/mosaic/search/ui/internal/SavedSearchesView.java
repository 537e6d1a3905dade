package mosaic.search.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import mosaic.search.SavedSearches;
import mosaic.search.ui.SearchUi;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The workspace's saved searches, with the number of reports each found new since the analyst last
 * looked (after an ingest, or a re-run). Double-click shows a search's hits in the search view.
 */
public final class SavedSearchesView extends ViewPart {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private TableViewer viewer;
    private AutoCloseable archiveListener;
    private AutoCloseable sessionListener;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Saved search", 160, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((SavedSearches.Saved) element).name();
            }

            @Override
            public Font getFont(Object element) {
                return fresh((SavedSearches.Saved) element) > 0 ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }
        });
        column("New", 50, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                int count = fresh((SavedSearches.Saved) element);
                return count == 0 ? "" : String.valueOf(count);
            }
        });
        column("Query", 160, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((SavedSearches.Saved) element).query().text();
            }
        });
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof SavedSearches.Saved saved) {
                show(saved);
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(new Action("Run All Again") {
            @Override
            public void run() {
                rerun();
            }
        });
        menu.add(new Action("Delete") {
            @Override
            public void run() {
                if (viewer.getStructuredSelection().getFirstElement() instanceof SavedSearches.Saved saved) {
                    delete(saved.name());
                }
            }
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        archiveListener = Archive.get().addListener(this::refresh);
        sessionListener = session.addListener(this::refresh);
        refresh();
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private static int fresh(SavedSearches.Saved saved) {
        return Archive.get().fresh().getOrDefault(saved.name(), List.of()).size();
    }

    /** Reads the saved searches again from the workspace. */
    void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        var workspace = session.workspace();
        List<SavedSearches.Saved> all = List.of();
        if (workspace != null) {
            try {
                all = SavedSearches.load(workspace).all();
            } catch (Exception e) {
                setContentDescription("The saved searches cannot be read: " + e.getMessage());
            }
        }
        viewer.setInput(all);
    }

    private void show(SavedSearches.Saved saved) {
        try {
            if (getSite().getPage().showView(SearchUi.VIEW_SEARCH) instanceof SearchView view) {
                view.show(saved.query());
                Archive.get().seen(saved.name());
            }
        } catch (PartInitException e) {
            setContentDescription(e.getMessage());
        }
    }

    private void rerun() {
        Job job = Archive.job("Running saved searches again", monitor -> {
            try {
                Map<String, List<String>> hits = Archive.get().withIndex(monitor,
                    (ws, index) -> SavedSearches.load(ws).rerun(index.searcher(), ws));
                Archive.get().addFresh(hits);
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("cannot run the saved searches: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void delete(String name) {
        var workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        try {
            SavedSearches.load(workspace).remove(name);
            Archive.get().seen(name);
        } catch (Exception e) {
            setContentDescription("cannot delete " + name + ": " + e.getMessage());
        }
        Display.getCurrent().asyncExec(this::refresh);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        for (AutoCloseable listener : new AutoCloseable[] {archiveListener, sessionListener}) {
            try {
                if (listener != null) {
                    listener.close();
                }
            } catch (Exception e) {
                // nothing to release
            }
        }
        super.dispose();
    }
}
