package mosaic.io.ocr;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The {@code tesseract} command of this machine: where it is, which languages it has data for, and reading one page
 * image with it. The executable is the one named by the system property {@value #EXECUTABLE_PROPERTY}, else the
 * first {@code tesseract} on the {@code PATH}. Instances are immutable and thread-safe; each run is a process of its
 * own, fed the image on its standard input, its {@code tsv} output read from its standard output.
 */
public final class Tesseract {

    /** System property naming the Tesseract executable (a path), instead of the one on the {@code PATH}. */
    public static final String EXECUTABLE_PROPERTY = "mosaic.ocr.tesseract";
    /** The package of the program on Debian and Ubuntu. */
    public static final String PACKAGE = "tesseract-ocr";
    /** How long one page may take before it is given up. */
    public static final Duration PAGE_TIMEOUT = Duration.ofMinutes(2);
    /** Page segmentation mode: a whole page, its layout found automatically (columns, blocks), no orientation check. */
    static final String PAGE_SEGMENTATION = "3";

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Map<String, Tesseract> FOUND = new ConcurrentHashMap<>();

    private final Path executable;
    private final Set<String> languages;
    private final String problem;

    private Tesseract(Path executable, Set<String> languages, String problem) {
        this.executable = executable;
        this.languages = languages;
        this.problem = problem;
    }

    /**
     * The Tesseract of this machine, as {@value #EXECUTABLE_PROPERTY} or the {@code PATH} name it now; a working one
     * is looked at once per executable (its languages are listed then).
     */
    public static Tesseract find() {
        String named = System.getProperty(EXECUTABLE_PROPERTY);
        Path path = named != null && !named.isBlank() ? Path.of(named.strip()) : onPath("tesseract");
        if (path == null) {
            return new Tesseract(null, Set.of(), "tesseract not installed (apt-get install " + PACKAGE + ")");
        }
        Tesseract known = FOUND.get(path.toString());
        if (known != null) {
            return known;
        }
        // only a working program is remembered: one installed while the application runs is found
        Tesseract probed = probe(path);
        if (probed.installed()) {
            FOUND.put(path.toString(), probed);
        }
        return probed;
    }

    /** Forgets what was found, so that the next {@link #find()} looks again (after an install). */
    public static void forget() {
        FOUND.clear();
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Tesseract probe(Path path) {
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            return new Tesseract(null, Set.of(),
                    "tesseract not installed (no program at " + path + "; apt-get install " + PACKAGE + ")");
        }
        try {
            Process process = new ProcessBuilder(path.toString(), "--list-langs").redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Tesseract(null, Set.of(), "tesseract at " + path + " does not answer --list-langs");
            }
            Set<String> languages = new LinkedHashSet<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\r?\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("List of") && LANGUAGE.matcher(l).matches()) {
                    languages.add(l);
                }
            }
            if (process.exitValue() != 0 && languages.isEmpty()) {
                return new Tesseract(null, Set.of(), "tesseract at " + path + " fails (exit " + process.exitValue() + ")");
            }
            return new Tesseract(path, Collections.unmodifiableSet(languages), null);
        } catch (IOException e) {
            return new Tesseract(null, Set.of(), "tesseract at " + path + " cannot be run (" + e.getMessage()
                    + "; apt-get install " + PACKAGE + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /** @return whether the program was found and answers */
    public boolean installed() {
        return problem == null;
    }

    /** @return why Tesseract cannot be used, with how to install it, or {@code null} when it can */
    public String problem() {
        return problem;
    }

    /** @return the program, or {@code null} when not installed */
    public Path executable() {
        return executable;
    }

    /** @return the languages it has data for ({@code tesseract --list-langs}), for example eng, fra */
    public Set<String> languages() {
        return languages;
    }

    /**
     * Splits a language list as Tesseract takes it ({@code eng+fra}, also {@code eng,fra} or {@code eng fra}).
     *
     * @throws IllegalArgumentException when a name is not a Tesseract language code
     */
    public static List<String> languageList(String languages) {
        List<String> list = new ArrayList<>();
        for (String part : languages.split("[+,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!LANGUAGE.matcher(part).matches()) {
                throw new IllegalArgumentException("'" + part + "' is not an OCR language code (write eng+fra)");
            }
            if (!list.contains(part)) {
                list.add(part);
            }
        }
        return list;
    }

    /** @return the Debian package holding a language's data, for example {@code tesseract-ocr-fra} */
    public static String languagePackage(String language) {
        return PACKAGE + "-" + language.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads one page image.
     *
     * @param image     the image file's bytes: PNG, JPEG, TIFF, or PGM ({@code P5}) as rendered pages are given
     * @param dpi       its resolution when the image does not say (a PGM), or 0
     * @param languages installed languages joined by {@code +}
     * @param timeout   how long it may take
     * @param cancelled asked while it runs; when it says yes the process is ended
     * @return the page's text and confidence (page number 1; the pages of a multi-page image one after another),
     *         or a problem (timed out, failed)
     * @throws OperationCanceledException when cancelled
     */
    public OcrPage read(byte[] image, int dpi, String languages, Duration timeout, BooleanSupplier cancelled) {
        List<OcrPage> pages = readPages(image, dpi, languages, timeout, cancelled);
        if (pages.size() == 1) {
            return pages.get(0);
        }
        StringBuilder text = new StringBuilder();
        int read = 0;
        long confidence = 0;
        for (OcrPage page : pages) {
            if (!page.text().isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(page.text());
                confidence += page.confidence();
                read++;
            }
        }
        return new OcrPage(1, text.toString(), read == 0 ? 0 : (int) (confidence / read), null);
    }

    /**
     * Reads an image of one or more pages (a multi-page TIFF) in one run.
     *
     * @return each page read, numbered from 1 ({@code [page 1]} when nothing was read), or one page with a problem
     * @throws OperationCanceledException when cancelled
     * @see #read(byte[], int, String, Duration, BooleanSupplier)
     */
    public List<OcrPage> readPages(byte[] image, int dpi, String languages, Duration timeout, BooleanSupplier cancelled) {
        if (executable == null) {
            return List.of(new OcrPage(1, "", 0, problem));
        }
        List<String> command = new ArrayList<>(List.of(executable.toString(), "stdin", "stdout", "-l", languages,
                "--psm", PAGE_SEGMENTATION));
        if (dpi > 0) {
            command.add("--dpi");
            command.add(Integer.toString(dpi));
        }
        command.add("tsv");
        ProcessBuilder builder = new ProcessBuilder(command);
        // one page per core: OpenMP threads inside each process would only compete for the same cores
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return List.of(new OcrPage(1, "", 0, "tesseract cannot be run (" + e.getMessage() + ")"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread feed = Thread.ofVirtual().start(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(image);
            } catch (IOException e) {
                // the process ended early; its exit status and error output tell why
            }
        });
        Thread drainOut = Thread.ofVirtual().start(() -> drain(process.getInputStream(), out));
        Thread drainErr = Thread.ofVirtual().start(() -> drain(process.getErrorStream(), err));
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    process.destroyForcibly();
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    return List.of(new OcrPage(1, "", 0, "OCR timed out after " + timeout.toSeconds() + " s"));
                }
            }
            feed.join();
            drainOut.join();
            drainErr.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (process.exitValue() != 0) {
            String message = err.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s*\\n\\s*", "; ");
            return List.of(new OcrPage(1, "", 0, "tesseract failed (exit " + process.exitValue()
                    + (message.isEmpty() ? "" : ": " + message) + ")"));
        }
        List<TesseractTsv.Page> pages = TesseractTsv.parse(out.toString(StandardCharsets.UTF_8));
        if (pages.isEmpty()) {
            return List.of(new OcrPage(1, "", 0, null));
        }
        List<OcrPage> read = new ArrayList<>(pages.size());
        for (TesseractTsv.Page page : pages) {
            read.add(new OcrPage(Math.max(1, page.number()), page.text(), page.confidence(), null));
        }
        return read;
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        try (in) {
            in.transferTo(into);
        } catch (IOException e) {
            // the process was ended
        }
    }
}
