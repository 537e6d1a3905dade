package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;

class WorkspaceLocationTest {

    @TempDir
    Path tmp;

    @Test
    void missingFolderIsRefusedWithItsPath() {
        Path missing = tmp.resolve("no-such-workspace");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceLocation.of(missing));
        assertEquals("workspace folder does not exist: " + missing, e.getMessage());
        assertEquals(missing, e.getPath());
    }

    @Test
    void fileIsRefusedWithItsPath() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a workspace");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceLocation.of(file));
        assertEquals("workspace path is a file, not a folder: " + file, e.getMessage());
    }

    @Test
    void relativePathIsResolvedAndNormalised() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        WorkspaceLocation location = WorkspaceLocation.of(ws.resolve("sub/..").resolve("."));
        assertEquals(ws.toRealPath(), location.root());
        assertEquals("ws", location.name());
        assertEquals(location, WorkspaceLocation.of(ws));
    }

    @Test
    void countsFilesPerKindFolderAndSkipsHiddenState() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.createDirectories(ws.resolve("actors"));
        Files.writeString(ws.resolve("actors/a1.xmi"), "");
        Files.writeString(ws.resolve("actors/a2.xmi"), "");
        Files.createDirectories(ws.resolve("actors/nested"));
        Files.createDirectories(ws.resolve("events"));
        Files.createDirectories(ws.resolve(".git/objects"));
        Files.writeString(ws.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.createDirectories(ws.resolve(WorkspaceLocation.STATE_FOLDER));
        Files.writeString(ws.resolve("README.txt"), "top-level files are not kinds");

        Map<String, Integer> counts = WorkspaceLocation.of(ws).countByFolder();
        assertEquals(Map.of("actors", 2, "events", 0), counts);
        assertTrue(counts.keySet().stream().noneMatch(k -> k.startsWith(".")));
    }
}
