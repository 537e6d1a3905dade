package mosaic.search;

import java.io.IOException;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.search.internal.ContentStore;

/**
 * Takes back what an {@link Ingest} did for a file that could not be stored whole (its record, and
 * its original when the run wrote it), and removes an original no report uses any more.
 */
final class IngestUndo {

    private final Workspace workspace;
    private final ContentStore store;

    IngestUndo(Workspace workspace, ContentStore store) {
        this.workspace = workspace;
        this.store = store;
    }

    /** Undoes a file whose record was set up: the record (and the original, when this run wrote it). */
    void undoStored(BatchEntry entry, boolean contentWritten) {
        undo(entry.report, entry.backup, entry.added, contentWritten ? entry.contentFile : null);
        if (entry.previous == null) {
            entry.report = null;
        }
    }

    /** Undoes a file whose set-up failed before anything was written. */
    void undo(BatchEntry entry) {
        if (entry.report != null) {
            undo(entry.report, entry.backup, entry.added, null);
        }
    }

    private void undo(Report report, Report backup, boolean added, String writtenContent) {
        try {
            if (added) {
                workspace.delete(report);
            } else if (backup != null) {
                for (var feature : MosaicPackage.Literals.REPORT.getEAllStructuralFeatures()) {
                    if (feature.isChangeable() && !feature.isDerived()) {
                        report.eSet(feature, backup.eGet(feature));
                    }
                }
                workspace.save(report);
            }
            if (writtenContent != null) {
                store.remove(writtenContent);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("ingest failed and could not be undone for report " + report.getId() + ": " + e.getMessage(), e);
        }
    }

    /** Removes an original when no report of the workspace points to it any more. */
    void removeUnused(String contentFile) {
        if (contentFile == null) {
            return;
        }
        for (Report other : workspace.objects(Report.class)) {
            if (contentFile.equals(other.getContentFile())) {
                return;
            }
        }
        try {
            store.remove(contentFile);
        } catch (IOException e) {
            throw new IllegalStateException("old content " + contentFile + " could not be removed: " + e.getMessage(), e);
        }
    }
}
