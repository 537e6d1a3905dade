package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Evidence;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.workspace.git.Compartment;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * Compartments: repositories of their own mounted into a workspace, references across them, and
 * releasing an object into a wider compartment after checking every marking it carries.
 */
class CompartmentTest {

    private static final String SHARED = "shared-jmac-u2";

    @TempDir
    Path tmp;

    @Test
    void releaseChecksMarkingsMovesTheObjectAndReferencesFollow() throws Exception {
        Path rootRemote = GitServers.bare(tmp.resolve("jmac-workspace.git"));
        Path sharedRemote = GitServers.bare(tmp.resolve(SHARED + ".git"));
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition", "Anti-Balaka Militia")) {
            Compartment shared = jmac.repo.createCompartment(SHARED, "CONFIDENTIAL", List.of(), "", ConcurrentEditTest.JMAC);
            assertEquals("CONFIDENTIAL", shared.classification());
            try (VersionedWorkspace repository = jmac.repo.compartment(SHARED)) {
                assertTrue(repository.sync(sharedRemote.toString(), ConcurrentEditTest.JMAC, null).pushed());
            }
            String exSeleka = jmac.id("Ex-Seleka Coalition");
            String antiBalaka = jmac.id("Anti-Balaka Militia");
            String before = jmac.relate("Anti-Balaka Militia", "Ex-Seleka Coalition", "rivalry");

            // Above the ceiling: refused, naming the object and its marking.
            jmac.set(antiBalaka, "marking.classification", "STRICTLY_CONFIDENTIAL");
            IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> jmac.repo.release(antiBalaka, SHARED, ConcurrentEditTest.JMAC));
            assertTrue(tooHigh.getMessage().contains(antiBalaka) && tooHigh.getMessage().contains("STRICTLY_CONFIDENTIAL"), tooHigh.getMessage());

            // Evidence citing a report above the ceiling: refused too.
            Workspace workspace = jmac.workspace();
            Report report = workspace.create(MosaicPackage.Literals.REPORT);
            report.setTitle("Source debrief");
            report.setReportType("humint");
            report.setDate(Instant.parse("2026-11-20T00:00:00Z"));
            report.getMarking().setClassification("STRICTLY_CONFIDENTIAL");
            workspace.add(report);
            Evidence evidence = MosaicFactory.eINSTANCE.createEvidence();
            evidence.setStatement("commander named");
            evidence.setReport(report);
            Actor actor = (Actor) jmac.find(exSeleka);
            actor.getEvidence().add(evidence);
            workspace.saveAll(new NullProgressMonitor());
            IllegalArgumentException cites = assertThrows(IllegalArgumentException.class,
                () -> jmac.repo.release(exSeleka, SHARED, ConcurrentEditTest.JMAC));
            assertTrue(cites.getMessage().contains(report.getId()), cites.getMessage());
            assertTrue(Files.exists(jmac.repo.root().resolve("actor/" + exSeleka + ".xmi")), "a refused release moves nothing");

            actor.getEvidence().clear();
            workspace.saveAll(new NullProgressMonitor());
            jmac.repo.commit("Evidence withdrawn", ConcurrentEditTest.JMAC);
            var release = jmac.repo.release("Ex-Seleka Coalition", SHARED, ConcurrentEditTest.JMAC);
            assertTrue(release.getFullMessage().contains("into compartment " + SHARED) && release.getFullMessage().contains("CONFIDENTIAL"),
                release.getFullMessage());
            assertFalse(Files.exists(jmac.repo.root().resolve("actor/" + exSeleka + ".xmi")));
            assertTrue(Files.exists(jmac.repo.root().resolve("compartments/" + SHARED + "/actor/" + exSeleka + ".xmi")));
            assertEquals(0, jmac.repo.status().uncommitted(), "the release is committed in the workspace as well");

            // References resolve across compartments, also those written before the move.
            jmac.reload();
            String after = jmac.relate("Anti-Balaka Militia", "Ex-Seleka Coalition", "rivalry");
            jmac.repo.commit("New relation across compartments", ConcurrentEditTest.JMAC);
            jmac.reload();
            for (String relation : List.of(before, after)) {
                Relation loaded = (Relation) jmac.workspace().get(relation).orElseThrow();
                assertFalse(loaded.getTo().eIsProxy(), relation);
                assertEquals("Ex-Seleka Coalition", loaded.getTo().getName());
            }
            assertEquals(SHARED, jmac.workspace().compartmentOf(jmac.find(exSeleka)).orElseThrow());

            SyncResult synced = jmac.sync(rootRemote.toString());
            assertTrue(synced.pushed());
            assertTrue(synced.compartments().get(SHARED).pushed(), "the compartment syncs with its own remote");

            // U2 without the compartment: the actor is not available; mounted: it is.
            try (Analyst u2 = Analyst.clone(rootRemote.toString(), tmp.resolve("u2"), ConcurrentEditTest.U2)) {
                assertTrue(u2.workspace().get(exSeleka).isEmpty());
                assertTrue(u2.workspace().loadProblems().stream()
                    .anyMatch(p -> p.toString().contains("not available to you (compartment " + SHARED + " is not mounted)")),
                    u2.workspace().loadProblems().toString());
                u2.repo.mount(SHARED, sharedRemote.toString());
                u2.reload();
                Relation loaded = (Relation) u2.workspace().get(after).orElseThrow();
                assertEquals("Ex-Seleka Coalition", loaded.getTo().getName());
                assertEquals(0, u2.repo.status().uncommitted(), "a mounted compartment is not part of the workspace's own repository");
            }
        }
    }

    @Test
    void badCompartmentsAreClearErrors() throws Exception {
        try (Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC, "Ex-Seleka Coalition")) {
            assertThrows(IllegalArgumentException.class, () -> jmac.repo.createCompartment("../escape", "CONFIDENTIAL", List.of(), "", ConcurrentEditTest.JMAC));
            IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> jmac.repo.createCompartment("x", "TOP_SECRET_ISH", List.of(), "", ConcurrentEditTest.JMAC));
            assertTrue(level.getMessage().contains("TOP_SECRET_ISH"), level.getMessage());
            IllegalArgumentException notMounted = assertThrows(IllegalArgumentException.class,
                () -> jmac.repo.release("Ex-Seleka Coalition", "jmac-only", ConcurrentEditTest.JMAC));
            assertTrue(notMounted.getMessage().contains("jmac-only"), notMounted.getMessage());
            Path plain = GitServers.bare(tmp.resolve("plain.git"));
            java.io.IOException noCeiling = assertThrows(java.io.IOException.class, () -> jmac.repo.mount("plain", plain.toString()));
            assertTrue(noCeiling.getMessage().contains("plain"), noCeiling.getMessage());
            assertFalse(Files.exists(jmac.repo.root().resolve("compartments/plain")), "a failed mount leaves nothing behind");
        }
    }
}
