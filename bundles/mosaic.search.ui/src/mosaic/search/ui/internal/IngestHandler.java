package mosaic.search.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.core.workspace.Workspace;
import mosaic.ops.WorkspaceRule;
import mosaic.search.Ingest;
import mosaic.search.ops.IngestOperation;
import mosaic.ui.session.Sessions;

/**
 * File &gt; Ingest Reports...: choose files and folders and the defaults for files without metadata,
 * then ingest them as a job with progress and cancel. The summary names every refused file with its
 * reason; saved searches that found new reports are flagged.
 */
public final class IngestHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        open(HandlerUtil.getActiveShellChecked(event), List.of());
        return null;
    }

    /** Opens the ingest dialog with some paths already chosen (for example dropped files). */
    static void open(Shell shell, List<Path> paths) {
        if (Sessions.current().workspace() == null) {
            MessageDialog.openInformation(shell, "Ingest Reports", "Open a workspace first: reports are ingested into it.");
            return;
        }
        IngestDialog dialog = new IngestDialog(shell, Sessions.current().workspace().rules(), paths);
        if (dialog.open() == Window.OK) {
            job(dialog.paths(), dialog.options()).schedule();
        }
    }

    /**
     * The ingest job: runs the {@link IngestOperation} on the session's workspace and the archive's
     * index, holding the workspace's rule (no load, sync or other ingest of that workspace runs
     * meanwhile); reports each file's result when done, in a dialog (or the job's status).
     */
    static Job job(List<Path> paths, Ingest.Options options) {
        Workspace opened = Sessions.current().workspace();
        ISchedulingRule rule = opened == null ? null : WorkspaceRule.of(opened);
        Job job = Archive.job("Ingesting " + paths.size() + (paths.size() == 1 ? " file or folder" : " files and folders"), monitor -> {
            List<Ingest.Result> done = new ArrayList<>();
            try {
                Ingest.Summary summary = Archive.get().withIndex(monitor, (ws, index) -> {
                    IngestOperation operation = new IngestOperation(ws, paths, options).withIndex(index).onResult(done::add);
                    if (rule == null || !rule.contains(operation.getSchedulingRule())) {
                        throw new IllegalStateException("another workspace was opened since the ingest was asked for; nothing was ingested");
                    }
                    return operation.execute(monitor);
                });
                Archive.get().addFresh(summary.savedSearchHits());
                Display.getDefault().asyncExec(() -> {
                    Sessions.current().fire();
                    report(summary);
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                Display.getDefault().asyncExec(() -> Sessions.current().fire());
                return Status.CANCEL_STATUS;
            } catch (IllegalArgumentException | IllegalStateException e) {
                return Status.error(e.getMessage());
            } catch (Exception e) {
                return Status.error("Ingest stopped after " + done.size() + " files: " + e.getMessage(), e);
            }
        });
        job.setRule(rule);
        job.setUser(true);
        return job;
    }

    private static void report(Ingest.Summary summary) {
        String counts = summary.count(Ingest.Status.INGESTED) + " ingested, " + summary.count(Ingest.Status.UPDATED) + " updated, "
            + summary.count(Ingest.Status.UNCHANGED) + " unchanged, " + summary.count(Ingest.Status.REFUSED) + " refused"
            + (summary.savedSearchHits().isEmpty() ? "" : "; new hits for saved searches: " + String.join(", ", summary.savedSearchHits().keySet()));
        // files ingested without all their text (scanned pages without OCR, an OCR language missing)
        List<String> warnings = summary.results().stream().filter(r -> r.status() != Ingest.Status.REFUSED && r.reason() != null)
            .map(r -> r.file().getFileName() + ": " + r.reason()).toList();
        if (!warnings.isEmpty()) {
            counts += ".\n\nRead in part:\n" + String.join("\n", warnings);
        }
        Shell shell = Display.getDefault().getActiveShell();
        if (summary.count(Ingest.Status.REFUSED) == 0) {
            if (shell != null) {
                mosaic.ui.Prompter.get().inform("Ingest Reports", counts + ".");
            }
            return;
        }
        MultiStatus status = new MultiStatus("mosaic.search.ui", 0, counts + ". Refused files, each with its reason:", null);
        for (Ingest.Result result : summary.results()) {
            if (result.status() == Ingest.Status.REFUSED) {
                status.add(Status.warning(result.file() + ": " + result.reason()));
            }
        }
        if (shell != null) {
            mosaic.ui.Prompter.get().error("Ingest Reports", "Some files were not ingested; nothing of them was kept.", status);
        }
    }
}
