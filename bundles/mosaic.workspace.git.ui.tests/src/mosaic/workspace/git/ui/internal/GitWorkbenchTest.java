package mosaic.workspace.git.ui.internal;

import static mosaic.workspace.git.ui.internal.Bench.page;
import static mosaic.workspace.git.ui.internal.Bench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicObject;
import mosaic.ui.internal.preferences.AnalystPreferences;
import mosaic.ui.session.Sessions;
import mosaic.workspace.git.Conflict;
import mosaic.workspace.git.History;
import mosaic.workspace.git.Identity;
import mosaic.ops.SetFieldsOperation;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * Two analysts rename the same Carana actor in two clones of one repository; the one in the
 * workbench syncs from the Team menu's command, sees the conflict in the status control and the
 * Conflicts view, takes theirs, reads the actor's history, restores its first version and commits an edit.
 */
class GitWorkbenchTest {

    private static final Identity U2 = new Identity("Uma Two", "uma@u2.invalid", "U2");

    @TempDir
    static Path tmp;

    private static void screenshot(String name) throws Exception {
        settle();
        Bench.screenshot(page().getWorkbenchWindow().getShell(), "GitWorkbenchTest-" + name);
    }

    private static String name(MosaicObject object) {
        return (String) object.eGet(object.eClass().getEStructuralFeature("name"));
    }

    @Test
    void syncShowsTheConflictTakeTheirsResolvesItAndHistoryShowsTheVersions() throws Exception {
        assumeTrue(Bench.demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        AnalystPreferences.store().setValue(AnalystPreferences.USER, "Jo Mac");
        AnalystPreferences.store().setValue(AnalystPreferences.COMPONENT, "JMAC");
        Identity jmac = Versioning.identity();
        assertEquals(new Identity("Jo Mac", "", "JMAC"), jmac);

        // the shared repository, the analyst's workspace in it, and a colleague's clone
        Path bare = tmp.resolve("shared.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path mine = Bench.copyDemo(tmp.resolve("jmac"));
        try (VersionedWorkspace repository = VersionedWorkspace.open(mine)) {
            assertTrue(repository.commit("Carana baseline", jmac).isPresent());
            assertTrue(repository.sync(bare.toString(), jmac, new NullProgressMonitor()).pushed());
        }
        Path theirs = tmp.resolve("u2");
        VersionedWorkspace.clone(bare.toString(), theirs, null).close();

        Bench.open(mine);
        Workspace workspace = Sessions.current().workspace();
        ConflictsView conflicts = (ConflictsView) page().showView(GitUi.VIEW_CONFLICTS);
        settle();
        assertEquals("↑0 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text());
        assertTrue(conflicts.rows().isEmpty());

        Actor actor = workspace.objects(Actor.class).get(0);
        String id = actor.getId();
        String base = name(actor);

        // the colleague renames the actor and syncs first
        Workspace other = Workspace.open(theirs, null);
        other.setUser(U2.name(), U2.component());
        SetFieldsOperation editor = new SetFieldsOperation(other);
        editor.set(editor.find(id), "name", base + " (U2 naming)");
        other.saveAll(null);
        try (VersionedWorkspace repository = VersionedWorkspace.open(theirs)) {
            assertTrue(repository.commit("Rename after the U2 brief", U2).isPresent());
            SyncResult pushed = repository.sync(null, U2, new NullProgressMonitor());
            assertTrue(pushed.pushed(), String.valueOf(pushed.pushProblem()));
        }

        // the analyst renames it in the workbench, unsaved: sync saves, commits, merges
        var domain = Sessions.current().domain();
        EStructuralFeature nameFeature = actor.eClass().getEStructuralFeature("name");
        domain.getCommandStack().execute(SetCommand.create(domain, actor, nameFeature, base + " (JMAC naming)"));
        settle();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GitUi.COMMAND_SYNC, null);
        settle();

        assertEquals("↑0 ↓0, 1 conflict, 0 uncommitted", StatusControl.text(), "the merge was pushed and left one conflict");
        conflicts = (ConflictsView) page().findView(GitUi.VIEW_CONFLICTS);
        List<Conflict> rows = conflicts.rows();
        assertEquals(1, rows.size(), rows.toString());
        Conflict conflict = rows.get(0);
        assertEquals(id, conflict.objectId());
        assertEquals("name", conflict.field());
        assertEquals(base, conflict.base());
        assertEquals(base + " (JMAC naming)", conflict.mine());
        assertEquals(base + " (U2 naming)", conflict.theirs());
        assertEquals(1, conflicts.viewer().getTable().getItemCount());
        assertEquals(base + " (U2 naming)", conflicts.viewer().getTable().getItem(0).getText(4), "the Theirs column");
        screenshot("1-conflict");

        conflicts.viewer().setSelection(new StructuredSelection(conflict));
        conflicts.resolve(conflicts.selected(), "theirs");
        settle();
        assertTrue(conflicts.rows().isEmpty(), conflicts.rows().toString());
        Workspace reloaded = Sessions.current().workspace();
        assertEquals(base + " (U2 naming)", name(reloaded.get(id).orElseThrow()), "the reloaded workspace shows their name");
        assertEquals("↑1 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text(), "the resolution is one commit to push");
        screenshot("2-resolved");

        HistoryView history = (HistoryView) page().showView(GitUi.VIEW_HISTORY);
        history.show(reloaded.get(id).orElseThrow());
        settle();
        List<History.Entry> versions = history.rows();
        assertTrue(versions.size() >= 3, versions.toString());
        assertTrue(versions.get(0).summary().startsWith("Resolve conflict"), versions.get(0).summary());
        assertEquals("Jo Mac", versions.get(0).author());
        assertEquals("JMAC", versions.get(0).component());
        assertEquals("Carana baseline", versions.get(versions.size() - 1).summary());
        assertTrue(versions.stream().anyMatch(v -> v.author().equals("Uma Two") && v.component().equals("U2")), "the colleague's rename is there");
        assertEquals(versions.size(), history.versions().getTable().getItemCount());

        history.versions().setSelection(new StructuredSelection(List.of(versions.get(0), versions.get(versions.size() - 1))));
        settle();
        List<HistoryView.FieldRow> compared = history.comparisonRows();
        assertTrue(compared.contains(new HistoryView.FieldRow("name", base, base + " (U2 naming)")), compared.toString());
        assertEquals(compared.size(), history.comparison().getTable().getItemCount(), "the comparison table shows every differing field");
        page().setPartState(page().getReference(history), IWorkbenchPage.STATE_MAXIMIZED);
        screenshot("3-history");
        page().setPartState(page().getReference(history), IWorkbenchPage.STATE_RESTORED);

        HandoverView handover = (HandoverView) page().showView(GitUi.VIEW_HANDOVER);
        handover.run("");
        settle();
        assertTrue(handover.rows().stream().anyMatch(r -> r.author().equals("Uma Two (U2)") && r.object().equals(base + " (U2 naming)")),
            handover.rows().toString());
        screenshot("4-handover");

        // restoring the baseline is a new commit; so is a commit of an edit made in the workbench
        history = (HistoryView) page().showView(GitUi.VIEW_HISTORY);
        history.restore(versions.get(versions.size() - 1));
        settle();
        Actor restored = (Actor) Sessions.current().workspace().get(id).orElseThrow();
        assertEquals(base, name(restored), "the baseline name is back");
        assertEquals("↑2 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text());
        var editing = Sessions.current().domain();
        editing.getCommandStack().execute(SetCommand.create(editing, restored, nameFeature, base + " (final)"));
        CommitHandler.commit(page().getWorkbenchWindow().getShell(), mine.toRealPath(), "Final name", Versioning.identity());
        settle();
        assertEquals("↑3 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text(), "the commit saved the edit first");
        history.show(restored);
        settle();
        assertEquals("Final name", history.rows().get(0).summary());
        assertTrue(history.rows().get(1).summary().startsWith("Restore "), history.rows().get(1).summary());
    }
}
