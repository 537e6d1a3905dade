package mosaic.search;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The stored original of a report, if it has one inside the workspace. */
    public static Optional<Path> original(Workspace workspace, Report report) {
        if (report.getContentFile() == null || report.getContentFile().isBlank()) {
            return Optional.empty();
        }
        Path file = workspace.root().resolve(report.getContentFile()).normalize();
        return file.startsWith(workspace.root()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
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
