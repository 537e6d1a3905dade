package mosaic.search.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import mosaic.core.access.Audience;
import mosaic.model.Actor;
import mosaic.model.MosaicObject;
import mosaic.model.Report;
import mosaic.search.LinkCorrections;
import mosaic.search.ReportText;
import mosaic.search.SavedSearches;
import mosaic.search.SearchHit;
import mosaic.search.SearchQuery;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.session.Sessions;

/**
 * What the analyst does with the {@link SearchView}'s hits and search: the hits' context menu
 * (open the report or its original, more like this, confirm or reject a link to an actor) and
 * saving the search shown; each change runs as a job.
 */
final class HitActions {

    private final SearchView view;

    HitActions(SearchView view) {
        this.view = view;
    }

    /** The context menu of the hits, for the hit selected. */
    void fillMenu(IMenuManager menu) {
        SearchHit hit = view.selectedHit();
        boolean one = hit != null;
        menu.add(action("Open Report", one, this::openReport));
        menu.add(action("Open Original", one && original(hit).isPresent(), () -> original(hit).ifPresent(p -> Program.launch(p.toString()))));
        menu.add(action("More Like This", one, () -> view.moreLikeThis(hit)));
        menu.add(action("Link to Actor...", one, () -> correctLink(hit, true)));
        menu.add(action("Reject Link to Actor...", one, () -> correctLink(hit, false)));
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }

    private Optional<Path> original(SearchHit hit) {
        var workspace = Sessions.current().workspace();
        return view.report(hit).flatMap(r -> ReportText.original(workspace, r));
    }

    /** Opens the selected hit's report in its editor. */
    void openReport() {
        view.report(view.selectedHit()).ifPresent(r -> Editors.open(view.getSite().getPage(), r));
    }

    /** Asks for a name and saves the search shown under it. */
    void saveSearch() {
        if (view.lastQuery() == null) {
            MessageDialog.openInformation(view.getSite().getShell(), "Save Search", "Run a search first; the search that is shown is saved.");
            return;
        }
        InputDialog name = new InputDialog(view.getSite().getShell(), "Save Search",
            "Name of the search (it runs again after every ingest and flags new reports):", view.lastQuery().text(),
            v -> v == null || v.isBlank() ? "Give the search a name" : v.contains("=") || v.contains(":") ? "A name cannot contain '=' or ':'" : null);
        if (name.open() != Window.OK) {
            return;
        }
        save(name.getValue().trim());
    }

    /** Saves the search shown under a name, as the analyst's audience. */
    void save(String name) {
        Audience audience = Sessions.current().audience();
        SearchQuery q = view.lastQuery();
        Job job = Archive.job("Saving search " + name, monitor -> {
            try {
                Archive.get().withIndex(monitor, (ws, index) -> SavedSearches.load(ws).save(name, q, audience, index.searcher()));
                Archive.get().changed();
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("cannot save the search '" + name + "': " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void correctLink(SearchHit hit, boolean confirm) {
        var workspace = Sessions.current().workspace();
        Optional<Report> report = view.report(hit);
        if (workspace == null || report.isEmpty()) {
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(view.getSite().getShell(), new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                Actor actor = (Actor) element;
                return actor.getName() + (actor.getAliases().isEmpty() ? "" : "  (" + String.join(", ", actor.getAliases()) + ")");
            }
        });
        dialog.setTitle(confirm ? "Link Report to Actor" : "Reject Link to Actor");
        dialog.setMessage((confirm ? "The report mentions this actor (kept through re-ingest):"
            : "The report does not mean this actor, whatever the text matched (kept through re-ingest):") + "\n" + hit.title());
        dialog.setElements(workspace.objects(Actor.class).stream().filter(Sessions.current()::visible).toArray());
        if (dialog.open() != Window.OK || !(dialog.getFirstResult() instanceof Actor actor)) {
            return;
        }
        link(report.get(), actor, confirm);
    }

    /** Confirms or rejects a report's link to an actor, then re-indexes the report (a job). */
    void link(Report report, MosaicObject entity, boolean confirm) {
        Job job = Archive.job((confirm ? "Linking " : "Unlinking ") + report.getTitle(), monitor -> {
            try {
                Archive.get().withIndex(monitor, (ws, index) -> {
                    if (confirm) {
                        LinkCorrections.confirm(ws, report, entity.getId());
                    } else {
                        LinkCorrections.reject(ws, report, entity.getId());
                    }
                    index.synchronize(ws, monitor);
                    index.commit();
                    return null;
                });
                Display.getDefault().asyncExec(view::searchAgain);
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("cannot correct the link of " + report.getTitle() + ": " + e.getMessage(), e);
            }
        });
        // the correction is saved into the workspace: not beside a load, sync or ingest of it
        mosaic.core.workspace.Workspace workspace = Sessions.current().workspace();
        if (workspace != null) {
            job.setRule(mosaic.ops.WorkspaceRule.of(workspace));
        }
        job.setUser(true);
        job.schedule();
    }
}
