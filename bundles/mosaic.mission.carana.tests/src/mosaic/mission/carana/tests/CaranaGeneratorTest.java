package mosaic.mission.carana.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;
import mosaic.mission.carana.CaranaGenerator;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Report;
import mosaic.model.Threat;

class CaranaGeneratorTest {

    @TempDir
    static Path temp;

    private static Path generated;

    @BeforeAll
    static void generateOnce() throws Exception {
        generated = temp.resolve("carana");
        CaranaGenerator.generate(generated, CaranaGenerator.DEFAULT_SEED);
    }

    @Test
    void meetsTheMinimumCounts() throws Exception {
        Workspace workspace = Workspace.open(generated, null);
        Map<String, Integer> counts = workspace.countByKind();
        assertTrue(counts.get("actor") >= 60, "actors: " + counts);
        assertTrue(counts.get("relation") >= 150, "relations: " + counts);
        assertTrue(counts.get("event") >= 500, "events: " + counts);
        assertTrue(counts.get("threat") >= 25, "threats: " + counts);
        assertTrue(counts.get("report") >= 300, "reports: " + counts);

        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        workspace.objects(Actor.class).forEach(a -> kinds.add(a.getKind()));
        assertEquals(EnumSet.allOf(ActorKind.class), kinds);

        Set<String> risks = workspace.objects(Threat.class).stream().map(Threat::getRisk).collect(Collectors.toSet());
        assertEquals(Set.of("low", "medium", "high", "extreme"), risks);

        Set<String> mediaTypes = new java.util.TreeSet<>();
        for (Report report : workspace.objects(Report.class)) {
            Path file = generated.resolve(report.getContentFile());
            assertTrue(Files.isRegularFile(file), "content of " + report.getTitle());
            String hash = sha256(Files.readAllBytes(file));
            assertEquals(report.getContentHash(), hash, report.getTitle());
            assertEquals("content/" + hash.substring(0, 2) + "/" + hash, report.getContentFile().replaceAll("\\.[a-z]+$", ""));
            mediaTypes.add(report.getMediaType());
        }
        assertEquals(Set.of("text/plain", "application/pdf"), mediaTypes);
    }

    @Test
    void validatesWithoutErrors() throws Exception {
        List<Problem> problems = Workspace.open(generated, null).validate(null);
        List<Problem> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        assertEquals(List.of(), problems, "warnings");
    }

    @Test
    void sameSeedGivesIdenticalFiles() throws Exception {
        Path again = temp.resolve("again");
        CaranaGenerator.generate(again, CaranaGenerator.DEFAULT_SEED);
        assertSameTree(generated, again);
    }

    @Test
    void committedDemoIsUpToDate() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        Path demo = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("demo/carana"))) {
                demo = p.resolve("demo/carana");
                break;
            }
        }
        assumeTrue(demo != null, "no demo/carana above " + dir);
        assertSameTree(demo, generated);
    }

    private static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, Path> a = files(expected);
        Map<String, Path> b = files(actual);
        assertEquals(a.keySet(), b.keySet(), "file lists of " + expected + " and " + actual);
        for (Map.Entry<String, Path> e : a.entrySet()) {
            assertArrayEquals(Files.readAllBytes(e.getValue()), Files.readAllBytes(b.get(e.getKey())), e.getKey());
        }
    }

    /** Every file under root except the workspace's state folder, by relative path. */
    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".mosaic/")) {
                    out.put(rel, p);
                }
            });
        }
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
