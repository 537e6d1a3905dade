package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.workspace.git.Conflict;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.SyncResult;

/**
 * Two clones make 1,000 random edits each, syncing at random moments through {@code git daemon};
 * some pushes are refused mid-way by a pre-receive hook and some syncs go to a dead server. At the
 * end both clones are identical and every edit is present, or was visibly replaced by a later
 * edit of someone who saw it, or is named as the losing side of a resolved conflict. The seed is
 * printed on failure; run again with {@code -Dmosaic.test.seed=N}.
 */
class RandomizedSyncTest {

    private static final int EDITS = 1_000;
    private static final String[] ACTORS = {"Actor A", "Actor B", "Actor C", "Actor D", "Actor E", "Actor F"};
    private static final String[] FIELDS = {"description", "history", "modusOperandi", "structure", "intentAndMotivation",
        "capabilitiesAndResources", "relationshipWithMission"};

    @TempDir
    Path tmp;

    /** One edit made by one analyst. */
    private record Edit(String object, String field, String value) {
    }

    @Test
    void twoClonesThousandEditsEachNothingLost() throws Exception {
        long seed = Long.getLong("mosaic.test.seed", System.nanoTime());
        try {
            run(seed);
        } catch (AssertionError | Exception e) {
            throw new AssertionError("randomized sync failed with seed " + seed + " (-Dmosaic.test.seed=" + seed + "): " + e.getMessage(), e);
        }
    }

    private void run(long seed) throws Exception {
        Random random = new Random(seed);
        Path served = tmp.resolve("served");
        Path bare = GitServers.bare(served.resolve("shared.git"));
        Path refuse = bare.resolve("refuse-push");
        Path hook = bare.resolve("hooks/pre-receive");
        Files.writeString(hook, "#!/bin/sh\nif [ -e \"" + refuse + "\" ]; then echo 'push cut off by the test' >&2; exit 1; fi\nexit 0\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        String dead = "git://127.0.0.1:" + GitServers.freePort() + "/shared.git";
        List<Edit> edits = new ArrayList<>();
        Set<String> replacedWhileVisible = new HashSet<>();
        int refused = 0;
        int unreachable = 0;
        int conflicts = 0;
        try (GitServers.Daemon daemon = new GitServers.Daemon(served);
                Analyst a = Analyst.create(tmp.resolve("a"), new Identity("Analyst A", "a@jmac.invalid", "JMAC"), ACTORS)) {
            String url = daemon.url("shared.git");
            assertTrue(a.sync(url).pushed());
            try (Analyst b = Analyst.clone(url, tmp.resolve("b"), new Identity("Analyst B", "b@u2.invalid", "U2"))) {
                Analyst[] analysts = {a, b};
                int[] made = new int[2];
                while (made[0] < EDITS || made[1] < EDITS) {
                    int who = made[0] >= EDITS ? 1 : made[1] >= EDITS ? 0 : random.nextInt(2);
                    Analyst analyst = analysts[who];
                    String object = ACTORS[random.nextInt(ACTORS.length)];
                    String field = FIELDS[random.nextInt(FIELDS.length)];
                    String value = (who == 0 ? "A-" : "B-") + made[who]++;
                    String before = analyst.get(object, field);
                    if (!before.isEmpty()) {
                        replacedWhileVisible.add(before);
                    }
                    analyst.set(object, field, value);
                    edits.add(new Edit(object, field, value));
                    if (random.nextInt(20) == 0) {
                        if (random.nextInt(20) == 0) {
                            ObjectId head = analyst.repo.head();
                            assertThrows(IOException.class, () -> analyst.repo.sync(dead, analyst.who, null));
                            unreachable++;
                            assertEquals(0, analyst.repo.status().uncommitted(), "a failed sync leaves no half-merged files");
                            assertTrue(analyst.repo.head().equals(head) || parentOf(analyst, analyst.repo.head()).equals(head),
                                "a failed sync moves HEAD only by the commit of pending work");
                            analyst.reload();
                            continue;
                        }
                        boolean cut = random.nextInt(6) == 0;
                        if (cut) {
                            Files.writeString(refuse, "");
                        }
                        SyncResult result = analyst.sync();
                        Files.deleteIfExists(refuse);
                        if (cut) {
                            refused++;
                            assertTrue(!result.pushed() || result.merge() == SyncResult.Merge.UP_TO_DATE && analyst.repo.status().ahead() == 0,
                                "a cut push is reported: " + result);
                        }
                        conflicts += resolveAll(analyst, random);
                    }
                }
                // Both analysts may resolve the same conflict differently: that is a new conflict,
                // settled in the next round. Sync and resolve until nothing is open and both agree.
                for (int round = 0; round < 10; round++) {
                    for (Analyst analyst : analysts) {
                        analyst.sync();
                        conflicts += resolveAll(analyst, random);
                    }
                    if (a.repo.conflicts().isEmpty() && b.repo.conflicts().isEmpty() && a.repo.head().equals(b.repo.head())) {
                        break;
                    }
                }
                a.sync();
                b.sync(); // may merge a's last resolutions with its own: one more sync brings that merge to a
                a.sync();
                assertEquals(a.tree(), b.tree(), "both clones end identical");
                assertEquals(a.repo.head(), b.repo.head(), "both clones end on the same commit");
                assertTrue(a.repo.conflicts().isEmpty() && b.repo.conflicts().isEmpty(), "no conflict left open");

                String history = allMessages(a);
                int lost = 0;
                StringBuilder missing = new StringBuilder();
                for (Edit edit : edits) {
                    String now = a.get(edit.object(), edit.field());
                    boolean present = now.equals(edit.value());
                    boolean replaced = replacedWhileVisible.contains(edit.value());
                    boolean namedLoser = history.contains("'" + edit.value() + "'");
                    if (!present && !replaced && !namedLoser) {
                        lost++;
                        if (missing.length() < 500) {
                            missing.append(edit).append(" (now '").append(now).append("') ");
                        }
                    }
                }
                if (lost > 0) {
                    fail(lost + " edit(s) lost: " + missing);
                }
                assertTrue(refused > 0 && conflicts > 0, "the run exercised cut pushes (" + refused + ") and conflicts (" + conflicts
                    + "); unreachable syncs: " + unreachable);
            }
        }
    }

    private static ObjectId parentOf(Analyst analyst, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(analyst.repo.repository())) {
            RevCommit parsed = walk.parseCommit(commit);
            return parsed.getParentCount() == 0 ? ObjectId.zeroId() : parsed.getParent(0).copy();
        }
    }

    /** Resolves every open conflict, at random keeping mine or theirs; returns how many. */
    private static int resolveAll(Analyst analyst, Random random) throws Exception {
        List<Conflict> open = analyst.repo.conflicts();
        for (Conflict conflict : open) {
            analyst.repo.resolve(conflict.objectId(), conflict.field(), random.nextBoolean() ? "mine" : "theirs", analyst.who);
        }
        analyst.reload();
        return open.size();
    }

    private static String allMessages(Analyst analyst) throws IOException {
        StringBuilder messages = new StringBuilder();
        try (RevWalk walk = new RevWalk(analyst.repo.repository())) {
            walk.markStart(walk.parseCommit(analyst.repo.head()));
            for (RevCommit commit : walk) {
                messages.append(commit.getFullMessage()).append('\n');
            }
        }
        return messages.toString();
    }
}
