package mosaic.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.Entity;
import mosaic.search.EntityMatcher;
import mosaic.search.Ingest;
import mosaic.search.SearchException;
import mosaic.search.SearchIndex;
import mosaic.search.ReportText;
import mosaic.search.SearchQuery;
import mosaic.search.Searcher;

/**
 * {@code bench search [--docs N] [--passages N] [--queries N] [--seed S] [--dir DIR] [--json]}: two
 * measurements on a generated archive, in a temporary folder (under {@code --dir}, by default the
 * system's temporary folder).
 * <ol>
 * <li>Ingest throughput: {@code --docs} text reports (default 2,000) ingested into a new workspace
 * by {@link Ingest} (extraction, hashing, content store, report records, entity linking, index),
 * next to a bare Lucene loop that adds the same extracted passages to an {@link IndexWriter} with
 * a {@link StandardAnalyzer}, one document per passage. The ratio (Mosaic's throughput over the
 * bare loop's) is Mosaic's overhead: 1 would be none. A third side indexes the same passages as
 * Mosaic's documents (linking, report documents, all fields) without the workspace, to separate
 * the index's overhead from that of storing originals and records. As JMH forks, each side runs
 * in a JVM of its own, started as this one was: untimed runs until the JIT has settled (two runs in
 * a row with at most a tenth of their time compiling; {@code --warmup-iterations N} fixes the count),
 * then {@code --iterations} timed ones (default 5: with two cores the JIT still compiles in a burst
 * now and then, and the median of five is not moved by one such run), each into a new index or workspace; its
 * figure is the median of the timed runs. This measures the steady state of a long ingest, with
 * the JIT settled. {@code --same-jvm} runs the three sides in this JVM instead, each once on
 * {@code --warmup} reports (default 300) and then once timed, as earlier versions did.</li>
 * <li>Query latency: an index of at least {@code --passages} passages (default 200,000), built
 * directly with the same documents, then {@code --queries} (default 1,000) mixed queries (terms,
 * AND, phrases, prefixes, fuzzy, type and date filters, mentions, distance, facets, date sort), each
 * as a CONFIDENTIAL reader with one compartment, timed with snippets; 100 warm-up queries first.
 * Wall-clock percentiles are printed with the thread CPU time per query and the system load
 * average, since on a shared machine the first include waiting for a processor.</li>
 * <li>OCR throughput: {@code --ocr-pages} page images (default {@value #OCR_PAGES}; 0 skips) read
 * through Mosaic's OCR, beside the {@code tesseract} command on the same images (see {@link BenchOcr}).</li>
 * </ol>
 */
public final class BenchSearchCommand implements Command {

    private static final int PASSAGES_PER_REPORT = 4;
    /**
     * Untimed runs per side, by default, before the timed ones: until the JIT has settled, that is
     * until two runs in a row each spent at most {@value #SETTLED_JIT_PERCENT} % of their wall time
     * compiling, after at least {@value #MIN_WARMUP} and at most {@value #MAX_WARMUP} runs. Measured on
     * the 2-core reference machine, 2,000 reports: Mosaic's JIT time per run fell below a tenth of
     * the run only after about 15 runs (it was still 0.8 s of a 1 s run after 8), the bare loop's
     * after 2 or 3; a fixed count either measured the compiler or wasted minutes.
     */
    private static final int MIN_WARMUP = 5;
    /** Timed runs per side by default: the median of five, so that one run with a JIT burst does not decide it. */
    private static final int TIMED_ITERATIONS = 5;
    private static final int MAX_WARMUP = 40;
    private static final int SETTLED_JIT_PERCENT = 10;
    /** {@code --warmup-iterations} not given: warm up until settled. */
    private static final int UNTIL_SETTLED = -1;

    @Override
    public String name() {
        return "bench search";
    }

    @Override
    public String synopsis() {
        return "[--docs N] [--iterations N] [--warmup-iterations N|auto] [--same-jvm [--warmup N]] [--passages N] [--queries N] [--ocr-pages N] [--seed S] [--dir DIR] [--json]";
    }

    @Override
    public String description() {
        return "ingest throughput next to a bare Lucene loop, query latency p50/p99 on a generated archive, and OCR pages/s next to the tesseract command";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json", "same-jvm"),
            List.of("docs", "passages", "queries", "seed", "warmup", "dir", "iterations", "warmup-iterations", "side", "ocr-pages"));
        if (!extra.isEmpty()) {
            throw new UsageException("bench search: unexpected argument " + extra.get(0));
        }
        int docs = context.positiveInt("docs", 2_000);
        int passages = context.positiveInt("passages", 200_000);
        int queries = context.positiveInt("queries", 1_000);
        int ocrPages = context.option("ocr-pages").filter("0"::equals).isPresent() ? 0 : context.positiveInt("ocr-pages", OCR_PAGES);
        long seed = context.positiveInt("seed", 42);
        int warmup = context.option("warmup").filter("0"::equals).isPresent() ? 0 : context.positiveInt("warmup", 300);
        Path parent = context.option("dir").map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
        if (!Files.isDirectory(parent)) {
            throw new UsageException("bench search: --dir " + parent + " is not a folder");
        }
        int iterations = context.positiveInt("iterations", TIMED_ITERATIONS);
        int warmupIterations = context.option("warmup-iterations").filter("0"::equals).isPresent() ? 0
            : context.option("warmup-iterations").filter("auto"::equals).isPresent() ? UNTIL_SETTLED
            : context.positiveInt("warmup-iterations", UNTIL_SETTLED);
        if (context.option("side").isPresent()) {
            return side(context.option("side").get(), parent, docs, seed, warmupIterations, iterations, context);
        }
        Path temp = Files.createTempDirectory(parent, "mosaic-bench-search");
        try {
            IngestFigures ingest = context.flag("same-jvm") ? ingest(temp, docs, warmup, seed, context)
                : forked(temp, docs, seed, warmupIterations, iterations, context);
            QueryFigures query = queries(temp, passages, queries, seed, context);
            if (ocrPages > 0) {
                context.err().printf("bench search: OCR of %d pages, through Mosaic and the tesseract command...%n", ocrPages);
            }
            BenchOcr.Figures ocr = ocrPages == 0 ? new BenchOcr.Figures(0, 0, 0, 0, "--ocr-pages 0") : BenchOcr.run(temp, ocrPages, seed);
            double ratio = ingest.bareMs() == 0 ? 0 : (double) ingest.bareMs() / ingest.mosaicMs();
            if (context.flag("json")) {
                context.out().printf(Locale.ROOT, "{\"docs\": %d, \"megabytes\": %.2f, \"passages_ingested\": %d, \"ingest_ms\": %d, "
                    + "\"ingest_mb_s\": %.2f, \"ingest_docs_s\": %.1f, \"bare_ms\": %d, \"bare_mb_s\": %.2f, \"bare_docs_s\": %.1f, "
                    + "\"ratio\": %.3f, \"ingest_cpu_ms\": %d, \"bare_cpu_ms\": %d, \"ingest_jit_ms\": %d, \"bare_jit_ms\": %d, "
                    + "\"file_create_ms_per_1000\": %.1f, \"index_only_ms\": %d, \"index_only_ratio\": %.3f, \"index_passages\": %d, \"index_reports\": %d, \"index_build_ms\": %d, \"queries\": %d, "
                    + "\"p50_ms\": %.3f, \"p90_ms\": %.3f, \"p99_ms\": %.3f, \"max_ms\": %.3f, \"cpu_p50_ms\": %.3f, \"cpu_p99_ms\": %.3f, "
                    + "\"load_average\": %.2f%s}%n",
                    docs, ingest.megabytes(), ingest.passages(), ingest.mosaicMs(), ingest.megabytes() * 1000 / ingest.mosaicMs(),
                    docs * 1000.0 / ingest.mosaicMs(), ingest.bareMs(), ingest.megabytes() * 1000 / Math.max(1, ingest.bareMs()),
                    docs * 1000.0 / Math.max(1, ingest.bareMs()), ratio, ingest.mosaicCpuMs(), ingest.bareCpuMs(), ingest.mosaicJitMs(),
                    ingest.bareJitMs(), ingest.createMsPer1000(), ingest.indexOnlyMs(),
                    (double) ingest.bareMs() / ingest.indexOnlyMs(), query.passages(), query.reports(), query.buildMs(), queries,
                    query.p50(), query.p90(), query.p99(), query.max(), query.cpuP50(), query.cpuP99(), load(), ocrJson(ocr));
            } else {
                context.out().printf(Locale.ROOT, "ingest  %d reports, %.1f MB, %d passages; %s%n", docs, ingest.megabytes(), ingest.passages(),
                    ingest.warmup());
                context.out().printf(Locale.ROOT, "  mosaic ingest     %7d ms  %6.2f MB/s  %7.1f docs/s%n", ingest.mosaicMs(),
                    ingest.megabytes() * 1000 / ingest.mosaicMs(), docs * 1000.0 / ingest.mosaicMs());
                context.out().printf(Locale.ROOT, "  bare IndexWriter  %7d ms  %6.2f MB/s  %7.1f docs/s%n", ingest.bareMs(),
                    ingest.megabytes() * 1000 / Math.max(1, ingest.bareMs()), docs * 1000.0 / Math.max(1, ingest.bareMs()));
                context.out().printf(Locale.ROOT, "  ratio (mosaic / bare throughput) %.2f  (target >= 0.6)%n", ratio);
                context.out().printf(Locale.ROOT, "  processor time: mosaic %d ms, bare %d ms (%.2fx; all threads, so a busy machine does not inflate it)%n",
                    ingest.mosaicCpuMs(), ingest.bareCpuMs(), (double) ingest.mosaicCpuMs() / Math.max(1, ingest.bareCpuMs()));
                context.out().printf(Locale.ROOT, "  of which JIT compilation: mosaic %d ms, bare %d ms%n", ingest.mosaicJitMs(), ingest.bareJitMs());
                context.out().printf(Locale.ROOT, "  file system here: %.1f ms to create 1,000 files of 4 KB (write, rename; no sync), measured in the same run%n",
                    ingest.createMsPer1000());
                context.out().printf(Locale.ROOT, "  mosaic documents, no workspace %7d ms  %6.2f MB/s  ratio to bare %.2f"
                    + "  (linking, report documents and fields, without extraction, originals and records)%n", ingest.indexOnlyMs(),
                    ingest.megabytes() * 1000 / ingest.indexOnlyMs(), (double) ingest.bareMs() / ingest.indexOnlyMs());
                context.out().printf(Locale.ROOT, "query   index of %d passages in %d reports, built in %d ms%n", query.passages(), query.reports(),
                    query.buildMs());
                context.out().printf(Locale.ROOT, "  %d mixed queries: p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (targets p50 < 10, p99 < 100)%n",
                    queries, query.p50(), query.p90(), query.p99(), query.max());
                context.out().printf(Locale.ROOT, "  thread CPU time per query: p50 %.2f ms  p99 %.2f ms  (system load average %.2f on %d cores)%n",
                    query.cpuP50(), query.cpuP99(), load(), Runtime.getRuntime().availableProcessors());
                if (ocr.skipped() != null) {
                    context.out().println("ocr     skipped: " + ocr.skipped());
                } else {
                    context.out().printf(Locale.ROOT, "ocr     %d A4 pages of typed text at 300 dpi (PNG), English, %d at once on %d cores; %d words read%n",
                        ocr.pages(), mosaic.io.ocr.Ocr.THREADS, Runtime.getRuntime().availableProcessors(), ocr.words());
                    context.out().printf(Locale.ROOT, "  mosaic ocr        %7d ms  %6.2f pages/s%n", ocr.mosaicMs(), ocr.mosaicPagesPerSecond());
                    context.out().printf(Locale.ROOT, "  tesseract command %7d ms  %6.2f pages/s  (one process per core, OMP_THREAD_LIMIT=1)%n",
                        ocr.tesseractMs(), ocr.tesseractPagesPerSecond());
                    context.out().printf(Locale.ROOT, "  ratio (mosaic / tesseract throughput) %.2f  (target >= 0.9; best of %d alternating rounds each, load average %.2f)%n",
                        ocr.ratio(), BenchOcr.ROUNDS, load());
                }
            }
        } finally {
            deleteTree(temp);
        }
        return OK;
    }

    /** Pages read by OCR on each side by default: four per core on the 2-core reference machine. */
    private static final int OCR_PAGES = 8;

    /** The OCR figures as JSON keys after the others ({@code "ocr_pages"} ...), or {@code "ocr_skipped"}. */
    private static String ocrJson(BenchOcr.Figures ocr) {
        if (ocr.skipped() != null) {
            return ", \"ocr_skipped\": " + mosaic.core.Json.quote(ocr.skipped());
        }
        return String.format(Locale.ROOT, ", \"ocr_pages\": %d, \"ocr_words\": %d, \"ocr_ms\": %d, \"ocr_pages_s\": %.3f, "
            + "\"tesseract_ms\": %d, \"tesseract_pages_s\": %.3f, \"ocr_ratio\": %.3f", ocr.pages(), ocr.words(), ocr.mosaicMs(),
            ocr.mosaicPagesPerSecond(), ocr.tesseractMs(), ocr.tesseractPagesPerSecond(), ocr.ratio());
    }

    private record IngestFigures(double megabytes, int passages, long mosaicMs, long bareMs, long indexOnlyMs, long mosaicCpuMs,
            long bareCpuMs, long mosaicJitMs, long bareJitMs, double createMsPer1000, String warmup) {
    }

    private record QueryFigures(int passages, int reports, long buildMs, double p50, double p90, double p99, double max, double cpuP50,
            double cpuP99) {
    }

    /**
     * The ingest figures with each side in a JVM of its own, as JMH forks: the same archive is
     * generated in each, the side runs {@code warmupIterations} times untimed and then
     * {@code iterations} times timed, every run into a new index or workspace, and the median of
     * the timed runs is its figure. In one JVM the sides take turns on the Lucene code they share,
     * and each turn makes the JIT compile it again for the other's documents; in a JVM of its own
     * a side is measured once the compiler has settled on its own code, which is how a long
     * ingest runs.
     */
    private static IngestFigures forked(Path temp, int docs, long seed, int warmupIterations, int iterations, CommandContext context)
            throws Exception {
        SideFigures bare = fork("bare", temp, docs, seed, warmupIterations, iterations, context);
        SideFigures mosaic = fork("mosaic", temp, docs, seed, warmupIterations, iterations, context);
        SideFigures indexOnly = fork("index-only", temp, docs, seed, warmupIterations, iterations, context);
        double createMsPer1000 = createFiles(Files.createDirectories(temp.resolve("files")), 1_000);
        return new IngestFigures(mosaic.bytes() / 1e6, mosaic.passages(), mosaic.median().ms(), bare.median().ms(),
            indexOnly.median().ms(), mosaic.median().cpuMs(), bare.median().cpuMs(), mosaic.median().jitMs(), bare.median().jitMs(),
            createMsPer1000, "each side in a JVM of its own, median of " + iterations + " runs after untimed ones (bare " + bare.untimed()
                + ", mosaic " + mosaic.untimed() + ", documents only " + indexOnly.untimed() + (warmupIterations == UNTIL_SETTLED
                    ? ": until two runs in a row spent at most " + SETTLED_JIT_PERCENT + " % of their time in the JIT)" : ")"));
    }

    /** One side's timed runs, with the archive's size. */
    private record SideFigures(List<Timed> runs, long bytes, int passages, int untimed) {

        Timed median() {
            List<Timed> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingLong(Timed::ms));
            return sorted.get(sorted.size() / 2);
        }
    }

    private static final String SIDE_LINE = "bench search side ";

    /** Runs one side in a new JVM started as this one was, and reads its figures from its output. */
    private static SideFigures fork(String side, Path temp, int docs, long seed, int warmupIterations, int iterations,
            CommandContext context) throws IOException, InterruptedException {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        int bench = -1;
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).equals("bench") && arguments.get(i + 1).equals("search")) {
                bench = i;
            }
        }
        if (info.command().isEmpty() || bench < 0) {
            throw new IllegalStateException("bench search: cannot tell how this JVM was started, to start one per side; use --same-jvm");
        }
        List<String> command = new ArrayList<>();
        command.add(info.command().get());
        command.addAll(arguments.subList(0, bench));
        command.addAll(List.of("bench", "search", "--side", side, "--docs", Integer.toString(docs), "--seed", Long.toString(seed),
            "--dir", Files.createDirectories(temp.resolve(side)).toString(), "--iterations", Integer.toString(iterations),
            "--warmup-iterations", warmupIterations == UNTIL_SETTLED ? "auto" : Integer.toString(warmupIterations)));
        context.err().printf("bench search: %s, in a JVM of its own: %s untimed runs, %d timed...%n", side,
            warmupIterations == UNTIL_SETTLED ? "until the JIT settles," : Integer.toString(warmupIterations), iterations);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        String line = output.lines().filter(l -> l.startsWith(SIDE_LINE)).findFirst().orElse(null);
        if (status != 0 || line == null) {
            throw new IllegalStateException("bench search: the " + side + " JVM failed (exit " + status + "): " + output.strip());
        }
        Map<String, String> fields = new java.util.HashMap<>();
        for (String field : line.substring(SIDE_LINE.length()).trim().split(" ")) {
            int eq = field.indexOf('=');
            fields.put(field.substring(0, eq), field.substring(eq + 1));
        }
        long[] ms = longs(fields.get("ms"));
        long[] cpu = longs(fields.get("cpu_ms"));
        long[] jit = longs(fields.get("jit_ms"));
        List<Timed> runs = new ArrayList<>();
        for (int i = 0; i < ms.length; i++) {
            runs.add(new Timed(ms[i], cpu[i], jit[i]));
        }
        return new SideFigures(runs, Long.parseLong(fields.get("bytes")), Integer.parseInt(fields.get("passages")),
            Integer.parseInt(fields.get("untimed")));
    }

    private static long[] longs(String csv) {
        return Arrays.stream(csv.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /**
     * The child of {@link #fork}: generates the archive, runs one side untimed and timed, each run
     * into a new index or workspace, and prints one line with the timed runs' figures.
     */
    private static int side(String side, Path folder, int docs, long seed, int warmupIterations, int iterations, CommandContext context)
            throws Exception {
        if (!List.of("bare", "mosaic", "index-only").contains(side)) {
            throw new UsageException("bench search: --side is bare, mosaic or index-only, not " + side);
        }
        Archive archive = archive(folder.resolve("archive"), docs, seed);
        List<Timed> timed = new ArrayList<>();
        int run = 0;
        int untimed = 0;
        int settledRuns = 0;
        while (timed.size() < iterations) {
            Path out = folder.resolve("run-" + run++);
            Timed t = switch (side) {
                case "bare" -> bare(archive, out);
                case "mosaic" -> mosaic(new Archive(archive.folder(), archive.inbox(), workspace(out.resolve("workspace")),
                    archive.extracted(), archive.bytes(), archive.passages()));
                default -> indexOnly(archive, out);
            };
            boolean warm;
            if (warmupIterations == UNTIL_SETTLED) {
                settledRuns = t.jitMs() * 100 <= t.ms() * SETTLED_JIT_PERCENT ? settledRuns + 1 : 0;
                warm = untimed >= MAX_WARMUP || untimed >= MIN_WARMUP && settledRuns >= 2 || !timed.isEmpty();
            } else {
                warm = untimed >= warmupIterations;
            }
            if (warm) {
                timed.add(t);
            } else {
                untimed++;
            }
        }
        context.out().println(SIDE_LINE + "side=" + side + " bytes=" + archive.bytes() + " passages=" + archive.passages() + " untimed=" + untimed
            + " ms=" + join(timed, Timed::ms) + " cpu_ms=" + join(timed, Timed::cpuMs) + " jit_ms=" + join(timed, Timed::jitMs));
        return OK;
    }

    private static String join(List<Timed> runs, java.util.function.ToLongFunction<Timed> value) {
        return String.join(",", runs.stream().map(t -> Long.toString(value.applyAsLong(t))).toList());
    }

    private static IngestFigures ingest(Path temp, int docs, int warmup, long seed, CommandContext context) throws Exception {
        Archive warm = warmup > 0 ? archive(temp.resolve("warmup"), warmup, seed + 7) : null;
        Archive measured = archive(temp.resolve("measured"), docs, seed);
        // Each side runs once untimed on the smaller archive just before it is timed, so that it is not
        // timed while the JIT compiles it. The bare loop goes first: the Lucene code both sides share
        // is then compiled for its documents alone, and Mosaic's documents make the JIT undo some of that.
        context.err().println("bench search: bare IndexWriter loop...");
        if (warm != null) {
            bare(warm, temp.resolve("warmup/bare"));
        }
        Timed bare = bare(measured, temp.resolve("measured/bare"));
        context.err().printf("bench search: ingesting %d reports (%d passages)...%n", docs, measured.passages());
        if (warm != null) {
            mosaic(warm);
        }
        Timed mosaic = mosaic(measured);
        context.err().println("bench search: Mosaic documents without the workspace...");
        if (warm != null) {
            indexOnly(warm, temp.resolve("warmup/index-only"));
        }
        Timed indexOnly = indexOnly(measured, temp.resolve("measured/index-only"));
        double createMsPer1000 = createFiles(Files.createDirectories(temp.resolve("files")), 1_000);
        return new IngestFigures(measured.bytes() / 1e6, measured.passages(), mosaic.ms(), bare.ms(), indexOnly.ms(), mosaic.cpuMs(),
            bare.cpuMs(), mosaic.jitMs(), bare.jitMs(), createMsPer1000, "the three sides in one JVM, each once after a warm-up on fewer reports");
    }

    /**
     * A generated archive: text reports in an inbox, a workspace holding the corpus's actors and
     * places, and the reports' passages extracted already (the bare loop's input).
     */
    private record Archive(Path folder, Path inbox, Workspace workspace, List<List<Passage>> extracted, long bytes, int passages) {
    }

    /** Wall-clock, processor and JIT compilation time of one timed run. */
    private record Timed(long ms, long cpuMs, long jitMs) {

        static Timed since(long start, long cpu, long jit) {
            return new Timed(Math.max(1, (System.nanoTime() - start) / 1_000_000), (processCpuNanos() - cpu) / 1_000_000, jitMillis() - jit);
        }
    }

    private static Archive archive(Path folder, int docs, long seed) throws Exception {
        Corpus corpus = new Corpus(seed, 20_000);
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        long bytes = 0;
        for (int i = 0; i < docs; i++) {
            String text = "Report " + i + "\n\n" + corpus.report(6 + corpus.random().nextInt(8));
            Path file = inbox.resolve(String.format(Locale.ROOT, "report-%06d.txt", i));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += Files.size(file);
        }
        Workspace workspace = workspace(folder.resolve("workspace"));
        TextExtractor extractor = new TextExtractor();
        List<List<Passage>> extracted = new ArrayList<>();
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.sorted().toList()) {
                extracted.add(ReportText.passages(extractor.extract(file, ExtractOptions.DEFAULTS)));
            }
        }
        return new Archive(folder, inbox, workspace, extracted, bytes, extracted.stream().mapToInt(List::size).sum());
    }

    /** A new workspace holding the corpus's actors and places, whose names the ingest links. */
    private static Workspace workspace(Path folder) throws Exception {
        Workspace workspace = Workspace.init(folder, null);
        for (Entity entity : Corpus.entities()) {
            if (entity.kind() == Entity.Kind.ACTOR) {
                Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
                actor.setName(entity.name());
                actor.getAliases().addAll(entity.names().subList(1, entity.names().size()));
                actor.setKind(ActorKind.values()[0]);
                workspace.add(actor);
            } else {
                Location location = workspace.create(MosaicPackage.Literals.LOCATION);
                location.setName(entity.name());
                location.setKind(LocationKind.values()[0]);
                location.setLatitude(entity.latitude());
                location.setLongitude(entity.longitude());
                workspace.add(location);
            }
        }
        workspace.saveAll(null);
        return workspace;
    }

    /** The bare loop: the extracted passages into a plain IndexWriter, one document each, then a commit. */
    private static Timed bare(Archive archive, Path folder) throws IOException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        long jit = jitMillis();
        try (FSDirectory directory = FSDirectory.open(Files.createDirectories(folder));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (List<Passage> report : archive.extracted()) {
                for (Passage passage : report) {
                    Document doc = new Document();
                    doc.add(new TextField("text", passage.text(), Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
        return Timed.since(start, cpu, jit);
    }

    /** Mosaic's ingest of the archive's inbox into its workspace, every file new. */
    private static Timed mosaic(Archive archive) throws IOException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        long jit = jitMillis();
        try (SearchIndex index = SearchIndex.of(archive.workspace())) {
            Ingest.Summary summary = new Ingest(archive.workspace(), index, Ingest.Options.NONE).run(List.of(archive.inbox()), null,
                new NullProgressMonitor());
            if (summary.count(Ingest.Status.INGESTED) != archive.extracted().size()) {
                throw new IllegalStateException("bench ingest: " + summary.count(Ingest.Status.INGESTED) + " of " + archive.extracted().size()
                    + " ingested");
            }
        }
        return Timed.since(start, cpu, jit);
    }

    /** Mosaic's documents of the extracted passages (linking, report documents, every field) into an index of their own. */
    private static Timed indexOnly(Archive archive, Path folder) throws IOException {
        MissionRules rules = archive.workspace().rules();
        EntityMatcher matcher = EntityMatcher.of(archive.workspace(), new mosaic.search.SearchAnalyzer());
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        long jit = jitMillis();
        try (SearchIndex index = SearchIndex.open(folder)) {
            int n = 0;
            for (List<Passage> report : archive.extracted()) {
                index.update(detachedReport(n++, rules), report, rules, matcher);
            }
            index.commit();
        }
        return Timed.since(start, cpu, jit);
    }

    private static Report detachedReport(int n, MissionRules rules) {
        Report report = MosaicFactory.eINSTANCE.createReport();
        report.setId(UUID.nameUUIDFromBytes(("ingest-" + n).getBytes(StandardCharsets.UTF_8)).toString());
        report.setTitle("Report " + n);
        report.setReportType("open-source");
        report.setDate(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(n * 3600L));
        Marking marking = MosaicFactory.eINSTANCE.createMarking();
        marking.setClassification(rules.classificationCodes().get(0));
        report.setMarking(marking);
        return report;
    }

    private static QueryFigures queries(Path temp, int minPassages, int count, long seed, CommandContext context) throws IOException {
        Corpus corpus = new Corpus(seed + 1, 20_000);
        MissionRules rules = MissionRules.defaults();
        List<String> levels = rules.classificationCodes();
        EntityMatcher matcher = new EntityMatcher(new mosaic.search.SearchAnalyzer(), Corpus.entities());
        int reports = (minPassages + PASSAGES_PER_REPORT - 1) / PASSAGES_PER_REPORT;
        Random random = corpus.random();
        Instant epoch = Instant.parse("2015-01-01T00:00:00Z");
        context.err().printf("bench search: building an index of %d passages...%n", reports * PASSAGES_PER_REPORT);
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(temp.resolve("query-index"))) {
            for (int i = 0; i < reports; i++) {
                Report report = MosaicFactory.eINSTANCE.createReport();
                report.setId(UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8)).toString());
                report.setTitle("Report " + i + " " + corpus.word() + " " + corpus.word());
                report.setReportType(Corpus.types().get(random.nextInt(Corpus.types().size())));
                report.setDate(epoch.plusSeconds(random.nextLong(11L * 365 * 86_400)));
                report.setComponent(random.nextBoolean() ? "JOC" : "JMAC");
                Marking marking = MosaicFactory.eINSTANCE.createMarking();
                int r = random.nextInt(100);
                marking.setClassification(levels.get(r < 70 ? 0 : r < 90 ? Math.min(1, levels.size() - 1) : levels.size() - 1));
                if (random.nextInt(20) == 0) {
                    marking.setCompartment(random.nextBoolean() ? "jmac-only" : "u2-only");
                }
                report.setMarking(marking);
                List<Passage> passages = new ArrayList<>(PASSAGES_PER_REPORT);
                for (int p = 1; p <= PASSAGES_PER_REPORT; p++) {
                    passages.add(new Passage(p, Passage.PARAGRAPH, corpus.paragraph(80 + random.nextInt(80))));
                }
                index.update(report, passages, rules, matcher);
            }
            index.commit();
            long buildMs = (System.nanoTime() - start) / 1_000_000;
            Searcher searcher = index.searcher().withEntities(matcher);
            Audience reader = Audience.of(rules, levels.get(Math.min(1, levels.size() - 1)), Set.of("jmac-only"));
            List<SearchQuery> mix = new ArrayList<>();
            for (int i = 0; i < count + 100; i++) {
                mix.add(query(corpus, random, epoch));
            }
            context.err().printf("bench search: %d queries...%n", count);
            double[] ms = new double[count];
            double[] cpu = new double[count];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < mix.size(); i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                try {
                    searcher.search(mix.get(i), reader);
                } catch (SearchException e) {
                    throw new IllegalStateException("bench query " + mix.get(i).text() + ": " + e.getMessage(), e);
                }
                if (i >= 100) {
                    ms[i - 100] = (System.nanoTime() - t) / 1e6;
                    cpu[i - 100] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            return new QueryFigures(searcher.passageCount(), searcher.reportCount(), buildMs, ms[(int) (count * 0.50)],
                ms[(int) (count * 0.90)], ms[Math.min(count - 1, (int) (count * 0.99))], ms[count - 1], cpu[(int) (count * 0.50)],
                cpu[Math.min(count - 1, (int) (count * 0.99))]);
        }
    }

    private static SearchQuery query(Corpus corpus, Random random, Instant epoch) {
        int kind = random.nextInt(100);
        SearchQuery q;
        if (kind < 35) {
            q = SearchQuery.of(corpus.word());
        } else if (kind < 50) {
            q = SearchQuery.of(corpus.word() + " AND " + corpus.word());
        } else if (kind < 60) {
            q = SearchQuery.of(corpus.word() + " OR " + corpus.rareWord());
        } else if (kind < 68) {
            q = SearchQuery.of("\"" + corpus.word() + " " + corpus.word() + "\"");
        } else if (kind < 76) {
            String w = corpus.word();
            q = SearchQuery.of(w.substring(0, Math.min(w.length(), 4)) + "*");
        } else if (kind < 80) {
            q = SearchQuery.of(corpus.rareWord() + "~");
        } else if (kind < 88) {
            Instant from = epoch.plusSeconds(random.nextLong(10L * 365 * 86_400));
            q = SearchQuery.of(corpus.word()).withTypes(Set.of(Corpus.types().get(random.nextInt(Corpus.types().size()))))
                .withDates(from, from.plusSeconds(365L * 86_400));
        } else if (kind < 94) {
            q = SearchQuery.of(random.nextBoolean() ? corpus.word() : "").withMentions(Set.of("actor-" + random.nextInt(10)));
        } else {
            Entity place = Corpus.entities().get(10 + random.nextInt(10));
            q = SearchQuery.of(corpus.word()).withNear(new SearchQuery.Near(place.latitude(), place.longitude(), 50));
        }
        if (random.nextInt(5) == 0) {
            q = q.withFacets(true);
        }
        if (random.nextInt(5) == 0) {
            q = q.withSort(SearchQuery.Sort.NEWEST);
        }
        return q.withLimit(10);
    }

    /**
     * How long the file system takes to create {@code count} small files in a folder (each written
     * under a temporary name and renamed, as the workspace writes, without forcing to disk), in
     * milliseconds per 1,000. Creating files costs very different amounts from one machine, or one
     * moment, to the next: on ext4 without a journal, for example, the kernel steps over every
     * recently deleted inode when it allocates one, so after many deletions a file costs several
     * times what it costs in a quiet file system. Mosaic creates two files per report and the bare
     * loop a few dozen in all, so this figure is printed beside the ratio.
     */
    private static double createFiles(Path folder, int count) throws IOException {
        byte[] bytes = new byte[4096];
        Arrays.fill(bytes, (byte) 'x');
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Path sub = folder.resolve(String.format(Locale.ROOT, "%02x", i & 0xff));
            if (i < 256) {
                Files.createDirectories(sub);
            }
            Path temp = sub.resolve(".f" + i + ".tmp");
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, sub.resolve("f" + i), StandardCopyOption.ATOMIC_MOVE);
        }
        return (System.nanoTime() - start) / 1e6 * 1000 / count;
    }

    /** The time the JIT compilers have spent so far, in milliseconds (0 when the VM does not say). */
    private static long jitMillis() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported() ? compilation.getTotalCompilationTime() : 0;
    }

    /** The processor time of the whole process, every thread. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** The system load average: wall-clock figures on a loaded machine are slower than its CPU times. */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
