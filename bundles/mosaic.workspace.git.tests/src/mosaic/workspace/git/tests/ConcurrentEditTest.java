package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.workspace.git.Conflict;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.SyncResult;

/** A JMAC workspace and a U2 workspace edit the same actors at the same time and sync through a bare repository. */
class ConcurrentEditTest {

    static final Identity JMAC = new Identity("Jo Mac", "jo@jmac.invalid", "JMAC");
    static final Identity U2 = new Identity("Uma Two", "uma@u2.invalid", "U2");

    @TempDir
    Path tmp;
    Analyst jmac;
    Analyst u2;

    @BeforeEach
    void setUp() throws Exception {
        Path remote = GitServers.bare(tmp.resolve("shared.git"));
        jmac = Analyst.create(tmp.resolve("jmac"), JMAC, "Ex-Seleka Coalition", "Anti-Balaka Militia");
        assertTrue(jmac.sync(remote.toString()).pushed());
        u2 = Analyst.clone(remote.toString(), tmp.resolve("u2"), U2);
    }

    @AfterEach
    void tearDown() {
        jmac.close();
        u2.close();
    }

    /** JMAC syncs, U2 syncs (merging), JMAC syncs again: both end on the same tree. */
    private SyncResult roundTrip() throws Exception {
        jmac.sync();
        SyncResult merge = u2.sync();
        jmac.sync();
        assertEquals(jmac.tree(), u2.tree(), "both clones hold the same objects after syncing");
        return merge;
    }

    @Test
    void disjointFieldsMergeSilently() throws Exception {
        jmac.set("Ex-Seleka Coalition", "description", "Controls the north-east");
        jmac.set("Ex-Seleka Coalition", "aliases", "ExS, Seleka");
        u2.set("Ex-Seleka Coalition", "strength", "1200");
        u2.set("Ex-Seleka Coalition", "aliases", "Seleka, FPRC");
        SyncResult merge = roundTrip();
        assertEquals(SyncResult.Merge.MERGED, merge.merge());
        assertTrue(merge.conflicts().isEmpty(), merge.conflicts().toString());
        for (Analyst analyst : List.of(jmac, u2)) {
            assertEquals("Controls the north-east", analyst.get("Ex-Seleka Coalition", "description"));
            assertEquals("1200", analyst.get("Ex-Seleka Coalition", "strength"));
            // U2 merged: its own order first, then what JMAC added
            assertEquals("Seleka, FPRC, ExS", analyst.get("Ex-Seleka Coalition", "aliases"));
        }
        assertTrue(jmac.repo.conflicts().isEmpty() && u2.repo.conflicts().isEmpty());
    }

    @Test
    void sameFieldIsAConflictThatNamesTheLoserAndCanBeResolved() throws Exception {
        String id = jmac.id("Anti-Balaka Militia");
        jmac.set(id, "name", "Anti-Balaka (Mokom wing)");
        u2.set(id, "name", "Anti-Balaka (Ngaissona wing)");
        jmac.set(id, "marking.classification", "CONFIDENTIAL");
        SyncResult merge = roundTrip();
        assertEquals(1, merge.conflicts().size(), merge.conflicts().toString());
        Conflict conflict = merge.conflicts().get(0);
        assertEquals("name", conflict.field());
        assertEquals("Anti-Balaka Militia", conflict.base());
        assertEquals("Anti-Balaka (Ngaissona wing)", conflict.mine());
        assertEquals("Anti-Balaka (Mokom wing)", conflict.theirs());
        assertEquals("Anti-Balaka (Ngaissona wing)", u2.get(id, "name"), "the merge keeps mine until resolved");
        assertEquals("CONFIDENTIAL", u2.get(id, "marking.classification"), "the other field merged");
        String mergeMessage = message(u2, merge.mergeCommit());
        assertTrue(mergeMessage.contains("lost theirs 'Anti-Balaka (Mokom wing)'"), mergeMessage);
        assertEquals(List.of(conflict), u2.repo.conflicts(), "the conflict stays open");

        RevCommit resolution = u2.repo.resolve(id, "name", "theirs", U2);
        u2.reload();
        assertEquals("Anti-Balaka (Mokom wing)", u2.get(id, "name"));
        assertEquals("Uma Two", u2.get(id, "provenance.changedBy"), "the analyst who resolved changed the object");
        assertTrue(resolution.getFullMessage().contains("Anti-Balaka (Ngaissona wing)"), "the resolution names the losing value");
        assertTrue(u2.repo.conflicts().isEmpty());
        roundTrip();
        assertEquals("Anti-Balaka (Mokom wing)", jmac.get(id, "name"));
    }

    @Test
    void deleteAgainstEditKeepsTheEditUntilResolved() throws Exception {
        String id = jmac.id("Anti-Balaka Militia");
        jmac.delete(id);
        u2.set(id, "description", "Still active around Bossangoa");
        SyncResult merge = roundTrip();
        assertEquals(1, merge.conflicts().size());
        Conflict conflict = merge.conflicts().get(0);
        assertEquals(Conflict.DELETED, conflict.field());
        assertEquals("changed", conflict.mine());
        assertEquals("deleted", conflict.theirs());
        assertEquals(Conflict.Side.MINE, conflict.kept());
        assertEquals("Still active around Bossangoa", jmac.get(id, "description"), "nothing is dropped silently");

        u2.repo.resolve(id, Conflict.DELETED, "theirs", U2);
        u2.reload();
        assertFalse(u2.workspace().get(id).isPresent());
        roundTrip();
        jmac.reload();
        assertFalse(jmac.workspace().get(id).isPresent());
    }

    @Test
    void newRelationToAnActorDeletedOnTheOtherSideIsReported() throws Exception {
        String deleted = jmac.id("Anti-Balaka Militia");
        jmac.delete(deleted);
        String relation = u2.relate("Ex-Seleka Coalition", "Anti-Balaka Militia", "rivalry");
        SyncResult merge = roundTrip();
        assertTrue(merge.conflicts().isEmpty());
        assertEquals(1, merge.danglingReferences().size(), merge.danglingReferences().toString());
        assertTrue(merge.danglingReferences().get(0).contains(relation) && merge.danglingReferences().get(0).contains(deleted));
        assertTrue(message(u2, merge.mergeCommit()).contains("References to deleted objects"));
        assertTrue(Files.exists(jmac.repo.root().resolve("relation/" + relation + ".xmi")), "the new relation is kept");
        assertTrue(jmac.workspace().loadProblems().stream().anyMatch(p -> p.toString().contains("not in the workspace")),
            "the workspace reports the dangling reference when loading");
    }

    static String message(Analyst analyst, String commit) throws Exception {
        try (RevWalk walk = new RevWalk(analyst.repo.repository())) {
            return walk.parseCommit(analyst.repo.repository().resolve(commit)).getFullMessage();
        }
    }

    @Test
    void syncsKeepTheRepositoryPackedAsGitWould() throws Exception {
        // git's limit on packs before it merges them, low here so that a few syncs pass it
        u2.repo.repository().getConfig().setInt("gc", null, "autoPackLimit", 2);
        // and the packs it replaced go at once, not an hour later
        u2.repo.repository().getConfig().setString("gc", null, "prunePackExpire", "now");
        u2.repo.repository().getConfig().save();
        for (int i = 0; i < 6; i++) {
            jmac.set("Ex-Seleka Coalition", "strength", Integer.toString(1000 + i));
            assertTrue(jmac.sync().pushed());
            u2.sync();
        }
        u2.reload();
        assertEquals("1005", u2.get("Ex-Seleka Coalition", "strength"));
        long packs;
        try (var files = Files.list(u2.repo.root().resolve(".git/objects/pack"))) {
            packs = files.filter(f -> f.getFileName().toString().endsWith(".pack")).count();
        }
        // JGit packs what branches reach apart from the rest, so a packed repository has up to two
        assertTrue(packs <= 3, packs + " packs after six syncs, more than gc.autoPackLimit allows");
    }
}
