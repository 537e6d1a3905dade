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
import org.eclipse.core.runtime.OperationCanceledException;

import mosaic.core.workspace.Workspace;
import mosaic.io.extract.Banner;
import mosaic.io.extract.DocumentMetadata;
import mosaic.io.extract.ExtractOptions;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.Passage;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.internal.Analyzed;
import mosaic.search.internal.Digests;
import mosaic.search.internal.LocalFiles;
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
    private IsolatedReader reader = new IsolatedReader();
    private final ExtractOptions limits;
    /** The ingest's reports by content hash: content already there is not extracted again. */
    private final Map<String, Report> byHash;
    /** Whether a sidecar may lower the marking a file carries itself ({@code --lower-marking}). */
    private boolean lowerMarking;

    FilePreparer(Workspace workspace, SearchIndex index, Ingest.Options options, ExtractOptions limits, Map<String, Report> byHash) {
        this.workspace = workspace;
        this.index = index;
        this.options = options;
        this.limits = limits;
        this.byHash = byHash;
    }

    /** Whether links are followed (only to files inside {@link #roots}); by default none is. */
    private boolean followLinks;
    /** The real paths of the files and folders given, which a followed link must stay inside. */
    private List<Path> roots = List.of();
    /** Entries the walk could not read (an unreadable folder, a link loop), with the reason. */
    private Map<Path, String> walkProblems = Map.of();

    void links(boolean follow, List<Path> realRoots, Map<Path, String> problems) {
        this.followLinks = follow;
        this.roots = List.copyOf(realRoots);
        this.walkProblems = Map.copyOf(problems);
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /** The reader of files' text (its parser and its time limit per file). */
    IsolatedReader reader() {
        return reader;
    }

    void reader(IsolatedReader other) {
        this.reader = other;
    }

    void lowerMarking(boolean allowed) {
        this.lowerMarking = allowed;
    }

    /**
     * Reads, hashes, extracts and links a file; writes nothing. Runs on the worker thread. Whatever
     * goes wrong with the file refuses it with the reason; only a cancellation is thrown.
     */
    PreparedFile prepare(Path file, EntityMatcher matcher, IProgressMonitor monitor) {
        try {
            return prepareGuarded(file, matcher, monitor);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (Throwable t) { // NOSONAR: one file never stops a run, whatever fails
            return PreparedFile.refused(file, IsolatedReader.reason(t));
        }
    }

    private PreparedFile prepareGuarded(Path file, EntityMatcher matcher, IProgressMonitor monitor) {
        byte[] bytes;
        Map<String, String> sidecar;
        BasicFileAttributes attributes;
        String walkProblem = walkProblems.get(file);
        if (walkProblem != null) {
            return PreparedFile.refused(file, walkProblem);
        }
        try {
            try {
                attributes = LocalFiles.entry(file);
            } catch (IOException e) {
                return PreparedFile.refused(file, walkProblems.getOrDefault(file, "no such file"));
            }
            Path read = file;
            if (attributes.isSymbolicLink() && !followLinks) {
                return PreparedFile.refused(file, "a symbolic link (to " + linkTarget(file) + "): links are not followed; give the file itself,"
                    + " or --follow-links to follow links that stay inside the folders given");
            }
            if (followLinks) {
                // a link at any step of the path: where it ends must be inside what was given
                Path real;
                try {
                    real = file.toRealPath();
                } catch (IOException e) {
                    return PreparedFile.refused(file, "a symbolic link to " + linkTarget(file) + ", which does not exist");
                }
                if (roots.stream().noneMatch(real::startsWith)) {
                    return PreparedFile.refused(file, "reached through a symbolic link out of the folders given (to " + real + "): not followed");
                }
                read = real;
                attributes = LocalFiles.entry(real);
            }
            if (attributes.isOther()) {
                return PreparedFile.refused(file, LocalFiles.otherKind(read) + ", not a document: not read");
            }
            if (attributes.isDirectory()) {
                return PreparedFile.refused(file, "a folder reached through a link: not walked");
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
            bytes = LocalFiles.read(read, limits.maxFileBytes());
        } catch (IOException e) {
            return PreparedFile.refused(file, e.getMessage());
        }
        String hash = Digests.sha256(bytes);
        if (byHash.containsKey(hash)) {
            return PreparedFile.known(file, bytes, hash);
        }
        Extracted extracted;
        try {
            extracted = reader.read(file.getFileName().toString(), bytes, limits, monitor);
        } catch (ExtractionException e) {
            return PreparedFile.refused(file, e.reason());
        }
        MissionRules rules = workspace.rules();
        DocumentMetadata meta = extracted.metadata();
        String type = first(sidecar.get("type"), options.type(), Ingest.DEFAULT_TYPE);
        String classification = first(sidecar.get("classification"), meta.classification(), options.classification(),
            rules.classificationCodes().get(0));
        // The file's own banner: its compartment and releasability are part of its marking too.
        Banner banner = meta.classification() == null ? null : Banner.of(extracted.passages());
        if (banner != null && !banner.classification().equals(meta.classification())) {
            banner = null;
        }
        String bannerCompartment = null;
        if (banner != null) {
            List<String> compartments = new java.util.ArrayList<>();
            for (String caveat : banner.caveats()) {
                String code = compartmentCode(rules, caveat);
                if (code != null && !compartments.contains(code)) {
                    compartments.add(code);
                }
            }
            if (compartments.size() > 1) {
                return PreparedFile.refused(file, "the file's banner names " + compartments.size() + " compartments (" + String.join(", ", compartments)
                    + "); a report can be in one only");
            }
            bannerCompartment = compartments.isEmpty() ? null : compartments.get(0);
        }
        String compartment = first(sidecar.get("compartment"), bannerCompartment, options.compartment());
        String problem = Ingest.problem(rules, type, classification, compartment);
        if (problem != null) {
            String origin = sidecar.containsKey("classification") || sidecar.containsKey("type") || sidecar.containsKey("compartment")
                ? " (from the sidecar)" : meta.classification() != null && classification.equals(meta.classification()) ? " (marked in the file)" : "";
            return PreparedFile.refused(file, problem + origin);
        }
        String note = null;
        List<String> lowered = new java.util.ArrayList<>();
        if (meta.classification() != null && rules.isClassification(meta.classification())
            && rules.classificationRank(classification) < rules.classificationRank(meta.classification())) {
            lowered.add("classification " + meta.classification() + " to " + classification);
        }
        if (bannerCompartment != null && !bannerCompartment.equals(compartment)) {
            lowered.add("compartment " + bannerCompartment + " to " + (compartment == null ? "none" : compartment));
        }
        if (!lowered.isEmpty()) {
            if (!lowerMarking) {
                return PreparedFile.refused(file, "the file is marked " + meta.classification() + (bannerCompartment == null ? "" : " // " + bannerCompartment)
                    + " and the sidecar would lower its " + String.join(" and ", lowered) + " (lowering a file's own marking needs --lower-marking)");
            }
            note = "marking lowered (--lower-marking): " + String.join(", ", lowered);
        }
        List<String> releasableTo = banner == null ? List.of() : banner.releasableTo();
        Instant date;
        try {
            date = sidecar.containsKey("date") ? parseDate(sidecar.get("date")) : meta.date() != null ? meta.date()
                : attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            return PreparedFile.refused(file, "sidecar date '" + sidecar.get("date") + "' is not a date (write 2024-03-15 or 2024-03-15T08:00:00Z)");
        }
        List<Passage> passages = ReportDocuments.passages(extracted);
        return new PreparedFile(file, null, bytes, hash, sidecar, extracted.mediaType(), meta, type, classification, compartment, date, passages,
            Analyzed.of(passages, index.analyzer(), matcher), releasableTo, note,
            extracted.allWarnings().isEmpty() ? null : String.join("; ", extracted.allWarnings()));
    }

    /** The mission's compartment a banner caveat names (its code, ignoring case), or {@code null}. */
    private static String compartmentCode(MissionRules rules, String caveat) {
        if (!rules.hasTaxonomy(MissionRules.COMPARTMENTS)) {
            return null;
        }
        for (String code : rules.termCodes(MissionRules.COMPARTMENTS)) {
            if (code.equalsIgnoreCase(caveat.strip()) || code.equalsIgnoreCase(caveat.strip().replace(' ', '-'))) {
                return code;
            }
        }
        return null;
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
