package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.WorkspaceException;
import mosaic.workspace.git.SshSettings;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;
import mosaic.workspace.git.internal.cli.CloneCommand;
import mosaic.workspace.git.internal.cli.SyncCommand;

/**
 * Sync over ssh against a real OpenSSH server on loopback ({@code /usr/sbin/sshd}, started by the
 * test as the current user with generated keys): {@code ssh://} with an explicit key and
 * known_hosts, {@code user@host:path} through an ssh config, and the errors for a refused key and
 * an unknown host key.
 */
class SshRemoteTest {

    /** Guards against a hang, not a speed check: a refused login normally fails within seconds. */
    private static final Duration HANG = Duration.ofMinutes(2);

    @TempDir
    Path tmp;
    GitServers.Sshd sshd;
    Path bare;

    @BeforeEach
    void start() throws Exception {
        sshd = new GitServers.Sshd(tmp.resolve("sshd"));
        bare = GitServers.bare(tmp.resolve("served/shared.git"));
    }

    @AfterEach
    void stop() throws Exception {
        sshd.close();
    }

    @Test
    void cloneCommitSyncOverSshAndASecondCloneSeesTheChange() throws Exception {
        SshSettings key = SshSettings.key(sshd.clientKey, sshd.knownHosts);
        String url = sshd.url(bare);
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            jmac.repo.setSsh(key);
            SyncResult first = jmac.sync(url);
            assertTrue(first.pushed(), String.valueOf(first.pushProblem()));
            assertEquals(url, jmac.repo.defaultRemote().orElseThrow());
            assertEquals(GitServers.git(jmac.repo.root(), "rev-parse", "HEAD"), GitServers.git(bare, "rev-parse", "main"), "the bare repository got the push");
            try (Analyst u2 = Analyst.clone(url, tmp.resolve("u2"), ConcurrentEditTest.U2, key)) {
                u2.set("Ex-Seleka Coalition", "description", "seen at Kaga-Bandoro");
                SyncResult pushed = u2.sync();
                assertTrue(pushed.pushed(), String.valueOf(pushed.pushProblem()));
            }
            try (Analyst third = Analyst.clone(url, tmp.resolve("third"), ConcurrentEditTest.U2, key)) {
                assertEquals("seen at Kaga-Bandoro", third.get("Ex-Seleka Coalition", "description"), "a second clone sees the change");
            }
            jmac.set("Ex-Seleka Coalition", "strength", "900");
            SyncResult merged = jmac.sync();
            assertEquals(SyncResult.Merge.MERGED, merged.merge());
            assertTrue(merged.pushed(), String.valueOf(merged.pushProblem()));
            assertEquals("seen at Kaga-Bandoro", jmac.get("Ex-Seleka Coalition", "description"));
        }
    }

    @Test
    void scpLikeAddressThroughTheSshConfig() throws Exception {
        SshSettings config = SshSettings.directory(sshd.sshDirectory);
        String url = sshd.scpLike(bare);
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            jmac.repo.setSsh(config);
            assertTrue(jmac.sync(url).pushed());
            try (Analyst u2 = Analyst.clone(url, tmp.resolve("u2"), ConcurrentEditTest.U2, config)) {
                assertEquals(jmac.tree(), u2.tree());
                u2.set("Ex-Seleka Coalition", "strength", "650");
                assertTrue(u2.sync().pushed());
            }
            assertEquals(SyncResult.Merge.FAST_FORWARD, jmac.sync().merge());
            assertEquals("650", jmac.get("Ex-Seleka Coalition", "strength"));
        }
    }

    @Test
    void aRefusedKeyIsAOneLineErrorAndTheWorkspaceStaysAsItWas() throws Exception {
        String url = sshd.url(bare);
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            var head = jmac.repo.head();
            jmac.repo.setSsh(SshSettings.key(sshd.otherKey, sshd.knownHosts));
            java.io.IOException e = assertTimeoutPreemptively(HANG, () -> assertThrows(java.io.IOException.class, () -> jmac.sync(url)));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains("Cannot log in") && e.getMessage().contains("refused") && e.getMessage().contains(url), e.getMessage());
            assertEquals(head, jmac.repo.head());
        }
        WorkspaceException clone = assertTimeoutPreemptively(HANG, () -> assertThrows(WorkspaceException.class,
            () -> VersionedWorkspace.clone(url, tmp.resolve("u2"), null, SshSettings.key(sshd.otherKey, sshd.knownHosts))));
        assertFalse(clone.getMessage().contains("\n"), clone.getMessage());
        assertTrue(clone.getMessage().contains("cannot clone " + url), clone.getMessage());
    }

    @Test
    void anUnknownHostKeyIsRefused() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty_known_hosts"), "");
        WorkspaceException e = assertTimeoutPreemptively(HANG, () -> assertThrows(WorkspaceException.class,
            () -> VersionedWorkspace.clone(sshd.url(bare), tmp.resolve("u2"), null, SshSettings.key(sshd.clientKey, empty))));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("known_hosts"), e.getMessage());
    }

    @Test
    void theCommandLineClonesAndSyncsWithAnExplicitKey() throws Exception {
        String url = sshd.url(bare);
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            String[] key = {"--ssh-key", sshd.clientKey.toString(), "--known-hosts", sshd.knownHosts.toString()};
            assertEquals(0, run(new SyncCommand(), "--workspace", jmac.repo.root().toString(), "--remote", url, key[0], key[1], key[2], key[3]));
            Path u2 = tmp.resolve("u2");
            assertEquals(0, run(new CloneCommand(), url, "--workspace", u2.toString(), key[0], key[1], key[2], key[3]));
            try (VersionedWorkspace clone = VersionedWorkspace.open(u2)) {
                assertEquals(jmac.repo.head(), clone.head());
            }
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> run(new SyncCommand(), "--workspace", jmac.repo.root().toString(), "--ssh-key", tmp.resolve("nokey").toString()));
            assertTrue(missing.getMessage().contains("nokey"), missing.getMessage());
        }
    }

    private static int run(Command command, String... args) throws Exception {
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            return command.run(new CommandContext(command.name(), List.of(args), out, out, false, Map.of(command.name(), command)));
        }
    }

    @Test
    void aMissingKeyFileIsNamed() {
        Path missing = tmp.resolve("no_such_key");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SshSettings.key(missing, sshd.knownHosts));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }
}
