package mosaic.workspace.git.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.MosaicPackage;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.internal.cli.CloneCommand;
import mosaic.workspace.git.internal.cli.HandoverCommand;
import mosaic.workspace.git.internal.cli.LogCommand;
import mosaic.workspace.git.internal.cli.ResolveCommand;
import mosaic.workspace.git.internal.cli.SetCommand;
import mosaic.workspace.git.internal.cli.StatusCommand;
import mosaic.workspace.git.internal.cli.SyncCommand;

/**
 * A colleague with plain git pushes hostile commits to the shared bare repository; the victim
 * syncs with Mosaic's own commands. Nothing the remote sends may delete or read a file outside the
 * workspace, plant per-user state, or stop the victim's history and merges.
 */
class HostileRemoteTest {

    private static final Identity VICTIM = new Identity("Vic Tim", "vic@jmac.invalid", "JMAC");
    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        for (Command command : List.of(new CloneCommand(), new SyncCommand(), new StatusCommand(), new ResolveCommand(), new HandoverCommand(), new LogCommand(),
            new SetCommand())) {
            COMMANDS.put(command.name(), command);
        }
    }

    @TempDir
    Path tmp;
    Path bare;
    Path victim;
    Path colleague;
    String actorId;
    String out;
    String err;

    @BeforeEach
    void setUp() throws Exception {
        bare = tmp.resolve("shared.git");
        Files.createDirectories(bare);
        git(bare, "init", "-q", "--bare", "--initial-branch=main");
        victim = tmp.resolve("victim");
        Workspace workspace = Workspace.init(victim, null);
        workspace.setUser(VICTIM.name(), VICTIM.component());
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Ex-Seleka Coalition");
        actor.setKind(ActorKind.ARMED_GROUP);
        workspace.add(actor);
        workspace.saveAll(new NullProgressMonitor());
        actorId = actor.getId();
        try (VersionedWorkspace repo = VersionedWorkspace.open(victim)) {
            repo.commit("Initial workspace", VICTIM);
        }
        assertEquals(0, run("sync", "--workspace", victim.toString(), "--remote", bare.toString()), err);
        colleague = tmp.resolve("colleague");
        git(tmp, "clone", "-q", bare.toString(), colleague.toString());
    }

    @AfterEach
    void keepNothing() {
        // the temporary folder goes with the test
    }

    @Test
    void aCommittedConflictsFileIsNotCheckedOutAndResolveDeletesNothingOutside() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("victim.txt");
        Files.writeString(outside, "the victim's own file");
        String escape = victim.relativize(outside).toString();
        String commit = git(colleague, "rev-parse", "HEAD").strip();
        Files.createDirectories(colleague.resolve(".mosaic"));
        Files.writeString(colleague.resolve(".mosaic/conflicts.tsv"),
            String.join("\t", escape, "X", "X", "deleted", "", "edited", "deleted", "MINE", commit) + "\n");
        git(colleague, "add", "-f", ".mosaic/conflicts.tsv");
        git(colleague, "commit", "-q", "-m", "plant a conflict");
        git(colleague, "push", "-q", "origin", "HEAD:main");

        assertEquals(0, run("sync", "--workspace", victim.toString()), err);
        String syncErr = err;
        try {
            run("resolve", "--workspace", victim.toString(), "X", "deleted=theirs");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("no open conflict"), expected.getMessage());
        }
        assertTrue(Files.exists(outside), "a file outside the workspace is never deleted");
        assertFalse(Files.exists(victim.resolve(".mosaic/conflicts.tsv")), "the remote's per-user state is not checked out");
        assertTrue(syncErr.contains("problem: .mosaic/conflicts.tsv") && syncErr.contains("per-user state"), syncErr);
        assertEquals(0, run("status", "--workspace", victim.toString()), err);
        assertTrue(out.contains("0 conflict(s)") && !out.contains("conflict X"), out);
        assertThrows(IllegalArgumentException.class, () -> run("resolve", "--workspace", victim.toString(), "X", "deleted=theirs"));
        assertEquals("", git(bare, "ls-tree", "-r", "--name-only", "main", ".mosaic"), "the victim's merge took the planted file off the remote");
    }

    @Test
    void aHostileOrMalformedPerUserFileIsRebuiltNeverFatalAndNeverLeavesTheWorkspace() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("victim.txt");
        Files.writeString(outside, "the victim's own file");
        String commit = git(victim, "rev-parse", "HEAD").strip();
        String hostile = String.join("\t", victim.relativize(outside).toString(), "X", "X", "deleted", "", "edited", "deleted", "MINE", commit);
        String fine = String.join("\t", "actor/" + actorId + ".xmi", actorId, "Ex-Seleka Coalition", "strength", "1", "2", "3", "MINE", commit);
        Files.createDirectories(victim.resolve(".mosaic"));
        Files.writeString(victim.resolve(".mosaic/conflicts.tsv"), "not\ta conflict\n" + hostile + "\n" + fine + "\n" + "\u0000garbage\n");

        assertEquals(0, run("status", "--workspace", victim.toString()), err);
        assertTrue(out.contains("1 conflict(s)"), out);
        assertTrue(err.contains("conflicts.tsv:1: expected 9 tab-separated columns"), err);
        assertTrue(err.contains("conflicts.tsv:2: path '" + victim.relativize(outside) + "' is not a normalised path"), err);
        assertTrue(err.contains("conflicts.tsv:4:"), err);
        assertEquals(fine + "\n", Files.readString(victim.resolve(".mosaic/conflicts.tsv")), "the file is rebuilt with what was sound");
        assertThrows(IllegalArgumentException.class, () -> run("resolve", "--workspace", victim.toString(), "X", "deleted=theirs"));
        assertTrue(Files.exists(outside));

        Files.write(victim.resolve(".mosaic/conflicts.tsv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0x0a});
        assertEquals(0, run("status", "--workspace", victim.toString()), err);
        assertTrue(err.contains("not UTF-8 text; rebuilt"), err);
    }

    @Test
    void symbolicLinksAndSubmodulesFromARemoteAreNeverCheckedOut() throws Exception {
        Path secret = Files.writeString(tmp.resolve("hostname"), "victim-host\n");
        Files.createDirectories(colleague.resolve("content/00"));
        Files.createSymbolicLink(colleague.resolve("content/00/leak.txt"), secret);
        Files.createSymbolicLink(colleague.resolve("actor-link"), Path.of("/etc"));
        git(colleague, "add", "content/00/leak.txt", "actor-link");
        git(colleague, "update-index", "--add", "--cacheinfo", "160000," + git(colleague, "rev-parse", "HEAD").strip() + ",vendor/sub");
        Files.writeString(colleague.resolve("notes.txt"), "an ordinary file comes through\n");
        git(colleague, "add", "notes.txt");
        git(colleague, "commit", "-q", "-m", "links");
        git(colleague, "push", "-q", "origin", "HEAD:main");

        assertEquals(0, run("sync", "--workspace", victim.toString()), err);
        assertFalse(Files.exists(victim.resolve("content/00/leak.txt"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(victim.resolve("actor-link"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(victim.resolve("vendor"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(err.contains("problem: content/00/leak.txt") && err.contains("is a symbolic link; not taken"), err);
        assertTrue(err.contains("problem: actor-link"), err);
        assertTrue(err.contains("problem: vendor/sub") && err.contains("submodule"), err);
        assertEquals("an ordinary file comes through\n", Files.readString(victim.resolve("notes.txt")));
        String tree = git(victim, "ls-tree", "-r", "HEAD");
        assertFalse(tree.contains("120000") || tree.contains("160000"), tree);
    }

    @Test
    void aCloneChecksOutNeitherLinksNorPerUserStateAndItsFirstSyncTakesThemOffTheRemote() throws Exception {
        Path secret = Files.writeString(tmp.resolve("hostname"), "victim-host\n");
        Files.createDirectories(colleague.resolve("content/00"));
        Files.createSymbolicLink(colleague.resolve("content/00/leak.txt"), secret);
        Files.createDirectories(colleague.resolve(".mosaic"));
        Files.writeString(colleague.resolve(".mosaic/conflicts.tsv"), "planted\n");
        git(colleague, "add", "-f", "content/00/leak.txt", ".mosaic/conflicts.tsv");
        git(colleague, "commit", "-q", "-m", "plant");
        git(colleague, "push", "-q", "origin", "HEAD:main");

        Path newcomer = tmp.resolve("newcomer");
        assertEquals(0, run("clone", "--workspace", newcomer.toString(), bare.toString()), err);
        assertFalse(Files.exists(newcomer.resolve("content/00/leak.txt"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(newcomer.resolve(".mosaic/conflicts.tsv"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(err.contains("problem: content/00/leak.txt") && err.contains("symbolic link; not checked out"), err);
        assertTrue(err.contains("problem: .mosaic/conflicts.tsv"), err);
        assertEquals(0, run("status", "--workspace", newcomer.toString()), err);
        assertTrue(out.contains("0 conflict(s)"), out);
        assertEquals(0, run("sync", "--workspace", newcomer.toString()), err);
        String tree = git(bare, "ls-tree", "-r", "main");
        assertFalse(tree.contains("leak.txt") || tree.contains(".mosaic"), tree);
    }

    @Test
    void anUnreadableVersionInHistoryIsSkippedByHandoverLogAndMerge() throws Exception {
        String file = "actor/" + actorId + ".xmi";
        Files.writeString(colleague.resolve(file), "this is not XML at all\n");
        git(colleague, "commit", "-q", "-am", "not an actor");
        git(colleague, "push", "-q", "origin", "HEAD:main");
        assertEquals(0, run("set", "--workspace", victim.toString(), actorId, "strength=1200"), err);

        assertEquals(0, run("sync", "--workspace", victim.toString()), err);
        assertTrue(out.contains("merged as"), out);
        assertTrue(err.contains("problem: " + file) && err.contains("cannot be read as a Mosaic object") && err.contains("kept mine"), err);
        assertTrue(Files.readString(victim.resolve(file)).contains("1200"), "mine, the readable side, is kept");

        assertEquals(0, run("handover", "--workspace", victim.toString(), "--since", "2000-01-01"), err);
        assertTrue(out.contains("actor: 1 object(s)"), out);
        assertTrue(err.contains("problem: " + file) && err.contains("skipped in commit"), err);
        assertEquals(0, run("log", "--workspace", victim.toString()), err);
        assertTrue(out.contains("not an actor") && out.contains("Initial workspace"), out);
        assertTrue(err.contains("skipped in commit"), err);
    }

    private int run(String name, String... args) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            try {
                return COMMANDS.get(name).run(new CommandContext(name, List.of(args), o, e, false, COMMANDS));
            } finally {
                out = stdout.toString(StandardCharsets.UTF_8);
                err = stderr.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Plain {@code git}, as the colleague types it; fails on a non-zero exit. */
    static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Colleague", "-c", "user.email=colleague@git.invalid",
            "-c", "core.symlinks=true", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir + ": " + errors);
        }
        return text;
    }
}
