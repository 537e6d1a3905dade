package mosaic.search.ui.internal;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.part.ViewPart;

import mosaic.core.access.Audience;
import mosaic.model.MosaicObject;
import mosaic.model.Report;
import mosaic.search.SearchHit;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;
import mosaic.ui.markings.MarkingStyle;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The report archive search: a query field with history (Lucene syntax, or simple mode), facets
 * that narrow the search when double-clicked, hits with their marking, date, type and best passage,
 * and a preview of that passage in its context with the matches highlighted. Every query runs as a
 * job, as the analyst's audience ({@link Session#audience()}): what lies above it never reaches this
 * view. Files dropped on the view are ingested.
 * <p>
 * This class holds the query bar with its history, the hits table and the searches; the facets
 * panel ({@link SearchFacets}), the preview ({@link HitPreview}) and what the analyst does with a
 * hit or the search shown ({@link HitActions}) are classes of their own.
 */
public final class SearchView extends ViewPart {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private static final int HISTORY = 20;
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    static final Pattern BOLD = Pattern.compile("<b>(.*?)</b>");

    private Combo query;
    private Button simple;
    private Combo sort;
    private SearchFacets facets;
    private TableViewer results;
    private StyledText preview;
    private HitPreview hitPreview;
    private final HitActions actions = new HitActions(this);
    private Label status;

    private SearchQuery lastQuery;
    private SearchResult lastResult;
    private AutoCloseable sessionListener;
    /** The workspace the filters and results belong to. */
    private mosaic.core.workspace.Workspace searched;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(6, false));
        query = new Combo(bar, SWT.DROP_DOWN);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setToolTipText("Lucene syntax: \"phrases\", AND OR NOT, title:word, wildcards wor*, fuzzy word~, date:[2025-01-01 TO 2025-12-31]."
            + " Simple mode: words, \"phrases\", + | - and word*.");
        query.addListener(SWT.DefaultSelection, e -> search());
        simple = new Button(bar, SWT.CHECK);
        simple.setText("Simple");
        simple.setToolTipText("Simple mode: never a syntax error; every word must match");
        sort = new Combo(bar, SWT.READ_ONLY);
        sort.setItems("Relevance", "Newest first", "Oldest first");
        sort.select(0);
        sort.addListener(SWT.Selection, e -> search());
        Button go = new Button(bar, SWT.PUSH);
        go.setText("Search");
        go.addListener(SWT.Selection, e -> search());
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Save Search...");
        save.addListener(SWT.Selection, e -> actions.saveSearch());
        Button ingest = new Button(bar, SWT.PUSH);
        ingest.setText("Ingest...");
        ingest.addListener(SWT.Selection, e -> IngestHandler.open(getSite().getShell(), List.of()));

        Label filtersLabel = new Label(parent, SWT.NONE);
        filtersLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filtersLabel.setToolTipText("Double-click a facet to narrow the search; double-click it again to widen it");

        SashForm across = new SashForm(parent, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tree facetTree = new Tree(across, SWT.BORDER | SWT.SINGLE);
        facets = new SearchFacets(facetTree, filtersLabel);
        facetTree.addListener(SWT.DefaultSelection, e -> toggleFacet());
        SashForm down = new SashForm(across, SWT.VERTICAL);
        createResults(down);
        preview = new StyledText(down, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        preview.setMargins(6, 4, 6, 4);
        hitPreview = new HitPreview(this, preview);
        down.setWeights(60, 40);
        across.setWeights(22, 78);

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        status.setText("Type a query and press Enter.");

        DropTarget drop = new DropTarget(parent, DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files) {
                    IngestHandler.open(getSite().getShell(), java.util.Arrays.stream(files).map(Path::of).toList());
                }
            }
        });
        sessionListener = session.addListener(() -> {
            if (status.isDisposed()) {
                return;
            }
            if (session.workspace() != searched) {
                // another workspace: its facets and filters name other objects
                searched = Sessions.current().workspace();
                facets.clearFilters();
                lastResult = null;
                results.setInput(java.util.List.of());
                facets.removeAll();
                preview.setText("");
                lastQuery = null;
            } else if (lastQuery != null) {
                run(lastQuery); // the clearance may have changed: never leave hits above it on screen
            }
        });
        searched = Sessions.current().workspace();
        facets.updateFilters();
    }

    private void createResults(Composite parent) {
        results = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column("Marking", 150, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((SearchHit) element).classification();
            }

            @Override
            public Color getBackground(Object element) {
                var workspace = session.workspace();
                return workspace == null ? null : MarkingStyle.background(((SearchHit) element).classification(), workspace.rules());
            }

            @Override
            public Color getForeground(Object element) {
                return MarkingStyle.foreground();
            }
        });
        column("Date", 90, text(hit -> hit.date() == null ? "" : DAY.format(hit.date())));
        column("Type", 110, text(SearchHit::type));
        column("Title", 330, text(SearchHit::title));
        column("Where", 90, text(hit -> hit.passage() == 0 ? "" : hit.passageKind() + " " + hit.passage() + (hit.ocr() ? " " + hit.ocrNote() : "")));
        column("Best passage", 420, text(hit -> BOLD.matcher(hit.snippet() == null ? "" : hit.snippet()).replaceAll("$1")));
        results.addSelectionChangedListener(e -> hitPreview.show(selectedHit()));
        results.addDoubleClickListener(e -> actions.openReport());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillMenu);
        results.getTable().setMenu(menu.createContextMenu(results.getTable()));
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private static ColumnLabelProvider text(java.util.function.Function<SearchHit, String> value) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String text = value.apply((SearchHit) element);
                return text == null ? "" : text;
            }
        };
    }

    /** The hit selected first, or {@code null}. */
    SearchHit selectedHit() {
        Object first = results.getStructuredSelection().getFirstElement();
        return first instanceof SearchHit hit ? hit : null;
    }

    /** A hit's report, when the analyst may see it. */
    Optional<Report> report(SearchHit hit) {
        var workspace = Sessions.current().workspace();
        if (hit == null || workspace == null) {
            return Optional.empty();
        }
        return workspace.get(hit.reportId()).filter(Report.class::isInstance).map(Report.class::cast).filter(session::visible);
    }

    // ---------------------------------------------------------------------------------- queries

    /** Runs what is in the query field with the facet filters, as a job. */
    void search() {
        String text = query.getText().trim();
        remember(text);
        run(currentQuery(text));
    }

    /** Shows a saved search's query and runs it. */
    void show(SearchQuery saved) {
        query.setText(saved.text());
        simple.setSelection(saved.simple());
        sort.select(saved.sort().ordinal());
        facets.setFilters(saved.types(), saved.mentions());
        run(saved.withFacets(true).withLimit(200));
    }

    private SearchQuery currentQuery(String text) {
        SearchQuery q = SearchQuery.of(text).withSimple(simple.getSelection()).withSort(SearchQuery.Sort.values()[sort.getSelectionIndex()])
            .withFacets(true).withLimit(200);
        return facets.narrow(q);
    }

    private void remember(String text) {
        if (text.isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>(List.of(query.getItems()));
        items.remove(text);
        items.add(0, text);
        query.setItems(items.subList(0, Math.min(HISTORY, items.size())).toArray(String[]::new));
        query.setText(text);
    }

    private void run(SearchQuery q) {
        Audience audience = session.audience();
        if (audience == null) {
            status.setText("Open a workspace to search its reports.");
            return;
        }
        status.setText("Searching ...");
        lastQuery = q;
        Display display = getSite().getShell().getDisplay();
        Job job = Archive.job("Searching reports", monitor -> {
            long start = System.nanoTime();
            try {
                SearchResult result = Archive.get().withIndex(monitor, (ws, index) -> index.searcher().search(q, audience));
                long ms = (System.nanoTime() - start) / 1_000_000;
                display.asyncExec(() -> showResult(q, result, audience, ms));
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                display.asyncExec(() -> showError(message));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** Shows the reports most like a hit's, as a job. */
    void moreLikeThis(SearchHit hit) {
        Audience audience = Sessions.current().audience();
        Display display = getSite().getShell().getDisplay();
        Job job = Archive.job("Finding reports like " + hit.title(), monitor -> {
            try {
                SearchResult result = Archive.get().withIndex(monitor, (ws, index) -> index.searcher().moreLikeThis(hit.reportId(), audience, 50));
                display.asyncExec(() -> showResult(null, result, audience, 0));
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                display.asyncExec(() -> showError(message));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void showError(String message) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(message);
        results.setInput(List.of());
        facets.removeAll();
        preview.setText("");
    }

    private void showResult(SearchQuery q, SearchResult result, Audience audience, long ms) {
        if (status.isDisposed() || (q != null && q != lastQuery)) {
            return; // a later search replaced this one while it ran
        }
        lastResult = result;
        results.setInput(result.hits());
        status.setText(result.total() + (result.total() == 1 ? " report" : " reports") + (result.hits().size() < result.total()
            ? ", first " + result.hits().size() + " shown" : "") + (ms > 0 ? " (" + ms + " ms)" : "")
            + " · searched as " + audience.clearance() + (audience.compartments().isEmpty() ? "" : " " + audience.compartments()));
        facets.show(result.facets());
        preview.setText("");
        if (q == null) {
            status.setText(status.getText() + " · more like the selected report");
        }
    }

    private void toggleFacet() {
        String[] facet = facets.selected();
        if (facet == null) {
            return;
        }
        toggle(facet[0], facet[1]);
    }

    /** Narrows the search to a facet value, or widens it again when it is already chosen. */
    void toggle(String facet, String value) {
        if (facets.toggle(facet, value)) {
            run(currentQuery(query.getText().trim()));
        }
    }

    /** The query of the hits shown, or {@code null}. */
    SearchQuery lastQuery() {
        return lastQuery;
    }

    /** Runs the search shown again, if there is one and the view is open. */
    void searchAgain() {
        if (!status.isDisposed() && lastQuery != null) {
            run(lastQuery);
        }
    }

    /** Saves the search shown under a name, as the analyst's audience. */
    void save(String name) {
        actions.save(name);
    }

    /** Confirms or rejects a report's link to an actor, then re-indexes the report (a job). */
    void link(Report report, MosaicObject entity, boolean confirm) {
        actions.link(report, entity, confirm);
    }

    // ---------------------------------------------------------------------------------- for tests

    SearchResult lastResult() {
        return lastResult;
    }

    void setQuery(String text, boolean simpleMode) {
        query.setText(text);
        simple.setSelection(simpleMode);
    }

    TableViewer results() {
        return results;
    }

    StyledText preview() {
        return preview;
    }

    String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        try {
            if (sessionListener != null) {
                sessionListener.close();
            }
        } catch (Exception e) {
            // nothing to release
        }
        super.dispose();
    }

    /** The hit for a report id among those shown, for tests. */
    Optional<SearchHit> hit(String reportId) {
        return lastResult == null ? Optional.empty() : lastResult.hits().stream().filter(h -> h.reportId().equals(reportId)).findFirst();
    }

    /** Selects a hit as the analyst would (shows its preview). */
    void select(SearchHit hit) {
        results.setSelection(new org.eclipse.jface.viewers.StructuredSelection(hit), true);
    }
}
