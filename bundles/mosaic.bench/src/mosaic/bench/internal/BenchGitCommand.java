package mosaic.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.SyntheticObjects;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.workspace.git.Identity;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/**
 * {@code bench git [--objects N] [--changes C] [--dir DIR]}: in an N-object workspace (default
 * 50,000), the commit of C changed objects (default 1,000) and a sync between two clones, next to
 * {@code git add -A && git commit} and {@code git pull && git push} with the git command line on
 * identical trees in the same run; prints the times and ratios. The same round runs first, untimed,
 * on a workspace of at most 5,000 objects, so that neither side is measured cold.
 */
public final class BenchGitCommand implements Command {

    static final String SYNOPSIS = "[--objects N] [--changes C] [--dir DIR] [--seed S]";

    private static final Identity BENCH = new Identity("Mosaic Bench", "bench@mosaic.invalid", "BENCH");

    @Override
    public String name() {
        return "bench git";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "time commit and sync of a large workspace against the git command line";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of(), List.of("objects", "changes", "dir", "seed"));
        if (!extra.isEmpty()) {
            throw new UsageException(context.commandName() + ": unexpected argument " + extra.get(0));
        }
        int count = context.positiveInt("objects", 50_000);
        int changes = context.positiveInt("changes", 1_000);
        if (2 * changes > count) {
            throw new UsageException("bench git: --changes " + changes + " needs at least " + 2 * changes + " objects");
        }
        long seed;
        try {
            seed = Long.parseLong(context.option("seed").orElse("42"));
        } catch (NumberFormatException e) {
            throw new UsageException("bench git: --seed needs a whole number, not '" + context.option("seed").get() + "'");
        }
        Path dir = context.option("dir").map(Path::of).orElse(null);
        Path scratch = dir != null ? dir : Files.createTempDirectory("mosaic-bench-git-");
        if (dir != null && Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + ": --dir must be a new or empty folder");
                }
            }
        }
        try {
            return measure(context, count, changes, seed, scratch);
        } finally {
            if (dir == null) {
                deleteTree(scratch);
            }
        }
    }

    /** Times of one round: Mosaic's and git's commit, push and merging sync, in seconds. */
    private record Round(double commitMosaic, double pushMosaic, double syncMosaic, double commitGit, double pushGit, double syncGit) {
    }

    private int measure(CommandContext context, int count, int changes, long seed, Path scratch) throws Exception {
        // The same round on a smaller workspace first, untimed: JGit's code would otherwise be
        // measured while the JIT compiles it (a workbench that has been running has it compiled),
        // and both sides find the git and JGit programs in the page cache.
        int warmCount = Math.min(count, 5_000);
        int warmChanges = Math.max(1, Math.min(changes, warmCount / 2) / 5);
        context.err().printf("bench git: warming up on %d objects%n", warmCount);
        round(context, warmCount, warmChanges, seed + 1, Files.createDirectories(scratch.resolve("warmup")));
        Round r = round(context, count, changes, seed, Files.createDirectories(scratch.resolve("measured")));
        if (r == null) {
            return FAILURE;
        }
        context.out().printf(Locale.ROOT, "%d objects, %d changed on each side (after an untimed round on %d objects)%n", count, changes,
            warmCount);
        row(context, "commit (mosaic commit / git add -A && git commit)", r.commitMosaic(), r.commitGit());
        row(context, "first sync, push only (mosaic sync / git push)", r.pushMosaic(), r.pushGit());
        row(context, "second sync, merge (mosaic sync / git pull && git push)", r.syncMosaic(), r.syncGit());
        return OK;
    }

    /** One round in its own folder; {@code null} when Mosaic's sync did not merge cleanly (said on stderr). */
    private Round round(CommandContext context, int count, int changes, long seed, Path scratch) throws Exception {
        context.err().printf("bench git: generating %d objects in %s%n", count, scratch);
        Path seedTree = scratch.resolve("seed");
        Workspace created = Workspace.init(seedTree, null);
        SyntheticObjects.generate(count, seed).forEach(created::add);
        created.saveAll(new NullProgressMonitor());
        created = null;
        try (VersionedWorkspace initial = VersionedWorkspace.open(seedTree)) {
            initial.commit("Generated workspace", BENCH);
        }
        Path mosaicRemote = scratch.resolve("mosaic-remote.git");
        Path gitRemote = scratch.resolve("git-remote.git");
        git(scratch, "clone", "-q", "--bare", seedTree.toString(), mosaicRemote.toString());
        git(scratch, "clone", "-q", "--bare", seedTree.toString(), gitRemote.toString());
        // No background garbage collection in either remote while we measure (or delete).
        git(mosaicRemote, "config", "receive.autogc", "false");
        git(gitRemote, "config", "receive.autogc", "false");
        context.err().println("bench git: cloning");
        Path m1 = scratch.resolve("mosaic-1");
        Path m2 = scratch.resolve("mosaic-2");
        Path g1 = scratch.resolve("git-1");
        Path g2 = scratch.resolve("git-2");
        VersionedWorkspace.clone(mosaicRemote.toUri().toString(), m1, null).close();
        VersionedWorkspace.clone(mosaicRemote.toUri().toString(), m2, null).close();
        git(scratch, "clone", "-q", gitRemote.toString(), g1.toString());
        git(scratch, "clone", "-q", gitRemote.toString(), g2.toString());

        context.err().printf("bench git: changing %d objects in each clone%n", changes);
        edit(m1, g1, 0, changes, "JMAC");
        edit(m2, g2, changes, changes, "U2");

        double commitMosaic;
        double pushMosaic;
        double syncMosaic;
        SyncResult synced;
        try (VersionedWorkspace one = VersionedWorkspace.open(m1); VersionedWorkspace two = VersionedWorkspace.open(m2)) {
            long start = System.nanoTime();
            one.commit("Changes from JMAC", BENCH);
            commitMosaic = seconds(start);
            start = System.nanoTime();
            one.sync(null, BENCH, new NullProgressMonitor());
            pushMosaic = seconds(start);
            two.commit("Changes from U2", BENCH);
            start = System.nanoTime();
            synced = two.sync(null, BENCH, new NullProgressMonitor());
            syncMosaic = seconds(start);
        }
        long start = System.nanoTime();
        git(g1, "add", "-A");
        git(g1, "commit", "-q", "-m", "Changes from JMAC");
        double commitGit = seconds(start);
        start = System.nanoTime();
        git(g1, "push", "-q");
        double pushGit = seconds(start);
        git(g2, "add", "-A");
        git(g2, "commit", "-q", "-m", "Changes from U2");
        start = System.nanoTime();
        git(g2, "pull", "-q", "--no-rebase", "--no-edit");
        git(g2, "push", "-q");
        double syncGit = seconds(start);

        if (synced.merge() != SyncResult.Merge.MERGED || !synced.pushed() || !synced.conflicts().isEmpty()) {
            context.err().println("bench git: the sync did not merge cleanly: " + synced);
            return null;
        }
        return new Round(commitMosaic, pushMosaic, syncMosaic, commitGit, pushGit, syncGit);
    }

    private static void row(CommandContext context, String what, double mosaic, double git) {
        context.out().printf(Locale.ROOT, "%-58s mosaic %7.3f s  git %7.3f s  ratio %5.2fx%n", what, mosaic, git, mosaic / git);
    }

    /** Changes {@code n} objects from index {@code first} in {@code mosaicTree} and copies the same files into {@code gitTree}. */
    private static void edit(Path mosaicTree, Path gitTree, int first, int n, String who) throws Exception {
        Workspace workspace = Workspace.open(mosaicTree, new NullProgressMonitor());
        workspace.setUser(who, who);
        List<MosaicObject> all = workspace.all();
        List<MosaicObject> changed = new ArrayList<>(all.subList(first, first + n));
        for (MosaicObject object : changed) {
            Kinds.setTitle(object, Kinds.title(object) + " (" + who + ")");
        }
        workspace.saveAll(new NullProgressMonitor());
        for (MosaicObject object : changed) {
            String relative = workspace.relative(workspace.fileOf(object));
            Files.copy(mosaicTree.resolve(relative), gitTree.resolve(relative), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Mosaic Bench", "-c", "user.email=bench@mosaic.invalid", "-c", "gc.auto=0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir + ": " + output.strip());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
