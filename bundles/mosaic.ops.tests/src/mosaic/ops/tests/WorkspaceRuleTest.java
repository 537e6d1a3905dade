package mosaic.ops.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.ops.WorkspaceRule;

/** One scheduling rule per workspace folder, run by the platform's job manager with real jobs. */
class WorkspaceRuleTest {

    @TempDir
    Path tmp;

    @Test
    void rulesOfOneFolderConflictAndContainEachOtherAndThoseOfOthersDoNot() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        WorkspaceRule ruleA = WorkspaceRule.of(a);
        WorkspaceRule sameA = WorkspaceRule.of(b.resolve("../a"));
        WorkspaceRule ruleB = WorkspaceRule.of(b);
        assertTrue(ruleA.isConflicting(ruleA));
        assertTrue(ruleA.isConflicting(sameA));
        assertTrue(sameA.isConflicting(ruleA));
        assertTrue(ruleA.contains(sameA));
        assertTrue(sameA.contains(ruleA));
        assertEquals(ruleA, sameA);
        assertEquals(ruleA.hashCode(), sameA.hashCode());
        assertFalse(ruleA.isConflicting(ruleB));
        assertFalse(ruleB.isConflicting(ruleA));
        assertFalse(ruleA.contains(ruleB));
        ISchedulingRule other = new ISchedulingRule() {
            @Override
            public boolean contains(ISchedulingRule rule) {
                return rule == this;
            }

            @Override
            public boolean isConflicting(ISchedulingRule rule) {
                return rule == this;
            }
        };
        assertFalse(ruleA.isConflicting(other));
        assertFalse(ruleA.contains(other));
        // a job may hold the rule together with another one (git work on the workspace)
        ISchedulingRule both = MultiRule.combine(other, sameA);
        assertTrue(both.isConflicting(ruleA));
        assertTrue(both.contains(ruleA));
    }

    @Test
    void jobsHoldingTheRuleOfOneWorkspaceNeverRunAtOnce() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("ws"));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // a fresh rule object each time, half of them through another spelling of the path
            WorkspaceRule rule = WorkspaceRule.of(i % 2 == 0 ? root : tmp.resolve("x/../ws"));
            Job job = Job.create("change " + i, (IProgressMonitor monitor) -> {
                int now = running.incrementAndGet();
                most.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                finished.incrementAndGet();
                return Status.OK_STATUS;
            });
            job.setRule(rule);
            jobs.add(job);
        }
        jobs.forEach(Job::schedule);
        for (Job job : jobs) {
            job.join(20_000, null);
        }
        assertEquals(4, finished.get());
        assertEquals(1, most.get(), "jobs of one workspace ran side by side");
    }

    @Test
    void jobsOfDifferentWorkspacesRunSideBySide() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        boolean[] sawSecond = new boolean[1];
        Job holding = new Job("holds the first workspace") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                firstStarted.countDown();
                try {
                    // still holding its rule, it waits for a job of the other workspace to start
                    sawSecond[0] = secondStarted.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Status.OK_STATUS;
            }
        };
        holding.setRule(WorkspaceRule.of(first));
        Job other = new Job("changes the second workspace") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                secondStarted.countDown();
                return Status.OK_STATUS;
            }
        };
        other.setRule(WorkspaceRule.of(second));
        holding.schedule();
        assertTrue(firstStarted.await(20, TimeUnit.SECONDS));
        other.schedule();
        holding.join(30_000, null);
        other.join(30_000, null);
        assertTrue(sawSecond[0], "a job of another workspace waited for the first workspace's job");
    }

    @Test
    void aJobOfTheSameWorkspaceWaitsUntilTheRuleIsFree() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("ws"));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        AtomicInteger order = new AtomicInteger();
        int[] secondRanAt = new int[1];
        Job first = Job.create("first", (IProgressMonitor monitor) -> {
            firstStarted.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order.incrementAndGet();
            return Status.OK_STATUS;
        });
        first.setRule(WorkspaceRule.of(root));
        Job second = Job.create("second", (IProgressMonitor monitor) -> {
            secondRanAt[0] = order.incrementAndGet();
            return Status.OK_STATUS;
        });
        second.setRule(WorkspaceRule.of(root));
        first.schedule();
        assertTrue(firstStarted.await(20, TimeUnit.SECONDS));
        second.schedule();
        Thread.sleep(300);
        assertEquals(Job.WAITING, second.getState(), "the second job did not wait for the rule");
        release.countDown();
        first.join(20_000, null);
        second.join(20_000, null);
        assertEquals(2, secondRanAt[0]);
    }
}
