package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.model.Report;
import mosaic.search.Ingest;
import mosaic.search.Ingest.Status;

/**
 * Adversarial: ingest is given a folder that someone else prepared. A link to a file outside it
 * (`/etc/shadow` in the attack) must never be copied into the workspace's `content/` (which git
 * tracks and the next sync pushes) or indexed; FIFOs, sockets and devices are refused by name,
 * never read (a FIFO would block the run) nor skipped in silence.
 */
class HostileIngestTest extends WithFixture {

    @TempDir
    Path outside;

    private static Map<String, Ingest.Result> byName(Ingest.Summary summary) {
        return summary.results().stream().collect(Collectors.toMap(r -> r.file().getFileName().toString(), r -> r));
    }

    private Ingest.Summary ingest(boolean followLinks, Path... paths) throws Exception {
        return new Ingest(f.workspace, f.index, Ingest.Options.NONE).followLinks(followLinks)
            .run(List.of(paths), null, new NullProgressMonitor());
    }

    @Test
    void aLinkOutOfTheFolderIsNeverReadNorStored() throws Exception {
        Path secret = Files.writeString(outside.resolve("shadow"), "root:zanzibarhash:19000:0:99999:7:::\n", StandardCharsets.UTF_8);
        f.text("note.txt", "Patrol note about Kilo.");
        Files.createSymbolicLink(f.inbox.resolve("shadow-link.txt"), secret);
        Files.createSymbolicLink(f.inbox.resolve("outside-folder"), outside);
        Path sidecarVictim = f.text("with-sidecar.txt", "Second patrol note about Kilo.");
        Files.createSymbolicLink(sidecarVictim.resolveSibling("with-sidecar.txt.meta.json"), secret);

        Map<String, Ingest.Result> results = byName(ingest(false, f.inbox));

        assertEquals(Status.INGESTED, results.get("note.txt").status());
        Ingest.Result link = results.get("shadow-link.txt");
        assertEquals(Status.REFUSED, link.status());
        assertTrue(link.reason().startsWith("a symbolic link (to " + secret + ")"), link.reason());
        assertEquals(Status.REFUSED, results.get("outside-folder").status(), "a link to a folder is not walked");
        Ingest.Result sidecar = results.get("with-sidecar.txt");
        assertEquals(Status.REFUSED, sidecar.status(), "a sidecar that is a link is not read");
        assertTrue(sidecar.reason().contains("symbolic link"), sidecar.reason());
        assertEquals(1, f.workspace.objects(Report.class).size());
        assertEquals(1, f.contentFiles().size());
        assertEquals(0, f.search("zanzibarhash", f.audience(Fixture.SECRET)).hits().size());
        for (Path stored : f.contentFiles()) {
            assertTrue(!Files.readString(stored).contains("zanzibarhash"), stored.toString());
        }

        // given by name on the command line, a link is refused all the same
        Ingest.Result direct = ingest(false, f.inbox.resolve("shadow-link.txt")).results().get(0);
        assertEquals(Status.REFUSED, direct.status(), direct.toString());
    }

    @Test
    void followingLinksStaysInsideTheFoldersGiven() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "zanzibarhash outside", StandardCharsets.UTF_8);
        Path sub = Files.createDirectories(f.inbox.resolve("sub"));
        Files.writeString(sub.resolve("inside.txt"), "Checkpoint near Kilo market.", StandardCharsets.UTF_8);
        Files.createSymbolicLink(f.inbox.resolve("inside-link.txt"), sub.resolve("inside.txt"));
        Files.createSymbolicLink(f.inbox.resolve("secret-link.txt"), secret);
        Files.createSymbolicLink(f.inbox.resolve("outside-folder"), outside);
        Files.createSymbolicLink(sub.resolve("loop"), f.inbox);

        Ingest.Summary summary = ingest(true, f.inbox);
        Map<String, Ingest.Result> results = byName(summary);

        // the link comes first in the folder's order: it is ingested, the file itself is the same report
        assertEquals(Status.INGESTED, results.get("inside-link.txt").status(), summary.results().toString());
        assertEquals(Status.UNCHANGED, results.get("inside.txt").status(), "the same file through a link inside: " + summary.results());
        assertEquals(Status.REFUSED, results.get("secret-link.txt").status());
        assertTrue(results.get("secret-link.txt").reason().contains("out of the folders given"), results.get("secret-link.txt").reason());
        assertTrue(results.get("loop").reason().contains("loop"), results.get("loop").toString());
        // the file inside the linked outside folder is refused, not read
        assertTrue(summary.results().stream().filter(r -> r.file().toString().contains("outside-folder"))
            .allMatch(r -> r.status() == Status.REFUSED), summary.results().toString());
        assertEquals(0, f.search("zanzibarhash", f.audience(Fixture.SECRET)).hits().size());
        assertEquals(1, f.contentFiles().size());
    }

    @Test
    void fifosAndSocketsAreRefusedByNameNeverRead() throws Exception {
        f.text("note.txt", "Patrol note about Kilo.");
        Path fifo = f.inbox.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        Path socketFile = f.inbox.resolve("socket.txt");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socketFile));
            Ingest.Summary summary = ingest(false, f.inbox);
            Map<String, Ingest.Result> results = byName(summary);
            assertEquals(3, summary.results().size(), summary.results().toString());
            assertEquals(Status.INGESTED, results.get("note.txt").status());
            assertEquals(Status.REFUSED, results.get("pipe.txt").status());
            assertTrue(results.get("pipe.txt").reason().startsWith("a FIFO (named pipe)"), results.get("pipe.txt").reason());
            assertEquals(Status.REFUSED, results.get("socket.txt").status());
            assertTrue(results.get("socket.txt").reason().startsWith("a socket"), results.get("socket.txt").reason());
        }
    }
}
