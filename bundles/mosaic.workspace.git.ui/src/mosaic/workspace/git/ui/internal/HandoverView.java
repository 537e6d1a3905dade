package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.ui.part.ViewPart;

import mosaic.ui.Columns;
import mosaic.workspace.git.History;

/**
 * The handover summary: everything changed since a tag or a date (YYYY-MM-DD), grouped by kind,
 * then author, each object once per author.
 */
public final class HandoverView extends ViewPart {

    /** One row: an object changed by an author. */
    public record Row(String kind, String author, String object, String change) {
    }

    private Combo since;
    private TableViewer table;
    private Label summary;
    private AutoCloseable gitSubscription;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Since tag or date (YYYY-MM-DD):");
        since = new Combo(parent, SWT.DROP_DOWN);
        since.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        since.setToolTipText("A tag of the workspace, or a date such as 2026-11-01");
        Button show = new Button(parent, SWT.PUSH);
        show.setText("Show");
        show.addListener(SWT.Selection, e -> run(since.getText().strip()));
        since.addListener(SWT.DefaultSelection, e -> run(since.getText().strip()));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Kind", 120, Row::kind);
        column("Author", 180, Row::author);
        column("Object", 280, Row::object);
        column("Change", 100, Row::change);
        loadTags();
        gitSubscription = Versioning.addListener(this::loadTags);
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        Columns.add(table, Row.class, title, width, text);
    }

    private void loadTags() {
        Path root = Versioning.root();
        if (since == null || since.isDisposed()) {
            return;
        }
        if (!Versioning.versioned(root)) {
            return;
        }
        Job job = Versioning.read("Reading tags", root, (repository, monitor) -> {
            List<String> tags = new ArrayList<>();
            for (Ref ref : repository.repository().getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                tags.add(ref.getName().substring(Constants.R_TAGS.length()));
            }
            return tags;
        }, tags -> {
            if (!since.isDisposed()) {
                since.setItems(tags.toArray(String[]::new));
            }
        });
        job.schedule();
    }

    /** Shows the changes since {@code tagOrDate} (everything when blank), in a job. */
    public Job run(String tagOrDate) {
        Path root = Versioning.root();
        if (!Versioning.versioned(root)) {
            summary.setText("The open workspace is not versioned.");
            return null;
        }
        String from = tagOrDate == null || tagOrDate.isBlank() ? null : tagOrDate.strip();
        if (!since.getText().strip().equals(from == null ? "" : from)) {
            since.setText(from == null ? "" : from); // the field shows the filter, however it was asked for
        }
        Job job = Versioning.read("Handover summary", root, (repository, monitor) -> {
            try {
                return new History(repository).handover(from);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + from + "' is neither a tag of the workspace nor a date (YYYY-MM-DD)", e);
            }
        }, this::show);
        job.schedule();
        return job;
    }

    private void show(Map<String, Map<String, List<History.ObjectChange>>> handover) {
        if (table.getTable().isDisposed()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        handover.forEach((kind, byAuthor) -> byAuthor.forEach((author, changes) -> {
            for (History.ObjectChange change : changes) {
                rows.add(new Row(kind, author, change.title(), change.type().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }));
        table.setInput(rows);
        summary.setText(rows.size() + " object change" + (rows.size() == 1 ? "" : "s"));
        summary.getParent().layout();
    }

    /** The rows shown. */
    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        Object input = table.getInput();
        return input == null ? List.of() : (List<Row>) input;
    }

    @Override
    public void setFocus() {
        since.setFocus();
    }

    @Override
    public void dispose() {
        Versioning.close(gitSubscription);
        super.dispose();
    }
}
