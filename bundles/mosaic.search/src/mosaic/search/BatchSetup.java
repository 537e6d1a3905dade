package mosaic.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.util.EcoreUtil;

import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;
import mosaic.io.extract.CleanText;
import mosaic.io.extract.Passage;
import mosaic.model.Attribute;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.search.internal.ContentStore;

/**
 * The batch stage of an {@link Ingest}, on the ingest thread: sets up the report record of each
 * prepared file of a batch (a new one, or the one ingested before from the same path), and starts
 * writing the batch's originals and records under temporary names in the background, with one
 * sync that makes them durable together.
 */
final class BatchSetup {

    private static final int SUMMARY_CHARS = 400;

    private final Workspace workspace;
    private final ContentStore store;
    private final Map<String, Report> byHash;
    private final Map<String, Report> bySource;
    private final IngestUndo undo;

    BatchSetup(Workspace workspace, ContentStore store, Map<String, Report> byHash, Map<String, Report> bySource, IngestUndo undo) {
        this.workspace = workspace;
        this.store = store;
        this.byHash = byHash;
        this.bySource = bySource;
        this.undo = undo;
    }

    /**
     * Starts storing a batch: sets up each file's report record, and starts writing the originals
     * and the records in the background.
     */
    IngestBatch begin(List<PreparedFile> prepared, IngestRun run) {
        // originals and records of the batch are made durable together: one flush, not two per report
        AtomicFiles.Group group = AtomicFiles.group();
        List<BatchEntry> entries = new ArrayList<>();
        List<Report> records = new ArrayList<>();
        for (PreparedFile p : prepared) {
            BatchEntry entry = new BatchEntry(p);
            entries.add(entry);
            if (p.refusal() != null) {
                entry.result = p.refusal();
                continue;
            }
            Report same = byHash.get(p.hash());
            if (same != null) {
                entry.result = new Ingest.Result(p.file(), Ingest.Status.UNCHANGED, same.getId(), null);
                continue;
            }
            BatchEntry first = run.unfinished.get(p.hash());
            if (first != null) {
                entry.sameAs = first;
                continue;
            }
            try {
                setUp(entry);
            } catch (RuntimeException | Error e) { // NOSONAR: one file never stops a run
                entry.problem = e.getMessage() == null ? IsolatedReader.reason(e) : e.getMessage();
                undo.undo(entry);
                continue;
            }
            run.unfinished.put(p.hash(), entry);
            records.add(entry.report);
            byte[] bytes = p.bytes();
            String contentFile = entry.contentFile;
            entry.content = run.writers.submit(() -> store.stage(contentFile, bytes, group));
        }
        Workspace.PendingSave save;
        try {
            save = workspace.beginSave(records, group);
        } catch (IOException e) {
            return new IngestBatch(entries, null, e.getMessage(), null);
        }
        // the sync waits for the batch's files on a writer, so that the next batch is prepared meanwhile
        Future<?> durable = run.writers.submit(() -> {
            for (BatchEntry entry : entries) {
                if (entry.content != null) {
                    try {
                        entry.content.get();
                    } catch (ExecutionException e) {
                        // BatchWriter.store reports it
                    }
                }
            }
            save.awaitDurable();
            return null;
        });
        return new IngestBatch(entries, save, null, durable);
    }

    /** Sets the report record of a file (a new one, or the one ingested before from the same path). */
    private void setUp(BatchEntry entry) {
        PreparedFile p = entry.prepared;
        Path file = p.file();
        String name = CleanText.of(file.getFileName().toString());
        entry.contentFile = ContentStore.relativePath(p.hash(), p.mediaType());
        entry.previous = bySource.get(file.toString());
        entry.report = entry.previous != null ? entry.previous : workspace.create(MosaicPackage.Literals.REPORT);
        entry.backup = entry.previous != null ? EcoreUtil.copy(entry.previous) : null;
        Report report = entry.report;
        report.setTitle(FilePreparer.first(p.sidecar().get("title"), p.meta().title(), stripExtension(name)));
        report.setReportType(p.type());
        report.setDate(p.date());
        report.setAuthor(FilePreparer.first(p.sidecar().get("author"), p.meta().author()));
        report.setComponent(p.sidecar().get("component"));
        report.setContentFile(entry.contentFile);
        report.setContentHash(p.hash());
        report.setMediaType(p.mediaType().mime());
        report.setOriginalName(name);
        report.setSummary(summary(p.passages()));
        report.getMarking().setClassification(p.classification());
        report.getMarking().setCompartment(p.compartment());
        report.getMarking().getReleasableTo().clear();
        report.getMarking().getReleasableTo().addAll(p.releasableTo());
        setSource(report, file.toString());
        if (entry.previous == null) {
            workspace.add(report);
            entry.added = true;
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String summary(List<Passage> passages) {
        if (passages.isEmpty()) {
            return null;
        }
        String first = passages.get(0).text();
        // only the beginning is needed: white space is folded in at most twice the summary's length
        boolean cut = first.length() > 2 * SUMMARY_CHARS;
        int end = cut ? 2 * SUMMARY_CHARS : first.length();
        StringBuilder text = new StringBuilder(SUMMARY_CHARS + 1);
        for (int i = 0; i < end && text.length() <= SUMMARY_CHARS; i++) {
            char c = first.charAt(i);
            if (isSpace(c)) {
                while (i + 1 < end && isSpace(first.charAt(i + 1))) {
                    i++;
                }
                c = ' ';
            }
            text.append(c);
        }
        if (text.length() <= SUMMARY_CHARS && !cut) {
            return text.toString();
        }
        text.setLength(Math.min(text.length(), SUMMARY_CHARS));
        return text.append('…').toString();
    }

    /** White space as a summary folds it: what {@code \\s} matches in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void setSource(Report report, String path) {
        for (Attribute attribute : report.getAttributes()) {
            if (Ingest.SOURCE_KEY.equals(attribute.getKey())) {
                attribute.setValue(path);
                return;
            }
        }
        Attribute attribute = MosaicFactory.eINSTANCE.createAttribute();
        attribute.setKey(Ingest.SOURCE_KEY);
        attribute.setValue(path);
        report.getAttributes().add(attribute);
    }
}
