package mosaic.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.core.workspace.SyntheticObjects;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * {@code bench workspace --objects N}: generates N objects into a scratch workspace, then
 * measures saving them and loading them through the workspace API, against a plain EMF
 * baseline (every file loaded into one resource set with default options, one after the
 * other) measured on the same files in the same run.
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "workspace [--objects N] [--runs R] [--dir DIR] [--naive-baseline] [--generate-only] [--json]";
    }

    @Override
    public String description() {
        return "measure workspace load and save against plain EMF on N generated objects (default 10000)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> positional = context.checkOptions(List.of("json", "keep", "naive-baseline", "generate-only"), List.of("objects", "runs", "dir", "seed"));
        if (positional.size() != 1 || !positional.get(0).equals("workspace")) {
            throw new UsageException("bench: say what to measure: bench workspace --objects N");
        }
        int count = context.positiveInt("objects", 10_000);
        int runs = context.positiveInt("runs", 3);
        long seed = context.option("seed").map(Long::parseLong).orElse(42L);
        Path dir = context.option("dir").map(Path::of).orElse(null);
        boolean keep = context.flag("keep") || dir != null;
        Path scratch = dir != null ? dir : Files.createTempDirectory("mosaic-bench-");
        try {
            return measure(context, count, runs, seed, scratch, !context.flag("naive-baseline"));
        } finally {
            if (!keep) {
                deleteTree(scratch);
            }
        }
    }

    private int measure(CommandContext context, int count, int runs, long seed, Path scratch, boolean indexed) throws Exception {
        context.err().printf("bench: generating %d objects in %s%n", count, scratch);
        Workspace created = Workspace.init(scratch, null);
        List<MosaicObject> objects = SyntheticObjects.generate(count, seed);
        objects.forEach(created::add);
        long t0 = System.nanoTime();
        created.saveAll(new NullProgressMonitor());
        double firstSave = seconds(t0);
        if (context.flag("generate-only")) {
            context.out().println("generated " + count + " objects in " + scratch);
            return OK;
        }
        created = null;
        objects = null;
        List<Path> files = objectFiles(scratch);

        double[] load = new double[runs];
        double[] baseline = new double[runs];
        double[] save = new double[runs];
        long[] heap = new long[runs];
        long[] baselineHeap = new long[runs];
        int loaded = 0;
        for (int run = 0; run < runs; run++) {
            // alternate, so that neither side always runs on a warmer JVM
            gc();
            resetPeaks();
            long start = System.nanoTime();
            ResourceSet plain = plainLoad(files, indexed);
            baseline[run] = seconds(start);
            baselineHeap[run] = peakHeap();
            plain = null;

            gc();
            resetPeaks();
            start = System.nanoTime();
            Workspace workspace = Workspace.open(scratch, new NullProgressMonitor());
            load[run] = seconds(start);
            heap[run] = peakHeap();
            loaded = workspace.size();
            if (!workspace.loadProblems().isEmpty()) {
                context.err().println("bench: load problems: " + workspace.loadProblems().get(0));
            }
            for (MosaicObject object : workspace.all()) {
                object.eResource().setModified(true);
            }
            start = System.nanoTime();
            workspace.saveAll(new NullProgressMonitor());
            save[run] = seconds(start);
            workspace = null;
        }
        if (loaded != count) {
            context.err().printf("bench: loaded %d objects, expected %d%n", loaded, count);
            return FAILURE;
        }
        double loadMedian = median(load);
        double baselineMedian = median(baseline);
        double saveMedian = median(save);
        long heapMax = Arrays.stream(heap).max().orElse(0);
        long baselineHeapMax = Arrays.stream(baselineHeap).max().orElse(0);
        double ratio = baselineMedian / loadMedian;
        if (context.flag("json")) {
            context.out().println("{\"objects\": " + count + ", \"runs\": " + runs
                + ", \"load_seconds\": " + round(loadMedian) + ", \"load_objects_per_second\": " + Math.round(count / loadMedian)
                + ", \"save_seconds\": " + round(saveMedian) + ", \"save_objects_per_second\": " + Math.round(count / saveMedian)
                + ", \"first_save_seconds\": " + round(firstSave)
                + ", \"peak_heap_mib\": " + heapMax / (1 << 20)
                + ", \"baseline_load_seconds\": " + round(baselineMedian)
                + ", \"baseline_peak_heap_mib\": " + baselineHeapMax / (1 << 20)
                + ", \"baseline\": " + Json.quote(indexed ? "plain EMF, createResource + load" : "plain EMF, getResource")
                + ", \"load_speedup_vs_plain_emf\": " + round(ratio)
                + ", \"max_heap_mib\": " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + ", \"processors\": " + Runtime.getRuntime().availableProcessors()
                + ", \"workspace\": " + Json.quote(scratch.toString()) + "}");
        } else {
            var out = context.out();
            out.printf("objects            %d (%d files), median of %d runs, %d processors, max heap %d MiB%n", count,
                files.size(), runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1 << 20));
            out.printf("load (workspace)   %8.3f s  %10.0f objects/s  peak heap %d MiB%n", loadMedian, count / loadMedian, heapMax / (1 << 20));
            out.printf("load (plain EMF)   %8.3f s  %10.0f objects/s  peak heap %d MiB  (one resource set, default options%s)%n",
                baselineMedian, count / baselineMedian, baselineHeapMax / (1 << 20), indexed ? ", createResource + load" : ", getResource");
            out.printf("load ratio         %8.2f x  plain EMF time / workspace time (above 1: workspace faster)%n", ratio);
            out.printf("save (workspace)   %8.3f s  %10.0f objects/s  (every object rewritten, atomic, unchanged bytes skipped)%n",
                saveMedian, count / saveMedian);
            out.printf("first save         %8.3f s  %10.0f objects/s  (new files)%n", firstSave, count / firstSave);
        }
        return OK;
    }

    /**
     * The baseline: every file loaded into one resource set with default load options, one after
     * the other: {@code createResource(uri).load(null)}. With --naive-baseline it is
     * {@code getResource(uri, true)} instead, for which EMF first scans every resource already
     * loaded, which makes the baseline quadratic in the number of files.
     */
    private static ResourceSet plainLoad(List<Path> files, boolean direct) throws IOException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        for (Path file : files) {
            URI uri = URI.createFileURI(file.toString());
            Resource resource;
            if (direct) {
                resource = resourceSet.createResource(uri);
                resource.load(null);
            } else {
                resource = resourceSet.getResource(uri, true);
            }
            if (resource.getContents().isEmpty()) {
                throw new IllegalStateException("baseline could not load " + file);
            }
        }
        return resourceSet;
    }

    private static List<Path> objectFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String kind : Kinds.names()) {
            Path folder = root.resolve(kind);
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.xmi")) {
                    entries.forEach(files::add);
                }
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the real peak). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
