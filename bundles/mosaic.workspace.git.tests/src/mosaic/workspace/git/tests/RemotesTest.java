package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * Sync against real remotes on loopback: a bare repository by folder path and by file:// URL,
 * {@code git daemon} (git://) and {@code git http-backend} behind HTTP; and plain git interop
 * both ways.
 */
class RemotesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"folder", "file", "git", "http"})
    void twoAnalystsShareAWorkspaceThroughTheRemote(String transport) throws Exception {
        Path served = tmp.resolve("served");
        GitServers.bare(served.resolve("shared.git"));
        AutoCloseable server = null;
        String url = switch (transport) {
            case "folder" -> served.resolve("shared.git").toString();
            case "file" -> served.resolve("shared.git").toUri().toString();
            case "git" -> {
                GitServers.Daemon daemon = new GitServers.Daemon(served);
                server = daemon;
                yield daemon.url("shared.git");
            }
            default -> {
                GitServers.Http http = new GitServers.Http(served);
                server = http;
                yield http.url("shared.git");
            }
        };
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition");
                AutoCloseable closeServer = server) {
            SyncResult first = jmac.sync(url);
            assertEquals(SyncResult.Merge.REMOTE_EMPTY, first.merge());
            assertTrue(first.pushed(), String.valueOf(first.pushProblem()));
            assertEquals(url, jmac.repo.defaultRemote().orElseThrow(), "the first --remote becomes the default");
            try (Analyst u2 = Analyst.clone(url, tmp.resolve("u2"), ConcurrentEditTest.U2)) {
                u2.set("Ex-Seleka Coalition", "description", "seen at Kaga-Bandoro");
                jmac.set("Ex-Seleka Coalition", "strength", "900");
                assertTrue(u2.sync().pushed());
                SyncResult merged = jmac.sync();
                assertEquals(SyncResult.Merge.MERGED, merged.merge());
                assertTrue(merged.pushed(), String.valueOf(merged.pushProblem()));
                SyncResult forward = u2.sync();
                assertEquals(SyncResult.Merge.FAST_FORWARD, forward.merge());
                assertEquals(jmac.tree(), u2.tree());
                assertEquals("seen at Kaga-Bandoro", jmac.get("Ex-Seleka Coalition", "description"));
                assertEquals("900", u2.get("Ex-Seleka Coalition", "strength"));
                assertEquals(new VersionedWorkspace.Status(0, 0, 0, 0), u2.repo.status());
            }
        }
    }

    @Test
    void cloneFindsTheBranchWhenTheBareRepositoryNamesAnother() throws Exception {
        Path remote = tmp.resolve("made-by-git.git");
        java.nio.file.Files.createDirectories(remote);
        GitServers.git(remote, "init", "-q", "--bare", "--initial-branch=master");
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            // main pushed by hand (or by an older Mosaic) while HEAD names master, which nobody pushed
            GitServers.git(jmac.repo.root(), "push", "-q", remote.toString(), "main");
            try (Analyst u2 = Analyst.clone(remote.toString(), tmp.resolve("u2"), ConcurrentEditTest.U2)) {
                assertEquals(jmac.tree(), u2.tree());
                assertEquals("main", u2.repo.repository().getBranch());
            }
        }
    }

    @Test
    void aRemoteThatCannotBeReachedLeavesTheWorkspaceAsItWas() throws Exception {
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            var head = jmac.repo.head();
            String dead = "git://127.0.0.1:" + GitServers.freePort() + "/nothing.git";
            IOException e = assertThrows(IOException.class, () -> jmac.sync(dead));
            assertTrue(e.getMessage().contains(dead), e.getMessage());
            assertEquals(head, jmac.repo.head());
            assertEquals(0, jmac.repo.status().uncommitted());
        }
    }

    @Test
    void aPushRefusedByAPreReceiveHookLeavesTheMergeCommittedLocally() throws Exception {
        Path served = tmp.resolve("served");
        Path bare = GitServers.bare(served.resolve("shared.git"));
        try (GitServers.Daemon daemon = new GitServers.Daemon(served);
                Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            String url = daemon.url("shared.git");
            assertTrue(jmac.sync(url).pushed());
            try (Analyst u2 = Analyst.clone(url, tmp.resolve("u2"), ConcurrentEditTest.U2)) {
                u2.set("Ex-Seleka Coalition", "description", "seen at Kaga-Bandoro");
                assertTrue(u2.sync().pushed());
            }
            Path hook = bare.resolve("hooks/pre-receive");
            Files.writeString(hook, "#!/bin/sh\necho 'the shared repository is closed for audit' >&2\nexit 1\n");
            Files.setPosixFilePermissions(hook, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            String remoteBefore = GitServers.git(bare, "rev-parse", "main");
            jmac.set("Ex-Seleka Coalition", "strength", "900");
            SyncResult refused = jmac.sync();
            assertEquals(SyncResult.Merge.MERGED, refused.merge());
            assertFalse(refused.pushed());
            assertTrue(refused.pushProblem().contains("refused") && refused.pushProblem().contains(url), refused.pushProblem());
            assertEquals(remoteBefore, GitServers.git(bare, "rev-parse", "main"), "the remote has nothing new");
            assertEquals("", GitServers.git(jmac.repo.root(), "status", "--porcelain"), "nothing half-merged");
            assertEquals(2, GitServers.git(jmac.repo.root(), "log", "-1", "--format=%P").trim().split(" ").length, "a complete merge commit");
            assertEquals("seen at Kaga-Bandoro", jmac.get("Ex-Seleka Coalition", "description"));
            assertEquals(new VersionedWorkspace.Status(2, 0, 0, 0), jmac.repo.status(), "the edit and the merge are ahead");
            Files.delete(hook);
            assertTrue(jmac.sync().pushed(), "the next sync pushes them");
            assertEquals(GitServers.git(jmac.repo.root(), "rev-parse", "HEAD"), GitServers.git(bare, "rev-parse", "main"));
        }
    }

    @Test
    void plainGitEditsAreMergedByMosaicAndMosaicCommitsReadByGit() throws Exception {
        Path remote = GitServers.bare(tmp.resolve("shared.git"));
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            jmac.sync(remote.toString());
            String id = jmac.id("Ex-Seleka Coalition");
            Path cli = tmp.resolve("cli");
            GitServers.git(tmp, "clone", "-q", remote.toString(), cli.toString());
            // An analyst edits the XMI with a text editor and commits with git.
            Path file = cli.resolve("actor/" + id + ".xmi");
            String xmi = Files.readString(file);
            assertTrue(xmi.contains("name=\"Ex-Seleka Coalition\""), xmi);
            Files.writeString(file, xmi.replace("name=\"Ex-Seleka Coalition\"", "name=\"Ex-Seleka (FPRC)\""));
            GitServers.git(cli, "commit", "-q", "-am", "Rename from the command line");
            GitServers.git(cli, "push", "-q");
            // Meanwhile Mosaic changes another field of the same object.
            jmac.set(id, "strength", "700");
            SyncResult merged = jmac.sync();
            assertEquals(SyncResult.Merge.MERGED, merged.merge());
            assertTrue(merged.conflicts().isEmpty());
            assertEquals("Ex-Seleka (FPRC)", jmac.get(id, "name"));
            assertEquals("700", jmac.get(id, "strength"));
            // And git reads Mosaic's history: a merge commit with two parents, author and component.
            GitServers.git(cli, "pull", "-q", "--ff-only");
            String log = GitServers.git(cli, "log", "-1", "--format=%an|%P|%B");
            assertTrue(log.startsWith("Jo Mac|"), log);
            assertEquals(2, log.split("\\|")[1].trim().split(" ").length, log);
            assertTrue(log.contains("Mosaic-Component: JMAC"), log);
            assertTrue(Files.readString(file).contains("strength=\"700\""));
            assertFalse(GitServers.git(cli, "status", "--porcelain").contains(".xmi"), "git sees a clean tree");
            GitServers.git(cli, "fsck", "--no-progress");
            // Mosaic's own index is one git agrees with: nothing to commit, nothing broken.
            assertEquals("", GitServers.git(jmac.repo.root(), "status", "--porcelain"));
            GitServers.git(jmac.repo.root(), "fsck", "--no-progress");
        }
    }
}
