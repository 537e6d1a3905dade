package mosaic.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import mosaic.core.workspace.Workspace;
import mosaic.io.extract.ExtractionException;
import mosaic.io.extract.Extracted;
import mosaic.io.extract.Passage;
import mosaic.io.extract.TextExtractor;
import mosaic.model.Report;
import mosaic.search.internal.ReportDocuments;

/**
 * A report's original and its passages as the index numbers them, so that a hit's passage number
 * can be shown in context (the passage with the ones around it).
 */
public final class ReportText {

    private ReportText() {
    }

    /**
     * The stored original of a report, if it has one that may be read: see {@link #checkOriginal}.
     * A report whose original is refused has none here; the reason is {@link #checkOriginal}'s.
     */
    public static Optional<Path> original(Workspace workspace, Report report) {
        Original checked = checkOriginal(workspace, report);
        return checked.problem() == null ? Optional.ofNullable(checked.file()) : Optional.empty();
    }

    /**
     * A report's original as checked before anything reads it (index, preview, open).
     *
     * @param file the file, or {@code null} when the report has none or it is refused
     * @param problem why the original is refused, naming the report's record and the file, or {@code null}
     */
    public record Original(Path file, String problem) {
    }

    /**
     * Checks a report's original before it is indexed, rendered or opened: the file must be inside
     * the workspace, reached through no symbolic link, a regular file, and hold exactly the bytes
     * of the report's {@code contentHash} (SHA-256). A record that a remote or a hand edit points at
     * another file (a link to {@code /etc/hostname}, a colleague's other document) is refused.
     */
    public static Original checkOriginal(Workspace workspace, Report report) {
        String contentFile = report.getContentFile();
        if (contentFile == null || contentFile.isBlank()) {
            return new Original(null, null);
        }
        Path root = workspace.root().toAbsolutePath().normalize();
        Path file = root.resolve(contentFile).normalize();
        String record = workspace.fileOf(report) == null ? report.getId() : workspace.relative(workspace.fileOf(report));
        String where = record + ": content file " + contentFile;
        if (!file.startsWith(root) || file.equals(root)) {
            return new Original(null, where + " is outside the workspace; refused");
        }
        for (Path step = file; step != null && !step.equals(root); step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                return new Original(null, where + " is reached through a symbolic link (" + root.relativize(step) + "); refused");
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Original(null, where + (Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? " is not a regular file; refused" : " is missing"));
        }
        String expected = report.getContentHash();
        if (expected == null || expected.isBlank()) {
            return new Original(null, where + " has no content hash to check it against; refused");
        }
        String actual;
        try {
            actual = sha256(file);
        } catch (IOException e) {
            return new Original(null, where + " cannot be read: " + e.getMessage());
        }
        if (!actual.equalsIgnoreCase(expected.strip())) {
            return new Original(null, where + " does not match the report's content hash (" + abbreviate(expected) + ", the file is "
                + abbreviate(actual) + "); refused");
        }
        return new Original(file, null);
    }

    private static String abbreviate(String hash) {
        String h = hash.strip();
        return h.length() > 12 ? h.substring(0, 12) + "..." : h;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The report's passages, numbered as in the index (1-based {@link Passage#index()}), read again
     * from the original.
     *
     * @throws ExtractionException when the original cannot be read; names the file and the reason
     */
    public static List<Passage> passages(Workspace workspace, Report report, IProgressMonitor monitor) throws ExtractionException {
        Optional<Path> file = original(workspace, report);
        if (file.isEmpty()) {
            return List.of();
        }
        return ReportDocuments.passages(new TextExtractor().extract(file.get(), Ingest.extractOptions(workspace), monitor));
    }

    /**
     * The passages of an extracted document and its attachments, as ingest indexes them:
     * paragraphs grouped, numbered from 1.
     */
    public static List<Passage> passages(Extracted extracted) {
        return ReportDocuments.passages(extracted);
    }
}
