package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mosaic.workspace.git.SshSettings;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * A workspace synced into a fresh bare repository made by {@code git init --bare}, whose HEAD names
 * {@code master} while Mosaic's workspaces start on {@code main}: a colleague with only git clones
 * it with plain {@code git clone} and gets the workspace, and both sides keep syncing through it.
 * The remote is reached by folder path, file://, {@code git daemon}, {@code git http-backend} and
 * OpenSSH's {@code sshd}.
 */
class PlainGitCloneTest {

    private static final String DANGLING_HEAD = "remote HEAD refers to nonexistent ref";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"folder", "file", "git", "http", "ssh"})
    void plainGitClonesAWorkspaceSyncedIntoABareRepositoryThatGitMade(String transport) throws Exception {
        Path served = Files.createDirectories(tmp.resolve("served"));
        // The bare repository exactly as git makes it, whatever the user's init.defaultBranch: HEAD names master.
        GitServers.plainGit(served, Map.of(), "-c", "init.defaultBranch=master", "init", "-q", "--bare", "shared.git");
        Path bare = served.resolve("shared.git");
        assertEquals("refs/heads/master", GitServers.git(bare, "symbolic-ref", "HEAD").strip());
        AutoCloseable server = null;
        Map<String, String> gitEnvironment = Map.of();
        SshSettings ssh = null;
        String url;
        switch (transport) {
            case "folder" -> url = bare.toString();
            case "file" -> url = bare.toUri().toString();
            case "git" -> {
                GitServers.Daemon daemon = new GitServers.Daemon(served);
                server = daemon;
                url = daemon.url("shared.git");
            }
            case "http" -> {
                GitServers.Http http = new GitServers.Http(served);
                server = http;
                url = http.url("shared.git");
            }
            default -> {
                GitServers.Sshd sshd = new GitServers.Sshd(tmp.resolve("sshd"));
                server = sshd;
                url = sshd.url(bare);
                gitEnvironment = sshd.gitEnvironment();
                ssh = SshSettings.key(sshd.clientKey, sshd.knownHosts);
            }
        }
        try (AutoCloseable closeServer = server;
                Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            if (ssh != null) {
                jmac.repo.setSsh(ssh);
            }
            String id = jmac.id("Ex-Seleka Coalition");
            SyncResult first = jmac.sync(url);
            assertEquals(SyncResult.Merge.REMOTE_EMPTY, first.merge());
            assertTrue(first.pushed(), String.valueOf(first.pushProblem()));
            assertEquals("refs/heads/master\n", GitServers.git(bare, "for-each-ref", "--format=%(refname)", "refs/heads/"),
                "the workspace went to the branch the remote's HEAD names, and to no other");
            assertEquals(jmac.repo.head().name(), GitServers.git(bare, "rev-parse", "HEAD").strip());

            // A colleague with only git clones it.
            Path plain = tmp.resolve("plain");
            GitServers.Output clone = GitServers.plainGit(tmp, gitEnvironment, "clone", url, plain.toString());
            assertFalse(clone.err().contains(DANGLING_HEAD), clone.err());
            assertFalse(clone.err().contains("empty repository"), clone.err());
            assertTrue(Files.isRegularFile(plain.resolve("mission.xmi")), "mission.xmi checked out; git said: " + clone.err());
            assertTrue(Files.readString(plain.resolve("actor/" + id + ".xmi")).contains("name=\"Ex-Seleka Coalition\""));
            assertEquals(jmac.repo.head().name(), GitServers.git(plain, "rev-parse", "HEAD").strip());
            assertEquals("", GitServers.git(plain, "status", "--porcelain"));

            // Later syncs keep to that branch, both ways.
            Path file = plain.resolve("actor/" + id + ".xmi");
            Files.writeString(file, Files.readString(file).replace("name=\"Ex-Seleka Coalition\"", "name=\"Ex-Seleka (FPRC)\""));
            GitServers.git(plain, "commit", "-q", "-am", "Rename from the command line");
            GitServers.plainGit(plain, gitEnvironment, "push", "-q");
            jmac.set(id, "strength", "700");
            SyncResult merged = jmac.sync();
            assertEquals(SyncResult.Merge.MERGED, merged.merge());
            assertTrue(merged.pushed(), String.valueOf(merged.pushProblem()));
            assertEquals("Ex-Seleka (FPRC)", jmac.get(id, "name"));
            assertEquals(new VersionedWorkspace.Status(0, 0, 0, 0), jmac.repo.status());
            GitServers.plainGit(plain, gitEnvironment, "pull", "-q", "--ff-only");
            assertTrue(Files.readString(file).contains("strength=\"700\""));
            assertEquals("refs/heads/master\n", GitServers.git(bare, "for-each-ref", "--format=%(refname)", "refs/heads/"));
            assertEquals("origin/master", GitServers.git(jmac.repo.root(), "rev-parse", "--abbrev-ref", "@{upstream}").strip(),
                "plain git in the workspace knows where it syncs to");

            // A colleague with Mosaic clones it too, and syncs.
            try (Analyst u2 = ssh == null ? Analyst.clone(url, tmp.resolve("u2"), ConcurrentEditTest.U2)
                    : Analyst.clone(url, tmp.resolve("u2"), ConcurrentEditTest.U2, ssh)) {
                assertEquals(jmac.tree(), u2.tree());
                u2.set(id, "description", "seen at Kaga-Bandoro");
                assertTrue(u2.sync().pushed());
            }
            assertEquals(SyncResult.Merge.FAST_FORWARD, jmac.sync().merge());
            assertEquals("seen at Kaga-Bandoro", jmac.get(id, "description"));
            GitServers.plainGit(plain, gitEnvironment, "pull", "-q", "--ff-only");
            assertEquals(jmac.repo.head().name(), GitServers.git(plain, "rev-parse", "HEAD").strip());
            assertEquals("refs/heads/master\n", GitServers.git(bare, "for-each-ref", "--format=%(refname)", "refs/heads/"));
        }
    }

    @Test
    void aServerThatWantsALoginIsAskedWithIt() throws Exception {
        Path served = Files.createDirectories(tmp.resolve("served"));
        GitServers.plainGit(served, Map.of(), "-c", "init.defaultBranch=master", "init", "-q", "--bare", "shared.git");
        Path bare = served.resolve("shared.git");
        try (GitServers.Http http = new GitServers.Http(served, "jo", "secret");
                Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            jmac.repo.setCredentials(new UsernamePasswordCredentialsProvider("jo", "secret"));
            SyncResult first = jmac.sync(http.url("shared.git"));
            assertTrue(first.pushed(), String.valueOf(first.pushProblem()));
            assertEquals("refs/heads/master\n", GitServers.git(bare, "for-each-ref", "--format=%(refname)", "refs/heads/"));
            assertEquals(jmac.repo.head().name(), GitServers.git(bare, "rev-parse", "HEAD").strip());
        }
    }
}
