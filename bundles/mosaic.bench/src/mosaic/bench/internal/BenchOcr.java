package mosaic.bench.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.io.ocr.Ocr;
import mosaic.io.ocr.OcrImage;
import mosaic.io.ocr.OcrPage;
import mosaic.io.ocr.Tesseract;

/**
 * The OCR line of {@code bench search}: pages per second through Mosaic's OCR ({@link Ocr#read}, the path of scanned
 * PDF pages, here given PNG page images), beside the {@code tesseract} command run on the same images in the same run,
 * as a shell would run it on every core ({@code xargs -P CORES}, each process on one thread: {@code
 * OMP_THREAD_LIMIT=1}, which is faster than OpenMP's threads competing for the same cores). The pages are typed text
 * drawn at 300 dpi in grey, A4, a few different ones repeated. Each side reads every page once untimed first (the
 * language data into the page cache, the JIT), then the sides take turns for {@value #ROUNDS} timed rounds, and each
 * side's figure is its best round.
 */
final class BenchOcr {

    /** The figures, or why there are none. */
    record Figures(int pages, int words, long mosaicMs, long tesseractMs, String skipped) {
        double mosaicPagesPerSecond() {
            return pages * 1000.0 / Math.max(1, mosaicMs);
        }

        double tesseractPagesPerSecond() {
            return pages * 1000.0 / Math.max(1, tesseractMs);
        }

        double ratio() {
            return tesseractMs == 0 ? 0 : (double) tesseractMs / Math.max(1, mosaicMs);
        }
    }

    private static final String[] SENTENCES = {
        "Armed group activity rose along the northern road during the reporting period.",
        "The patrol met the village chief, who reported two incidents near the market.",
        "Humanitarian access to the eastern districts remains restricted by checkpoints.",
        "Displaced families continue to arrive at the camp south of the provincial capital.",
        "The weekly threat assessment rates the risk to convoys as high for the coming week.",
        "Local authorities requested additional patrols after the attack on the health centre.",
        "Reports of recruitment of minors by the militia could not be confirmed independently.",
        "The bridge on the main supply route was repaired and reopened to traffic on Tuesday.",
        "Community leaders expressed concern about the presence of armed men near the school.",
        "Rainfall has cut several secondary roads, delaying the delivery of food assistance.",
    };

    /** Timed rounds per side. */
    static final int ROUNDS = 2;

    private BenchOcr() {
    }

    static Figures run(Path dir, int pages, long seed) throws IOException, InterruptedException {
        Tesseract tesseract = Tesseract.find();
        if (!tesseract.installed()) {
            return new Figures(pages, 0, 0, 0, tesseract.problem());
        }
        if (!tesseract.languages().contains("eng")) {
            return new Figures(pages, 0, 0, 0, "OCR language eng not installed (apt-get install " + Tesseract.languagePackage("eng") + ")");
        }
        Path folder = Files.createDirectories(dir.resolve("ocr-pages"));
        int distinct = Math.min(pages, 4);
        List<Path> images = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < distinct; i++) {
            Path file = folder.resolve("page-" + (i + 1) + ".png");
            ImageIO.write(page(random), "png", file.toFile());
            images.add(file);
        }
        List<Path> all = IntStream.range(0, pages).mapToObj(i -> images.get(i % distinct)).toList();
        Ocr ocr = Ocr.of(true, "eng");
        // untimed: each side once over the distinct pages
        mosaic(ocr, images);
        commandLine(tesseract.executable(), images, folder);
        // timed: the sides take turns, twice, and each keeps its best round, so that a build or a
        // burst of load elsewhere on a shared machine during one round does not decide the ratio
        long mosaicMs = Long.MAX_VALUE;
        long tesseractMs = Long.MAX_VALUE;
        int words = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            words = mosaic(ocr, all);
            mosaicMs = Math.min(mosaicMs, (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            commandLine(tesseract.executable(), all, folder);
            tesseractMs = Math.min(tesseractMs, (System.nanoTime() - start) / 1_000_000);
        }
        return new Figures(pages, words, mosaicMs, tesseractMs, null);
    }

    /** Reads the pages through Mosaic's OCR; returns how many words it read. */
    private static int mosaic(Ocr ocr, List<Path> images) {
        List<Integer> numbers = IntStream.rangeClosed(1, images.size()).boxed().toList();
        List<OcrPage> read = ocr.read("bench", numbers, p -> new OcrImage(Files.readAllBytes(images.get(p - 1)), 0),
            new NullProgressMonitor());
        int words = 0;
        for (OcrPage page : read) {
            if (page.problem() != null) {
                throw new IllegalStateException("OCR of a bench page failed: " + page.problem());
            }
            words += page.text().split("\\s+").length;
        }
        return words;
    }

    /** Runs {@code tesseract PAGE OUT -l eng --psm 3 tsv} on every page, one process per core at a time. */
    private static void commandLine(Path executable, List<Path> images, Path folder) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Ocr.THREADS);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                Path image = images.get(i);
                Path out = folder.resolve("out-" + i);
                runs.add(pool.submit(() -> {
                    ProcessBuilder builder = new ProcessBuilder(executable.toString(), image.toString(), out.toString(), "-l", "eng",
                        "--psm", "3", "tsv").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                    builder.environment().put("OMP_THREAD_LIMIT", "1");
                    return builder.start().waitFor();
                }));
            }
            for (Future<Integer> run : runs) {
                int status = run.get();
                if (status != 0) {
                    throw new IllegalStateException("tesseract exited with " + status);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("tesseract could not be run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** An A4 page of typed text at 300 dpi, grey: a title and paragraphs of sentences in 11-point type. */
    private static BufferedImage page(Random random) {
        int width = 2480;
        int height = 3508;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int margin = 300;
            g.setFont(new Font(Font.SERIF, Font.BOLD, 62));
            int y = margin;
            g.drawString("Weekly threat assessment " + (1 + random.nextInt(52)), margin, y);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 46));
            FontMetrics metrics = g.getFontMetrics();
            int line = metrics.getHeight();
            y += 2 * line;
            while (y < height - margin) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0, n = 3 + random.nextInt(4); s < n; s++) {
                    paragraph.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                }
                StringBuilder row = new StringBuilder();
                for (String word : paragraph.toString().split(" ")) {
                    if (metrics.stringWidth(row + word) > width - 2 * margin) {
                        g.drawString(row.toString().strip(), margin, y);
                        y += line;
                        row.setLength(0);
                        if (y >= height - margin) {
                            break;
                        }
                    }
                    row.append(word).append(' ');
                }
                if (y < height - margin && !row.isEmpty()) {
                    g.drawString(row.toString().strip(), margin, y);
                }
                y += 2 * line;
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
