package mosaic.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.core.workspace.Workspace;
import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.internal.Analyzed;
import mosaic.search.internal.Digests;
import mosaic.search.internal.ReportDocuments;
import mosaic.search.internal.Sidecar;

/**
 * The first stage of an {@link Ingest}: reads, hashes, extracts and analyses one file, and settles
 * its metadata (sidecar, then the file's own, then the options, then fallbacks), on the ingest's
 * worker thread. Writes nothing: the result is a {@link PreparedFile}, a refusal or everything the
 * later stages need.
 */
final class FilePreparer {

    private final Workspace workspace;
    private final SearchIndex index;
    private final Ingest.Options options;
    private final TextExtractor extractor = new TextExtractor();
    private final ExtractOptions limits;
    /** The ingest's reports by content hash: content already there is not extracted again. */
    private final Map<String, Report> byHash;

    FilePreparer(Workspace workspace, SearchIndex index, Ingest.Options options, ExtractOptions limits, Map<String, Report> byHash) {
        this.workspace = workspace;
        this.index = index;
        this.options = options;
        this.limits = limits;
        this.byHash = byHash;
    }

    /** Reads, hashes, extracts and links a file; writes nothing. Runs on the worker thread. */
    PreparedFile prepare(Path file, EntityMatcher matcher, IProgressMonitor monitor) {
        byte[] bytes;
        Map<String, String> sidecar;
        BasicFileAttributes attributes;
        try {
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return PreparedFile.refused(file, "no such file");
            }
            if (!attributes.isRegularFile()) {
                return PreparedFile.refused(file, "no such file");
            }
            sidecar = Sidecar.read(file);
            long size = attributes.size();
            if (size > limits.maxFileBytes()) {
                return PreparedFile.refused(file, "file is " + (size >> 20) + " MiB, larger than the limit of " + (limits.maxFileBytes() >> 20)
                    + " MiB (refused, not read)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return PreparedFile.refused(file, e.getMessage());
        }
        String hash = Digests.sha256(bytes);
        if (byHash.containsKey(hash)) {
            return PreparedFile.known(file, bytes, hash);
        }
        Extracted extracted;
        try {
            extracted = extractor.extract(file.getFileName().toString(), bytes, limits, monitor);
        } catch (ExtractionException e) {
            return PreparedFile.refused(file, e.reason());
        }
        MissionRules rules = workspace.rules();
        DocumentMetadata meta = extracted.metadata();
        String type = first(sidecar.get("type"), options.type(), Ingest.DEFAULT_TYPE);
        String classification = first(sidecar.get("classification"), meta.classification(), options.classification(),
            rules.classificationCodes().get(0));
        String compartment = first(sidecar.get("compartment"), options.compartment());
        String problem = Ingest.problem(rules, type, classification, compartment);
        if (problem != null) {
            String origin = sidecar.containsKey("classification") || sidecar.containsKey("type") || sidecar.containsKey("compartment")
                ? " (from the sidecar)" : meta.classification() != null && classification.equals(meta.classification()) ? " (marked in the file)" : "";
            return PreparedFile.refused(file, problem + origin);
        }
        Instant date;
        try {
            date = sidecar.containsKey("date") ? parseDate(sidecar.get("date")) : meta.date() != null ? meta.date()
                : attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            return PreparedFile.refused(file, "sidecar date '" + sidecar.get("date") + "' is not a date (write 2024-03-15 or 2024-03-15T08:00:00Z)");
        }
        List<Passage> passages = ReportDocuments.passages(extracted);
        return new PreparedFile(file, null, bytes, hash, sidecar, extracted.mediaType(), meta, type, classification, compartment, date, passages,
            Analyzed.of(passages, index.analyzer(), matcher), extracted.allWarnings().isEmpty() ? null : String.join("; ", extracted.allWarnings()));
    }

    /** A sidecar's date: an instant, a day (midnight UTC) or a local date and time (UTC). */
    static Instant parseDate(String text) {
        String value = text.trim();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
    }

    /** The first value that is not blank, trimmed, or {@code null}. */
    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
