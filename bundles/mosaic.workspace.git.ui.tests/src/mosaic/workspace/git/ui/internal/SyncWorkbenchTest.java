package mosaic.workspace.git.ui.internal;

import static mosaic.workspace.git.ui.internal.Bench.answer;
import static mosaic.workspace.git.ui.internal.Bench.page;
import static mosaic.workspace.git.ui.internal.Bench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicObject;
import mosaic.ui.internal.editors.ObjectEditor;
import mosaic.ui.internal.preferences.AnalystPreferences;
import mosaic.ui.session.Sessions;
import mosaic.workspace.git.Conflict;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * Team &gt; Sync and the versioning views in the real workbench: the question before syncing with
 * unsaved editors, "Keep mine" and "Enter value..." in the Conflicts view, the remote asked on the
 * first sync, a push the remote refuses, a cancelled sync, the Handover view's filter and the
 * History view following the active editor.
 */
class SyncWorkbenchTest {

    private static final Identity U2 = new Identity("Uma Two", "uma@u2.invalid", "U2");

    @TempDir
    Path tmp;
    Path bare;
    Path mine;
    Identity jmac;

    @BeforeEach
    void analyst() throws Exception {
        assumeTrue(Bench.demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        AnalystPreferences.store().setValue(AnalystPreferences.USER, "Jo Mac");
        AnalystPreferences.store().setValue(AnalystPreferences.COMPONENT, "JMAC");
        jmac = Versioning.identity();
        bare = tmp.resolve("shared.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        mine = Bench.copyDemo(tmp.resolve("jmac"));
    }

    Process daemon;

    @AfterEach
    void closeEditors() throws Exception {
        Bench.disarm();
        page().closeAllEditors(false);
        settle();
        if (daemon != null) {
            daemon.destroy();
            daemon.waitFor();
        }
    }

    /** Commits the demo as the baseline and pushes it to the bare repository (by its folder path). */
    private void baseline() throws Exception {
        baseline(bare.toString());
    }

    /** Commits the demo as the baseline and pushes it to {@code url}, which becomes the default remote. */
    private void baseline(String url) throws Exception {
        try (VersionedWorkspace repository = VersionedWorkspace.open(mine)) {
            assertTrue(repository.commit("Carana baseline", jmac).isPresent());
            assertTrue(repository.sync(url, jmac, new NullProgressMonitor()).pushed());
        }
    }

    /**
     * Serves the bare repository with {@code git daemon} on a free loopback port (a real server
     * runs the repository's hooks; JGit writing a folder remote in-process runs none).
     */
    private String serve() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        daemon = new ProcessBuilder("git", "daemon", "--export-all", "--enable=receive-pack", "--reuseaddr", "--listen=127.0.0.1",
            "--port=" + port, "--base-path=" + tmp, tmp.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return "git://127.0.0.1:" + port + "/" + tmp.relativize(bare);
            } catch (java.io.IOException notYet) {
                if (!daemon.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new AssertionError("git daemon did not start on port " + port, notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    /** A colleague's clone, where {@code edit} sets fields of the first actor; committed and pushed. */
    private void colleague(String id, String... fieldValues) throws Exception {
        Path theirs = tmp.resolve("u2");
        if (!Files.exists(theirs)) {
            VersionedWorkspace.clone(bare.toString(), theirs, null).close();
        }
        Workspace other = Workspace.open(theirs, null);
        other.setUser(U2.name(), U2.component());
        mosaic.ops.SetFieldsOperation editor = new mosaic.ops.SetFieldsOperation(other);
        for (int i = 0; i < fieldValues.length; i += 2) {
            editor.set(editor.find(id), fieldValues[i], fieldValues[i + 1]);
        }
        other.saveAll(null);
        try (VersionedWorkspace repository = VersionedWorkspace.open(theirs)) {
            repository.commit("U2 edit", U2);
            SyncResult pushed = repository.sync(null, U2, new NullProgressMonitor());
            assertTrue(pushed.pushed(), String.valueOf(pushed.pushProblem()));
        }
    }

    private static Actor actor(int index) {
        return Sessions.current().workspace().objects(Actor.class).get(index);
    }

    private static String name(MosaicObject object) {
        return (String) object.eGet(object.eClass().getEStructuralFeature("name"));
    }

    private static void set(MosaicObject object, String field, Object value) {
        var domain = Sessions.current().domain();
        EStructuralFeature feature = object.eClass().getEStructuralFeature(field);
        domain.getCommandStack().execute(SetCommand.create(domain, object, feature, value));
        settle();
    }

    private static void syncCommand() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GitUi.COMMAND_SYNC, null);
        settle();
    }

    private String head(Path repository) throws Exception {
        try (Git git = Git.open(repository.toFile())) {
            var id = git.getRepository().resolve(repository.equals(bare) ? "refs/heads/main" : "HEAD");
            return id == null ? null : id.name();
        }
    }

    private RevCommit lastCommit() throws Exception {
        try (Git git = Git.open(mine.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    @Test
    void syncWithAnUnsavedEditorAsksFirstAndCancelSyncsNothing() throws Exception {
        baseline();
        Bench.open(mine);
        Actor actor = actor(0);
        String base = name(actor);
        IEditorPart editor = ObjectEditor.open(page(), actor);
        settle();
        set(actor, "name", base + " (renamed in the editor)");
        assertTrue(editor.isDirty());
        String before = head(mine);

        AtomicReference<String> question = answer("Cancel", shell -> shot(shell, "SyncWorkbenchTest-1-save-question"));
        syncCommand();
        assertNotNull(question.get(), "the sync asked");
        assertTrue(question.get().contains("unsaved changes") && question.get().contains(editor.getTitle()), question.get());
        assertTrue(editor.isDirty(), "Cancel saves nothing");
        assertEquals(before, head(mine), "and commits nothing");
        assertEquals(before, head(bare), "and pushes nothing");

        AtomicReference<String> again = answer("Save and Sync", shell -> { });
        syncCommand();
        assertNotNull(again.get());
        assertFalse(editor.isDirty(), "saved");
        assertEquals(head(mine), head(bare), "committed and pushed");
        assertTrue(lastCommit().getFullMessage().startsWith("Work before sync"));
        assertEquals("↑0 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text());
    }

    private static void shot(org.eclipse.swt.widgets.Shell shell, String name) {
        try {
            Bench.screenshot(shell, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keepMineAndEnterValueEachResolveAConflictAndNameTheLosingValue() throws Exception {
        baseline();
        Bench.open(mine);
        Actor actor = actor(0);
        String id = actor.getId();
        String base = name(actor);
        colleague(id, "name", base + " (U2)", "description", "U2 description");
        set(actor, "name", base + " (JMAC)");
        set(actor, "description", "JMAC description");
        syncCommand();
        ConflictsView conflicts = (ConflictsView) page().showView(GitUi.VIEW_CONFLICTS);
        settle();
        assertEquals(2, conflicts.rows().size(), conflicts.rows().toString());
        assertEquals("↑0 ↓0, 2 conflicts, 0 uncommitted", StatusControl.text());
        Bench.screenshot(page().getWorkbenchWindow().getShell(), "SyncWorkbenchTest-2-two-conflicts");

        Conflict onName = conflicts.rows().stream().filter(c -> c.field().equals("name")).findFirst().orElseThrow();
        conflicts.viewer().setSelection(new StructuredSelection(onName));
        assertTrue(conflicts.keepMineAction().isEnabled());
        conflicts.keepMineAction().run();
        settle();
        assertEquals(List.of("description"), conflicts.rows().stream().map(Conflict::field).toList());
        assertEquals("↑1 ↓0, 1 conflict, 0 uncommitted", StatusControl.text());
        assertEquals(base + " (JMAC)", name(Sessions.current().workspace().get(id).orElseThrow()));
        assertTrue(lastCommit().getFullMessage().contains("Losing value: " + base + " (U2)"), lastCommit().getFullMessage());

        conflicts.viewer().setSelection(new StructuredSelection(conflicts.rows().get(0)));
        AtomicReference<String> asked = answer("OK", shell -> {
            Bench.text(shell).setText("Both components' description");
            shot(shell, "SyncWorkbenchTest-3-enter-value");
        });
        conflicts.enterValueAction().run();
        settle();
        assertNotNull(asked.get());
        assertTrue(asked.get().contains("JMAC description") && asked.get().contains("U2 description"), asked.get());
        assertTrue(conflicts.rows().isEmpty(), conflicts.rows().toString());
        assertEquals("↑2 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text());
        MosaicObject resolved = Sessions.current().workspace().get(id).orElseThrow();
        assertEquals("Both components' description", resolved.eGet(resolved.eClass().getEStructuralFeature("description")));
        assertTrue(lastCommit().getFullMessage().contains("Losing value: mine 'JMAC description' and theirs 'U2 description'"),
            lastCommit().getFullMessage());
    }

    @Test
    void theFirstSyncAsksForTheRemoteWhichBecomesTheDefault() throws Exception {
        Bench.open(mine);
        assertFalse(Versioning.versioned(mine), "the demo copy is not a repository yet");
        AtomicReference<String> asked = answer("OK", shell -> {
            Bench.text(shell).setText(bare.toString());
            shot(shell, "SyncWorkbenchTest-4-remote-question");
        });
        syncCommand();
        assertNotNull(asked.get());
        assertTrue(asked.get().contains("has no remote yet"), asked.get());
        try (VersionedWorkspace repository = VersionedWorkspace.open(mine)) {
            assertEquals(bare.toString(), repository.defaultRemote().orElseThrow());
        }
        assertEquals(head(mine), head(bare));
        assertEquals("↑0 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text());

        // the second sync goes to the default remote without asking
        AtomicReference<String> tripwire = answer("Cancel", shell -> { });
        set(actor(0), "description", "second sync");
        Versioning.saveOpenWorkspace();
        syncCommand();
        assertNull(tripwire.get(), "asked again: " + tripwire.get());
        assertEquals(head(mine), head(bare));
    }

    @Test
    void aPushTheRemoteRefusesIsAnErrorAndLeavesTheMergeCommittedLocally() throws Exception {
        baseline(serve());
        Bench.open(mine);
        Actor actor = actor(0);
        String id = actor.getId();
        colleague(id, "description", "U2 description");
        Path hook = bare.resolve("hooks/pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'the shared repository is closed for audit' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        String remoteBefore = head(bare);
        set(actor, "strength", 1234);

        AtomicReference<String> error = answer("OK", shell -> shot(shell, "SyncWorkbenchTest-5-push-refused"));
        syncCommand();
        assertNotNull(error.get(), "the refused push was reported; status " + StatusControl.text() + ", remote " + head(bare) + " was " + remoteBefore
            + ", local " + head(mine) + " " + lastCommit().getFullMessage() + ", shells " + java.util.Arrays.stream(page().getWorkbenchWindow().getShell().getDisplay().getShells())
                .map(sh -> sh.getText() + "/" + sh.getData()).toList());
        assertTrue(error.get().contains("refused") && error.get().contains("committed locally"), error.get());
        assertEquals(remoteBefore, head(bare), "the remote has nothing new");
        RevCommit merge = lastCommit();
        assertEquals(2, merge.getParentCount(), "a complete merge commit: " + merge.getFullMessage());
        try (Git git = Git.open(mine.toFile())) {
            assertTrue(git.status().call().isClean(), "nothing half-merged in the files");
        }
        MosaicObject merged = Sessions.current().workspace().get(id).orElseThrow();
        assertEquals("U2 description", merged.eGet(merged.eClass().getEStructuralFeature("description")));
        assertEquals(1234, merged.eGet(merged.eClass().getEStructuralFeature("strength")));
        assertEquals("↑2 ↓0, 0 conflicts, 0 uncommitted", StatusControl.text(), "the local commit and the merge are ahead");
    }

    @Test
    void cancellingASyncWhileItFetchesLeavesTheWorkspaceAsItWas() throws Exception {
        baseline();
        Bench.open(mine);
        colleague(actor(0).getId(), "description", "U2 description");
        set(actor(0), "name", "Renamed before a cancelled sync");
        String before = head(mine);
        String remoteBefore = head(bare);

        // the analyst presses Cancel in the progress dialog as the fetch starts: the workbench's own
        // job monitor, cancelled when the sync reports that it is fetching
        ProgressProvider workbench = (ProgressProvider) PlatformUI.getWorkbench().getProgressService();
        Job job = SyncHandler.job(page().getWorkbenchWindow().getShell(), mine.toRealPath(), null);
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job started) {
                IProgressMonitor monitor = workbench.createMonitor(started);
                return started != job ? monitor : new ProgressMonitorWrapper(monitor) {
                    @Override
                    public void subTask(String name) {
                        super.subTask(name);
                        if (name.startsWith("Fetching")) {
                            setCanceled(true);
                        }
                    }
                };
            }
        });
        try {
            job.schedule();
            job.join();
        } finally {
            Job.getJobManager().setProgressProvider(workbench);
        }
        settle();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), String.valueOf(job.getResult()));
        assertEquals(before, head(mine), "no commit of pending work, no merge");
        assertEquals(remoteBefore, head(bare));
        assertTrue(Files.readString(Sessions.current().workspace().fileOf(actor(0))).contains("Renamed before a cancelled sync"), "the saved edit is still there");
        String status = StatusControl.text();
        assertTrue(status.startsWith("↑0 ") && status.endsWith(", 0 conflicts, 1 uncommitted"), "nothing committed or merged: " + status);
    }

    @Test
    void theHandoverFilterShowsChangesSinceADateOrATag() throws Exception {
        try (Git git = Git.init().setDirectory(mine.toFile()).setInitialBranch("main").call()) {
            commit(git, "Carana baseline", "Jo Mac", "JMAC", "2025-12-01T09:00:00Z");
        }
        Workspace workspace = Workspace.open(mine, null);
        List<Actor> actors = workspace.objects(Actor.class);
        String[] names = {actors.get(0).getName(), actors.get(1).getName(), actors.get(2).getName()};
        edit(workspace, actors.get(0), "January change", "Ann Early", "U2", "2026-01-10T09:00:00Z");
        edit(workspace, actors.get(1), "March change", "Ben Later", "JMAC", "2026-03-01T09:00:00Z");
        try (VersionedWorkspace repository = VersionedWorkspace.open(mine)) {
            repository.tag("Weekly threat assessment 2026-W09", jmac);
        }
        edit(workspace, actors.get(2), "Change after the product", "Uma Two", "U2", null);
        Bench.open(mine);

        HandoverView handover = (HandoverView) page().showView(GitUi.VIEW_HANDOVER);
        handover.run("2026-02-01");
        settle();
        assertEquals(Set.of("Ben Later (JMAC) " + names[1], "Uma Two (U2) " + names[2]), rows(handover));
        handover.run("Weekly-threat-assessment-2026-W09");
        settle();
        assertEquals(Set.of("Uma Two (U2) " + names[2]), rows(handover));
        handover.run("");
        settle();
        assertTrue(rows(handover).contains("Ann Early (U2) " + names[0]), rows(handover).toString());
        handover.run("2026-02-01");
        settle();
        Bench.screenshot(page().getWorkbenchWindow().getShell(), "SyncWorkbenchTest-6-handover-since-date");
    }

    private static Set<String> rows(HandoverView view) {
        return view.rows().stream().map(r -> r.author() + " " + r.object()).collect(Collectors.toSet());
    }

    private void edit(Workspace workspace, Actor actor, String description, String author, String component, String when) throws Exception {
        actor.setDescription(description);
        workspace.save(actor);
        try (Git git = Git.open(mine.toFile())) {
            commit(git, description, author, component, when);
        }
    }

    private static void commit(Git git, String message, String author, String component, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = when == null ? new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@mission.invalid")
            : new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@mission.invalid", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(message + "\n\n" + Identity.COMPONENT_TRAILER + ": " + component + "\n").setAuthor(who).setCommitter(who)
            .setSign(false).call();
    }

    @Test
    void theHistoryViewFollowsTheActiveEditor() throws Exception {
        baseline();
        Workspace workspace = Workspace.open(mine, null);
        Actor first = workspace.objects(Actor.class).get(0);
        first.setDescription("Described for the history");
        workspace.save(first);
        try (VersionedWorkspace repository = VersionedWorkspace.open(mine)) {
            repository.commit("Describe the first actor", jmac);
        }
        Bench.open(mine);
        HistoryView history = (HistoryView) page().showView(GitUi.VIEW_HISTORY);
        settle();

        ObjectEditor.open(page(), actor(0));
        settle();
        assertEquals(List.of("Describe the first actor", "Carana baseline"), history.rows().stream().map(e -> e.summary()).toList());
        assertTrue(history.getContentDescription().startsWith(name(actor(0)) + ":"), history.getContentDescription());
        Bench.screenshot(page().getWorkbenchWindow().getShell(), "SyncWorkbenchTest-7-history-follows-editor");

        ObjectEditor.open(page(), actor(1));
        settle();
        assertEquals(List.of("Carana baseline"), history.rows().stream().map(e -> e.summary()).toList());
        assertTrue(history.getContentDescription().startsWith(name(actor(1)) + ":"), history.getContentDescription());
    }
}
