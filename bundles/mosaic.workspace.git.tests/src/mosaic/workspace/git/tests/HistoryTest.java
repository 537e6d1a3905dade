package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.diff.DiffEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.workspace.git.History;
import mosaic.workspace.git.VersionedWorkspace;

/** History of one object, comparing versions, restoring an old one as a new change, and what saving does not do. */
class HistoryTest {

    @TempDir
    Path tmp;

    @Test
    void historyCompareAndRestore() throws Exception {
        try (Analyst jmac = Analyst.create(tmp.resolve("ws"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            String id = jmac.id("Ex-Seleka Coalition");
            String first = jmac.repo.head().name();
            jmac.set(id, "strength", "900");
            assertEquals(1, jmac.repo.status().uncommitted(), "saving never commits");
            jmac.repo.commit("Strength estimate", ConcurrentEditTest.JMAC);
            jmac.set(id, "strength", "1500");
            jmac.set(id, "description", "after the split");
            jmac.repo.commit("New estimate", ConcurrentEditTest.U2);

            History history = new History(jmac.repo);
            List<History.Entry> entries = history.log(null, id, true);
            assertEquals(List.of("New estimate", "Strength estimate", "Initial workspace"), entries.stream().map(History.Entry::summary).toList());
            History.Entry latest = entries.get(0);
            assertEquals("Uma Two", latest.author());
            assertEquals("U2", latest.component());
            History.ObjectChange change = latest.changes().get(0);
            assertEquals(DiffEntry.ChangeType.MODIFY, change.type());
            assertArrayEquals(new String[] {"900", "1500"}, change.fields().get("strength"));
            assertArrayEquals(new String[] {"", "after the split"}, change.fields().get("description"));

            var compared = history.compare(id, first, "HEAD");
            assertArrayEquals(new String[] {"", "1500"}, compared.get("strength"));

            var restored = history.restore(id, first, ConcurrentEditTest.JMAC);
            assertTrue(restored.isPresent());
            jmac.reload();
            assertEquals("", jmac.get(id, "strength"));
            assertEquals(4, history.log(null, id, false).size(), "restoring adds a version, it never rewrites history");
            assertTrue(history.compare(id, first, null).isEmpty(), "the working copy equals the first version again");
            assertThrows(IllegalArgumentException.class, () -> history.compare(id, "no-such-version", null));
        }
    }

    @Test
    void openingMakesARepositoryThatIgnoresPerUserState() throws Exception {
        Path folder = tmp.resolve("plain");
        mosaic.core.workspace.Workspace.init(folder, null);
        try (VersionedWorkspace repo = VersionedWorkspace.open(folder)) {
            assertTrue(Files.isDirectory(folder.resolve(".git")));
            assertTrue(Files.readString(folder.resolve(".gitignore")).contains(".mosaic/"));
            assertTrue(Files.readString(folder.resolve(".gitattributes")).contains("*.xmi -merge"));
            Files.createDirectories(folder.resolve(".mosaic"));
            Files.writeString(folder.resolve(".mosaic/cache"), "x");
            assertTrue(repo.commit("Start", ConcurrentEditTest.JMAC).isPresent());
            assertEquals(0, repo.status().uncommitted(), "per-user state is never committed");
            assertTrue(repo.commit("Nothing", ConcurrentEditTest.JMAC).isEmpty());
        }
    }
}
