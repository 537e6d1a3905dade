package mosaic.search.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.search.Ingest;
import mosaic.search.ops.IngestOperation;

/**
 * {@code ingest --workspace DIR [--type TYPE] [--classification LEVEL] [--compartment NAME] [--lower-marking] [--rebuild]
 * [--max-seconds-per-file N] [--follow-links] [--ocr-languages eng+fra] [--no-ocr] [--password-file FILE] PATH...}:
 * ingests files and folders as reports through {@link IngestOperation} (see {@link Ingest} for the metadata order). Prints one line
 * per file, {@code ingested}, {@code updated}, {@code unchanged} or {@code refused} with the path
 * (and for a refusal the reason; for a file read only in part, {@code (warning: ...)} at the end, as
 * scanned pages without OCR), then a summary and the saved searches with new hits. Scanned pages and
 * images are read by OCR (Tesseract) in the languages of {@code --ocr-languages}, else the mission's
 * ({@code ocr-language} taxonomy), else English; {@code --no-ocr} skips OCR. Exit status
 * 1 when any file was refused, or when --type, --classification or --compartment is not one of the
 * mission's codes (the one-line error lists them).
 */
public final class IngestCommand implements Command {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--type TYPE] [--classification LEVEL] [--compartment NAME] [--lower-marking] [--rebuild] [--max-seconds-per-file N] [--follow-links] [--ocr-languages eng+fra] [--no-ocr] [--password-file FILE] PATH...";
    }

    @Override
    public String description() {
        return "add report files and folders (PDF, Word .docx/.doc, Excel .xlsx/.xls, PowerPoint .pptx, OpenDocument .odt, RTF, HTML,"
            + " e-mail .eml/.msg, .zip archives of these, text; scanned pages and images read by OCR: --ocr-languages eng+fra or the"
            + " mission's ocr-language taxonomy, English by default; --no-ocr to skip) to the workspace and its search index";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> paths = context.checkOptions(List.of("rebuild", "follow-links", "lower-marking", "no-ocr"), List.of("workspace", "type",
            "classification", "compartment", "max-seconds-per-file", "ocr-languages", "password-file"));
        if (paths.isEmpty()) {
            throw new UsageException("ingest: give at least one file or folder");
        }
        Workspace workspace = context.openWorkspace();
        Ingest.Options options = new Ingest.Options(context.option("type").orElse(null), context.option("classification").orElse(null),
            context.option("compartment").orElse(null));
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            Path file = Path.of(path);
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                context.err().println("ingest: " + path + ": no such file or folder");
                return FAILURE;
            }
            files.add(file);
        }
        // An option that is not one of the mission's codes fails in the operation, on one line that
        // lists the valid ones ("mosaic: ingest: unknown report type 'X'; valid: a, b"), exit 1.
        String languages = context.option("ocr-languages").orElse(null);
        if (languages != null && context.flag("no-ocr")) {
            throw new UsageException("ingest: give --ocr-languages or --no-ocr, not both");
        }
        IngestOperation operation;
        try {
            operation = new IngestOperation(workspace, files, options).withOcr(!context.flag("no-ocr"), languages);
        } catch (IllegalArgumentException e) {
            throw new UsageException("ingest: --ocr-languages: " + e.getMessage());
        }
        operation.rebuildIndex(context.flag("rebuild"))
            .followLinks(context.flag("follow-links"))
            .lowerMarking(context.flag("lower-marking"));
        if (context.option("password-file").isPresent()) {
            operation.passwords(passwords(context.option("password-file").get()));
        }
        if (context.option("max-seconds-per-file").isPresent()) {
            String value = context.option("max-seconds-per-file").get();
            long seconds;
            try {
                seconds = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds <= 0) {
                throw new UsageException("ingest: --max-seconds-per-file must be a whole number of seconds above 0, not '" + value + "'");
            }
            operation.timeLimitPerFile(Duration.ofSeconds(seconds));
        }
        operation
            .onIndexProblem(p -> context.err().println("ingest: " + p))
            .onResult(result -> context.out().println(IngestOperation.line(result)));
        Ingest.Summary summary = operation.execute(new NullProgressMonitor());
        context.out().printf("%d ingested, %d updated, %d unchanged, %d refused (%d files in %d ms)%n",
            summary.count(Ingest.Status.INGESTED), summary.count(Ingest.Status.UPDATED), summary.count(Ingest.Status.UNCHANGED),
            summary.count(Ingest.Status.REFUSED), summary.results().size(), operation.ingestMillis());
        for (Map.Entry<String, List<String>> entry : summary.savedSearchHits().entrySet()) {
            context.out().printf("saved search '%s': %d new: %s%n", entry.getKey(), entry.getValue().size(), String.join(" ", entry.getValue()));
        }
        return summary.count(Ingest.Status.REFUSED) > 0 ? FAILURE : OK;
    }

    /** The passwords of a password file: one per line, blank lines ignored; the file is named, never its content. */
    private static List<String> passwords(String file) throws UsageException {
        try {
            return Files.readAllLines(Path.of(file), java.nio.charset.StandardCharsets.UTF_8).stream().map(line -> line.endsWith("\r")
                ? line.substring(0, line.length() - 1) : line).filter(line -> !line.isEmpty()).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new UsageException("ingest: --password-file " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
