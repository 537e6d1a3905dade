package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.internal.FileSystemSync;
import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;

/** Atomic writes made durable together: nothing visible before its group is synced and the file published. */
class AtomicGroupTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aStagedFileIsInvisibleUntilSyncedAndPublishedAndReplacesTheOldOneWhole() throws Exception {
        Path target = tmp.resolve("a/b/record.xmi");
        Files.createDirectories(target.getParent());
        Files.write(target, bytes("old"));
        AtomicFiles.Group group = AtomicFiles.group();
        AtomicFiles.Staged staged = group.stage(target, bytes("new content"));
        Path created = tmp.resolve("c/new.txt"); // its folder does not exist yet
        AtomicFiles.Staged other = group.stage(created, bytes("other"));

        assertArrayEquals(bytes("old"), Files.readAllBytes(target), "the target is untouched while staged");
        assertFalse(Files.exists(created));
        assertThrows(IllegalStateException.class, staged::publish, "nothing is published before the group is durable");
        assertArrayEquals(bytes("old"), Files.readAllBytes(target));

        group.sync();
        staged.publish();
        other.publish();
        assertArrayEquals(bytes("new content"), Files.readAllBytes(target));
        assertArrayEquals(bytes("other"), Files.readAllBytes(created));
        assertEquals(List.of(target, created), files(tmp), "no temporary file is left");
    }

    @Test
    void aDiscardedFileLeavesNothingAndAFileStagedAfterASyncWaitsForTheNext() throws Exception {
        AtomicFiles.Group group = AtomicFiles.group();
        AtomicFiles.Staged dropped = group.stage(tmp.resolve("dropped.txt"), bytes("x"));
        group.sync();
        AtomicFiles.Staged late = group.stage(tmp.resolve("late.txt"), bytes("y"));
        assertThrows(IllegalStateException.class, late::publish, "staged after the sync: not yet durable");
        dropped.discard();
        group.sync();
        late.publish();
        assertEquals(List.of(tmp.resolve("late.txt")), files(tmp));
    }

    @Test
    void aFileThatCannotBeWrittenFailsAloneAndLeavesNothing() throws Exception {
        Files.write(tmp.resolve("blocker"), bytes("a file where a folder should be"));
        AtomicFiles.Group group = AtomicFiles.group();
        assertThrows(IOException.class, () -> group.stage(tmp.resolve("blocker/x.txt"), bytes("x")));
        AtomicFiles.Staged fine = group.stage(tmp.resolve("fine.txt"), bytes("fine"));
        group.sync();
        fine.publish();
        assertEquals(List.of(tmp.resolve("blocker"), tmp.resolve("fine.txt")), files(tmp));
    }

    @Test
    void theFileSystemSyncIsBoundOnLinuxWithJava22AndSyncsAFolder() throws Exception {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
        if (linux && Runtime.version().feature() >= 22) {
            assertTrue(FileSystemSync.available(), "syncfs(2) bound through the foreign function API");
            assertTrue(FileSystemSync.sync(tmp));
            assertFalse(FileSystemSync.sync(tmp.resolve("no such folder")), "a folder that cannot be opened is a failure, not a crash");
        } else {
            assertFalse(FileSystemSync.available());
            assertFalse(FileSystemSync.sync(tmp));
        }
    }

    @Test
    void aWorkspaceSaveInAGroupPublishesOnlyAtFinishAndMarksTheObjectsSaved() throws Exception {
        Workspace workspace = Workspace.init(tmp.resolve("ws"), null);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
            actor.setName("Actor " + i);
            workspace.add(actor);
            actors.add(actor);
        }
        AtomicFiles.Group group = AtomicFiles.group();
        AtomicFiles.Staged own = group.stage(tmp.resolve("ws/content/ab/own.txt"), bytes("an original"));
        Workspace.PendingSave save = workspace.beginSave(actors, group);
        save.awaitDurable();
        for (Actor actor : actors) {
            assertFalse(Files.exists(workspace.fileOf(actor)), "durable but not yet in place");
        }
        own.publish(); // the group's sync covered the caller's own file too
        assertEquals(20, save.finish(null).size());
        for (Actor actor : actors) {
            assertTrue(Files.isRegularFile(workspace.fileOf(actor)));
            assertFalse(workspace.isDirty(actor));
        }
        try (Stream<Path> walk = Files.walk(tmp.resolve("ws"))) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        Workspace reloaded = Workspace.open(tmp.resolve("ws"), null);
        assertEquals(20, reloaded.objects(Actor.class).size());
        assertEquals("an original", Files.readString(tmp.resolve("ws/content/ab/own.txt")));
    }

    @Test
    void anObjectWhoseFileCannotBeWrittenStaysChanged() throws Exception {
        Workspace workspace = Workspace.init(tmp.resolve("ws"), null);
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Kept");
        workspace.add(actor);
        Path folder = workspace.fileOf(actor).getParent();
        Files.createDirectories(folder.getParent());
        Files.deleteIfExists(folder);
        Files.write(folder, bytes("a file where the folder of actors should be"));
        Workspace.PendingSave save = workspace.beginSave(List.of(actor), AtomicFiles.group());
        assertEquals(List.of(), save.finishQuietly(null));
        assertEquals(List.of(actor), List.copyOf(save.failures().keySet()));
        assertTrue(workspace.isDirty(actor), "the edit is not lost: the object is still to be saved");
        Files.delete(folder);
        workspace.save(actor);
        assertFalse(workspace.isDirty(actor));
        assertTrue(Files.isRegularFile(workspace.fileOf(actor)));
    }
}
