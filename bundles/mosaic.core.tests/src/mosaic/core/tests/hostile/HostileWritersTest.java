package mosaic.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;

/**
 * Attacks by a second writer: several processes (here: several open workspaces of one folder, which
 * is what two processes are, each with its own objects and file handles) changing the same object
 * at once, and writers killed half-way. No edit may be lost, no writer may silently win, and what a
 * killed writer leaves is cleaned up, never what a live one is writing.
 */
class HostileWritersTest {

    @TempDir
    Path tmp;

    private Path root;
    private String actorId;

    /** Each writer sets one field of the same actor. */
    private record Field(String name, BiConsumer<Actor, String> set, Function<Actor, String> get) {
    }

    private static final List<Field> FIELDS = List.of(
        new Field("description", Actor::setDescription, Actor::getDescription),
        new Field("type", Actor::setType, Actor::getType),
        new Field("strength", (a, v) -> a.setStrength(Integer.valueOf(v.hashCode() & 0xffff)),
            a -> a.getStrength() == null ? null : String.valueOf(a.getStrength())),
        new Field("history", Actor::setHistory, Actor::getHistory),
        new Field("presence", Actor::setPresence, Actor::getPresence),
        new Field("structure", Actor::setStructure, Actor::getStructure),
        new Field("modusOperandi", Actor::setModusOperandi, Actor::getModusOperandi),
        new Field("intentAndMotivation", Actor::setIntentAndMotivation, Actor::getIntentAndMotivation));

    @BeforeEach
    void init() throws Exception {
        root = tmp.resolve("ws");
        Workspace workspace = Workspace.init(root, null);
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Front de Libération du Nord");
        workspace.add(actor);
        workspace.saveAll(null);
        actorId = actor.getId();
    }

    @Test
    void concurrentWritersOfDifferentFieldsLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(FIELDS.size());
        try {
            for (int round = 0; round < 8; round++) {
                // every writer reads the object before any writes it, as two `mosaic set` started at once do
                CyclicBarrier loaded = new CyclicBarrier(FIELDS.size());
                List<Future<?>> writers = new ArrayList<>();
                for (Field field : FIELDS) {
                    String value = field.name() + " of round " + round;
                    writers.add(pool.submit(() -> {
                        Workspace mine = Workspace.open(root, null);
                        Actor actor = (Actor) mine.get(actorId).orElseThrow();
                        field.set().accept(actor, value);
                        loaded.await(30, TimeUnit.SECONDS);
                        mine.saveAll(null);
                        return null;
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS);
                }
                Actor after = (Actor) Workspace.open(root, null).get(actorId).orElseThrow();
                for (Field field : FIELDS) {
                    String expected = field.name() + " of round " + round;
                    if (field.name().equals("strength")) {
                        expected = String.valueOf(expected.hashCode() & 0xffff);
                    }
                    assertEquals(expected, field.get().apply(after), "round " + round + ": the change of " + field.name() + " was lost");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoWritersOfTheSameFieldTheSecondIsRefusedNotSilentlyWinning() throws Exception {
        Workspace first = Workspace.open(root, null);
        Workspace second = Workspace.open(root, null);
        ((Actor) first.get(actorId).orElseThrow()).setDescription("first");
        Actor secondActor = (Actor) second.get(actorId).orElseThrow();
        secondActor.setDescription("second");
        first.saveAll(null);
        IOException refused = assertThrows(IOException.class, () -> second.saveAll(null));
        assertTrue(refused.getMessage().contains("description") && refused.getMessage().contains("another writer"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("actor/" + actorId + ".xmi"), refused.getMessage());
        assertTrue(second.isDirty(secondActor), "the refused change stays unsaved, not dropped");
        assertEquals("first", ((Actor) Workspace.open(root, null).get(actorId).orElseThrow()).getDescription());
    }

    @Test
    void aSecondSaveOfTheSameSessionTakesTheOtherWritersChangeAlong() throws Exception {
        Workspace session = Workspace.open(root, null);
        Workspace other = Workspace.open(root, null);
        Actor mine = (Actor) session.get(actorId).orElseThrow();
        mine.setDescription("one");
        session.saveAll(null);
        ((Actor) other.get(actorId).orElseThrow()).setType("militia");
        other.saveAll(null);
        mine.setDescription("two");
        session.saveAll(null);
        assertEquals("militia", mine.getType(), "the other writer's field is taken into the session");
        Actor after = (Actor) Workspace.open(root, null).get(actorId).orElseThrow();
        assertEquals("two", after.getDescription());
        assertEquals("militia", after.getType());
    }

    @Test
    void deletingWhatAnotherWriterChangedIsRefused() throws Exception {
        Workspace session = Workspace.open(root, null);
        Workspace other = Workspace.open(root, null);
        ((Actor) other.get(actorId).orElseThrow()).setDescription("still needed");
        other.saveAll(null);
        IOException refused = assertThrows(IOException.class, () -> session.delete(session.get(actorId).orElseThrow()));
        assertTrue(refused.getMessage().contains("changed by another writer"), refused.getMessage());
        assertTrue(Files.exists(root.resolve("actor").resolve(actorId + ".xmi")));
    }

    @Test
    void editingAnObjectAnotherWriterDeletedIsRefused() throws Exception {
        Workspace session = Workspace.open(root, null);
        Workspace other = Workspace.open(root, null);
        other.delete(other.get(actorId).orElseThrow());
        ((Actor) session.get(actorId).orElseThrow()).setDescription("lost?");
        IOException refused = assertThrows(IOException.class, () -> session.saveAll(null));
        assertTrue(refused.getMessage().contains("deleted by another writer"), refused.getMessage());
        assertFalse(Files.exists(root.resolve("actor").resolve(actorId + ".xmi")), "not brought back behind the other writer's back");
    }

    @Test
    void anObjectTooLargeForTheLoaderIsNeverWritten() throws Exception {
        Workspace session = Workspace.open(root, null);
        Path file = root.resolve("actor").resolve(actorId + ".xmi");
        byte[] before = Files.readAllBytes(file);
        Actor actor = (Actor) session.get(actorId).orElseThrow();
        actor.setDescription("z".repeat((int) Workspace.MAX_FILE_BYTES + 1));
        IOException refused = assertThrows(IOException.class, () -> session.saveAll(null));
        assertTrue(refused.getMessage().contains("loading would refuse it"), refused.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is as it was");
        assertTrue(session.isDirty(actor));
        assertEquals(List.of(), Workspace.open(root, null).loadProblems());
    }

    @Test
    void leftoversOfAWriterKilledHalfWayAreRemovedOnOpenALiveWritersAreKept() throws Exception {
        Path folder = root.resolve("actor");
        Path target = folder.resolve(actorId + ".xmi");
        // a live writer (this process) half-way through a save: a real temporary file, staged, not yet published
        AtomicFiles.Staged live = AtomicFiles.group().stage(target, "live".getBytes(StandardCharsets.UTF_8));
        Path liveTemp = temporaryFiles(folder).get(0);
        String ours = ProcessHandle.current().pid() + "-";
        assertTrue(liveTemp.getFileName().toString().contains("." + ours), "a temporary file names its writer: " + liveTemp);

        // a writer killed with kill -9 in the middle of its writes: a real process, really killed
        Process victim = new ProcessBuilder("sleep", "60").start();
        long pid = victim.pid();
        long started = victim.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
        victim.waitFor(10, TimeUnit.SECONDS);
        assertFalse(victim.isAlive());
        String dead = pid + "-" + Long.toHexString(started);
        String ourWriter = liveTemp.getFileName().toString().replaceAll("^.*\\.(\\d+-[0-9a-f]+)-[0-9a-f]+\\.tmp$", "$1");
        List<Path> leftovers = new ArrayList<>();
        for (Path where : List.of(folder, root, root.resolve("content").resolve("ab"), root.resolve(".mosaic"))) {
            Files.createDirectories(where);
            Path leftover = where.resolve(liveTemp.getFileName().toString().replace(ourWriter, dead).replace(actorId, "x" + leftovers.size()));
            Files.write(leftover, "half-written".getBytes(StandardCharsets.UTF_8));
            leftovers.add(leftover);
        }
        // a live writer of another process (alive, started now) keeps its files too
        Process otherWriter = new ProcessBuilder("sleep", "60").start();
        try {
            String other = otherWriter.pid() + "-" + Long.toHexString(otherWriter.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
            Path otherTemp = folder.resolve("." + actorId + ".xmi." + other + "-1f.tmp");
            Files.write(otherTemp, "writing".getBytes(StandardCharsets.UTF_8));
            // an old version's temporary file (no writer recorded), from yesterday
            Path legacy = folder.resolve("." + actorId + ".xmi.3a9f0c2d.tmp");
            Files.write(legacy, "old".getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(legacy, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(86_400)));

            Workspace.open(root, null);

            for (Path leftover : leftovers) {
                assertFalse(Files.exists(leftover), "left over by a killed writer, still there: " + root.relativize(leftover));
            }
            assertFalse(Files.exists(legacy), "an old version's temporary file of yesterday is removed");
            assertTrue(Files.exists(liveTemp), "this live writer's temporary file was removed under it");
            assertTrue(Files.exists(otherTemp), "another live process's temporary file was removed under it");
        } finally {
            otherWriter.destroyForcibly();
        }
        live.discard();
        assertFalse(Files.exists(liveTemp));
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
