package mosaic.workspace.git.ui.internal;

import static mosaic.workspace.git.ui.internal.Bench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.ops.Fields;
import mosaic.ops.SetFieldsOperation;
import mosaic.ui.internal.preferences.AnalystPreferences;
import mosaic.ui.session.Sessions;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.ui.GitUi;

/**
 * Team &gt; Sync and {@code ./mosaic sync} (the command itself, as the headless product registers
 * it) run the same sync: two copies of one workspace, each with the same local change, synced
 * with two copies of one remote that holds a colleague's change of the same actor, end with the
 * same merged actor, field by field (the times of provenance aside).
 */
class SyncEquivalenceTest {

    private static final Identity U2 = new Identity("Uma Two", "uma@u2.invalid", "U2");

    @TempDir
    Path tmp;

    private String userBefore;
    private String componentBefore;

    @BeforeEach
    void rememberAnalyst() {
        assumeTrue(Bench.demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        userBefore = AnalystPreferences.store().getString(AnalystPreferences.USER);
        componentBefore = AnalystPreferences.store().getString(AnalystPreferences.COMPONENT);
    }

    @AfterEach
    void restoreAnalyst() {
        Bench.page().closeAllEditors(false);
        AnalystPreferences.store().setValue(AnalystPreferences.USER, userBefore);
        AnalystPreferences.store().setValue(AnalystPreferences.COMPONENT, componentBefore);
        settle();
    }

    @Test
    void teamSyncAndTheSyncCommandMergeToTheSameObjects() throws Exception {
        // the same analyst on both front-ends: the one the command line takes from the environment
        Identity analyst = Identity.fromEnvironment(System.getenv());
        AnalystPreferences.store().setValue(AnalystPreferences.USER, analyst.name());
        AnalystPreferences.store().setValue(AnalystPreferences.COMPONENT, analyst.component());

        Path bare = tmp.resolve("shared.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path mine = Bench.copyDemo(tmp.resolve("jmac"));
        String id;
        try (VersionedWorkspace repository = VersionedWorkspace.open(mine)) {
            assertTrue(repository.commit("Carana baseline", analyst).isPresent());
            assertTrue(repository.sync(bare.toString(), analyst, new NullProgressMonitor()).pushed());
        }
        id = Workspace.open(mine, null).objects(Actor.class).get(0).getId();
        // a colleague renames the actor and pushes
        Path theirs = tmp.resolve("u2");
        VersionedWorkspace.clone(bare.toString(), theirs, null).close();
        Workspace other = Workspace.open(theirs, null);
        other.setUser(U2.name(), U2.component());
        SetFieldsOperation colleague = new SetFieldsOperation(other);
        colleague.set(colleague.find(id), "name", "Renamed by U2");
        other.saveAll(null);
        try (VersionedWorkspace repository = VersionedWorkspace.open(theirs)) {
            repository.commit("U2 edit", U2);
            assertTrue(repository.sync(null, U2, new NullProgressMonitor()).pushed());
        }
        // one copy of the workspace and of the remote for each front-end
        Path bareForCli = copy(bare, tmp.resolve("shared-cli.git"));
        Path mineForCli = copy(mine, tmp.resolve("jmac-cli"));

        // the workbench: the description changed in the session, saved, Team > Sync
        Bench.open(mine);
        Actor actor = (Actor) Sessions.current().workspace().get(id).orElseThrow();
        new SetFieldsOperation(Sessions.current().domain()).set(actor, "description", "Seen crossing the river at dawn");
        Sessions.current().workspace().saveAll(null);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GitUi.COMMAND_SYNC, null);
        settle();

        // the command line: the same change, saved, then ./mosaic sync
        Workspace headless = Workspace.open(mineForCli, null);
        headless.setUser(analyst.name(), analyst.component().isEmpty() ? null : analyst.component());
        SetFieldsOperation set = new SetFieldsOperation(headless);
        set.set(set.find(id), "description", "Seen crossing the river at dawn");
        headless.saveAll(null);
        Command sync = command("sync");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = sync.run(new CommandContext("sync", List.of("--workspace", mineForCli.toString(), "--remote", bareForCli.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of("sync", sync)));
        assertEquals(Command.OK, status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));

        Actor fromWorkbench = (Actor) Workspace.open(mine, null).get(id).orElseThrow();
        Actor fromCommand = (Actor) Workspace.open(mineForCli, null).get(id).orElseThrow();
        assertEquals("Renamed by U2", fromWorkbench.getName(), "the colleague's change was merged");
        assertEquals("Seen crossing the river at dawn", fromWorkbench.getDescription(), "and the analyst's kept");
        assertEquals(withoutTimes(Fields.of(fromWorkbench)), withoutTimes(Fields.of(fromCommand)));
    }

    private static Map<String, String> withoutTimes(Map<String, String> fields) {
        Map<String, String> kept = new TreeMap<>(fields);
        kept.keySet().removeIf(name -> name.equals("provenance.createdAt") || name.equals("provenance.changedAt"));
        return kept;
    }

    /** A copy of folder {@code from} (a repository, its .git included) at {@code to}. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }

    /** The headless command registered as {@code name} (a DS component of its CLI bundle). */
    private static Command command(String name) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SyncEquivalenceTest.class).getBundleContext();
        for (var reference : context.getServiceReferences(Command.class, null)) {
            Command command = context.getService(reference);
            if (command != null && command.name().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no '" + name + "' command registered");
    }
}
