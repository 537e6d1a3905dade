package mosaic.search.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.search.ReportText;
import mosaic.search.SearchIndex;
import mosaic.search.SearchQuery;

/**
 * Report records that point at a file other than the original they were ingested from (a link to
 * one of the reader's own files, another report's protected original): the original is checked
 * against the record's {@code contentHash} before it is indexed, previewed or opened.
 */
class HostileOriginalTest {

    @TempDir
    Path tmp;

    @Test
    void anOriginalThatIsALinkOrDoesNotMatchItsHashIsNeverIndexedOrRead() throws Exception {
        Path secret = Files.writeString(tmp.resolve("hostname"), "zanzibarhost\n");
        Workspace workspace = Workspace.init(tmp.resolve("ws"), null);
        Path root = workspace.root();

        byte[] protectedText = "Informant Kestrel met the commander at Ndele.\n".getBytes(StandardCharsets.UTF_8);
        String protectedHash = sha256(protectedText);
        String protectedFile = "content/" + protectedHash.substring(0, 2) + "/" + protectedHash + ".txt";
        Files.createDirectories(root.resolve(protectedFile).getParent());
        Files.write(root.resolve(protectedFile), protectedText);
        Report secretReport = report(workspace, "Source meeting", protectedFile, protectedHash, "STRICTLY_CONFIDENTIAL");

        Files.createDirectories(root.resolve("content/00"));
        Files.createSymbolicLink(root.resolve("content/00/leak.txt"), secret);
        Report leak = report(workspace, "Leak", "content/00/leak.txt", sha256("anything".getBytes(StandardCharsets.UTF_8)), "UNCLASSIFIED");
        Report borrowed = report(workspace, "Borrowed", protectedFile, sha256("other".getBytes(StandardCharsets.UTF_8)), "UNCLASSIFIED");
        Report outside = report(workspace, "Outside", "../hostname", sha256("zanzibarhost\n".getBytes(StandardCharsets.UTF_8)), "UNCLASSIFIED");

        byte[] plain = "Patrol reached Bria without incident.\n".getBytes(StandardCharsets.UTF_8);
        String plainHash = sha256(plain);
        String plainFile = "content/" + plainHash.substring(0, 2) + "/" + plainHash + ".txt";
        Files.createDirectories(root.resolve(plainFile).getParent());
        Files.write(root.resolve(plainFile), plain);
        Report fine = report(workspace, "Patrol", plainFile, plainHash, "UNCLASSIFIED");
        workspace.saveAll(null);

        try (SearchIndex index = SearchIndex.of(workspace)) {
            SearchIndex.Sync sync = index.rebuild(workspace, new NullProgressMonitor());
            Audience lowest = Audience.of(workspace.rules(), "UNCLASSIFIED", List.of());
            assertEquals(0, index.searcher().search(SearchQuery.of("zanzibarhost").withLimit(10), lowest).total(), "the reader's own file");
            assertEquals(0, index.searcher().search(SearchQuery.of("Kestrel").withLimit(10), lowest).total(), "another report's protected original");
            assertEquals(1, index.searcher().search(SearchQuery.of("Bria").withLimit(10), lowest).total(), "a sound original is indexed");
            String problems = String.join("\n", sync.problems());
            assertTrue(problems.contains("content file content/00/leak.txt is reached through a symbolic link"), problems);
            assertTrue(problems.contains("content file " + protectedFile + " does not match the report's content hash"), problems);
            assertTrue(problems.contains("content file ../hostname is outside the workspace"), problems);
        }
        for (Report refused : List.of(leak, borrowed, outside)) {
            assertTrue(ReportText.original(workspace, refused).isEmpty(), refused.getTitle());
            assertTrue(ReportText.passages(workspace, refused, new NullProgressMonitor()).isEmpty(), refused.getTitle());
        }
        assertEquals(root.resolve(plainFile), ReportText.original(workspace, fine).orElseThrow());
        assertEquals(root.resolve(protectedFile), ReportText.original(workspace, secretReport).orElseThrow());
    }

    private static Report report(Workspace workspace, String title, String contentFile, String hash, String classification) {
        Report report = workspace.create(MosaicPackage.Literals.REPORT);
        report.setTitle(title);
        report.setContentFile(contentFile);
        report.setContentHash(hash);
        report.setMediaType("text/plain");
        report.getMarking().setClassification(classification);
        workspace.add(report);
        return report;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
