package mosaic.search.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
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
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.ViewPart;

import mosaic.core.access.Audience;
import mosaic.io.extract.Passage;
import mosaic.model.Actor;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Report;
import mosaic.search.LinkCorrections;
import mosaic.search.ReportText;
import mosaic.search.SavedSearches;
import mosaic.search.SearchHit;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.markings.MarkingStyle;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The report archive search: a query field with history (Lucene syntax, or simple mode), facets
 * that narrow the search when double-clicked, hits with their marking, date, type and best passage,
 * and a preview of that passage in its context with the matches highlighted. Every query runs as a
 * job, as the analyst's audience ({@link Session#audience()}): what lies above it never reaches this
 * view. Files dropped on the view are ingested.
 */
public final class SearchView extends ViewPart {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private static final int HISTORY = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Pattern BOLD = Pattern.compile("<b>(.*?)</b>");

    private Combo query;
    private Button simple;
    private Combo sort;
    private Tree facets;
    private TableViewer results;
    private StyledText preview;
    private Label status;
    private Label filtersLabel;

    /** Filters chosen from the facets. */
    private final Set<String> types = new LinkedHashSet<>();
    private final Set<String> mentions = new LinkedHashSet<>();
    private Integer year;

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
        save.addListener(SWT.Selection, e -> saveSearch());
        Button ingest = new Button(bar, SWT.PUSH);
        ingest.setText("Ingest...");
        ingest.addListener(SWT.Selection, e -> IngestHandler.open(getSite().getShell(), List.of()));

        filtersLabel = new Label(parent, SWT.NONE);
        filtersLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filtersLabel.setToolTipText("Double-click a facet to narrow the search; double-click it again to widen it");

        SashForm across = new SashForm(parent, SWT.HORIZONTAL);
        across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        facets = new Tree(across, SWT.BORDER | SWT.SINGLE);
        facets.addListener(SWT.DefaultSelection, e -> toggleFacet());
        SashForm down = new SashForm(across, SWT.VERTICAL);
        createResults(down);
        preview = new StyledText(down, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        preview.setMargins(6, 4, 6, 4);
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
                searched = session.workspace();
                types.clear();
                mentions.clear();
                year = null;
                updateFilters();
                lastResult = null;
                results.setInput(java.util.List.of());
                facets.removeAll();
                preview.setText("");
                lastQuery = null;
            } else if (lastQuery != null) {
                run(lastQuery); // the clearance may have changed: never leave hits above it on screen
            }
        });
        searched = session.workspace();
        updateFilters();
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
        column("Where", 90, text(hit -> hit.passage() == 0 ? "" : hit.passageKind() + " " + hit.passage()));
        column("Best passage", 420, text(hit -> BOLD.matcher(hit.snippet() == null ? "" : hit.snippet()).replaceAll("$1")));
        results.addSelectionChangedListener(e -> showPreview(selectedHit()));
        results.addDoubleClickListener(e -> openReport());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
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

    private void fillMenu(IMenuManager menu) {
        SearchHit hit = selectedHit();
        boolean one = hit != null;
        menu.add(action("Open Report", one, this::openReport));
        menu.add(action("Open Original", one && original(hit).isPresent(), () -> original(hit).ifPresent(p -> Program.launch(p.toString()))));
        menu.add(action("More Like This", one, () -> moreLikeThis(hit)));
        menu.add(action("Link to Actor...", one, () -> correctLink(hit, true)));
        menu.add(action("Reject Link to Actor...", one, () -> correctLink(hit, false)));
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }

    private SearchHit selectedHit() {
        Object first = results.getStructuredSelection().getFirstElement();
        return first instanceof SearchHit hit ? hit : null;
    }

    private Optional<Report> report(SearchHit hit) {
        var workspace = session.workspace();
        if (hit == null || workspace == null) {
            return Optional.empty();
        }
        return workspace.get(hit.reportId()).filter(Report.class::isInstance).map(Report.class::cast).filter(session::visible);
    }

    private Optional<Path> original(SearchHit hit) {
        var workspace = session.workspace();
        return report(hit).flatMap(r -> ReportText.original(workspace, r));
    }

    private void openReport() {
        report(selectedHit()).ifPresent(r -> Editors.open(getSite().getPage(), r));
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
        types.clear();
        types.addAll(saved.types());
        mentions.clear();
        mentions.addAll(saved.mentions());
        year = null;
        updateFilters();
        run(saved.withFacets(true).withLimit(200));
    }

    private SearchQuery currentQuery(String text) {
        SearchQuery q = SearchQuery.of(text).withSimple(simple.getSelection()).withSort(SearchQuery.Sort.values()[sort.getSelectionIndex()])
            .withFacets(true).withLimit(200).withTypes(types).withMentions(mentions);
        if (year != null) {
            q = q.withDates(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                LocalDate.of(year, 12, 31).atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
        }
        return q;
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

    private void moreLikeThis(SearchHit hit) {
        Audience audience = session.audience();
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
        showFacets(result.facets());
        preview.setText("");
        if (q == null) {
            status.setText(status.getText() + " · more like the selected report");
        }
    }

    // ---------------------------------------------------------------------------------- facets

    private void showFacets(Map<String, List<SearchResult.FacetCount>> counts) {
        facets.setRedraw(false);
        facets.removeAll();
        var workspace = session.workspace();
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : counts.entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            TreeItem group = new TreeItem(facets, SWT.NONE);
            group.setText(title(facet.getKey()));
            for (SearchResult.FacetCount count : facet.getValue()) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                String label = count.value();
                if (workspace != null && (facet.getKey().equals("actor") || facet.getKey().equals("place"))) {
                    label = workspace.get(count.value()).filter(NamedObject.class::isInstance)
                        .map(o -> ((NamedObject) o).getName()).orElse(count.value());
                }
                item.setText(label + "  (" + count.count() + ")" + (active(facet.getKey(), count.value()) ? "  ✓" : ""));
                item.setData(new String[] {facet.getKey(), count.value()});
            }
            group.setExpanded(true);
        }
        facets.setRedraw(true);
    }

    private static String title(String facet) {
        return switch (facet) {
            case "type" -> "Report type";
            case "year" -> "Year";
            case "classification" -> "Classification";
            case "component" -> "Component";
            case "actor" -> "Actors mentioned";
            case "place" -> "Places mentioned";
            default -> facet;
        };
    }

    private boolean active(String facet, String value) {
        return switch (facet) {
            case "type" -> types.contains(value);
            case "year" -> year != null && value.equals(String.valueOf(year));
            case "actor", "place" -> mentions.contains(value);
            default -> false;
        };
    }

    private void toggleFacet() {
        TreeItem[] selection = facets.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof String[] facet)) {
            return;
        }
        toggle(facet[0], facet[1]);
    }

    /** Narrows the search to a facet value, or widens it again when it is already chosen. */
    void toggle(String facet, String value) {
        switch (facet) {
            case "type" -> {
                if (!types.remove(value)) {
                    types.add(value);
                }
            }
            case "year" -> year = value.equals(String.valueOf(year)) ? null : Integer.valueOf(value);
            case "actor", "place" -> {
                if (!mentions.remove(value)) {
                    mentions.add(value);
                }
            }
            default -> {
                return; // classification and component are counted, not filtered on: the query's field syntax does that
            }
        }
        updateFilters();
        run(currentQuery(query.getText().trim()));
    }

    private void updateFilters() {
        List<String> parts = new ArrayList<>();
        var workspace = session.workspace();
        types.forEach(t -> parts.add("type " + t));
        if (year != null) {
            parts.add("year " + year);
        }
        for (String id : mentions) {
            String name = workspace == null ? id : workspace.get(id).filter(NamedObject.class::isInstance)
                .map(o -> ((NamedObject) o).getName()).orElse(id);
            parts.add("mentions " + name);
        }
        filtersLabel.setText(parts.isEmpty() ? "No filters: double-click a facet to narrow the search." : "Filters: " + String.join(" · ", parts));
    }

    // ---------------------------------------------------------------------------------- preview

    private void showPreview(SearchHit hit) {
        if (hit == null) {
            preview.setText("");
            return;
        }
        var workspace = session.workspace();
        Optional<Report> report = report(hit);
        List<String> terms = new ArrayList<>();
        Matcher bold = BOLD.matcher(hit.snippet() == null ? "" : hit.snippet());
        while (bold.find()) {
            terms.add(bold.group(1));
        }
        String header = hit.title() + "\n" + hit.classification() + " · " + hit.type() + (hit.date() == null ? "" : " · " + DAY.format(hit.date()))
            + (hit.passage() > 0 ? " · " + hit.passageKind() + " " + hit.passage() : "") + "\n\n";
        preview.setText(header + BOLD.matcher(hit.snippet() == null ? "" : hit.snippet()).replaceAll("$1"));
        if (report.isEmpty() || hit.passage() == 0) {
            highlight(header.length(), terms);
            return;
        }
        Display display = preview.getDisplay();
        Job job = Archive.job("Reading " + hit.title(), monitor -> {
            String context;
            try {
                List<Passage> passages = ReportText.passages(workspace, report.get(), monitor);
                StringBuilder text = new StringBuilder();
                for (Passage passage : passages) {
                    if (Math.abs(passage.index() - hit.passage()) <= 1) {
                        text.append(passage.index() == hit.passage() ? "▶ " : "").append(passage.kind()).append(' ')
                            .append(passage.index()).append('\n').append(passage.text().strip()).append("\n\n");
                    }
                }
                context = text.toString();
            } catch (Exception e) {
                context = "The original cannot be read: " + e.getMessage();
            }
            String shown = context;
            display.asyncExec(() -> {
                if (!preview.isDisposed() && hit.equals(selectedHit())) {
                    preview.setText(header + shown);
                    highlight(header.length(), terms);
                    int at = shown.indexOf("▶");
                    if (at >= 0) {
                        preview.setTopIndex(preview.getLineAtOffset(header.length() + at));
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void highlight(int from, List<String> terms) {
        String text = preview.getText().toLowerCase(java.util.Locale.ROOT);
        Color yellow = preview.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
        List<StyleRange> ranges = new ArrayList<>();
        StyleRange title = new StyleRange(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n'), null, null, SWT.BOLD);
        ranges.add(title);
        boolean[] marked = new boolean[text.length()];
        for (String term : new LinkedHashSet<>(terms)) {
            String t = term.toLowerCase(java.util.Locale.ROOT);
            if (t.isBlank()) {
                continue;
            }
            for (int at = text.indexOf(t, from); at >= 0; at = text.indexOf(t, at + t.length())) {
                boolean free = true;
                for (int i = at; i < at + t.length(); i++) {
                    free &= !marked[i];
                }
                if (free) {
                    for (int i = at; i < at + t.length(); i++) {
                        marked[i] = true;
                    }
                    ranges.add(new StyleRange(at, t.length(), null, yellow, SWT.BOLD));
                }
            }
        }
        ranges.sort(java.util.Comparator.comparingInt(r -> r.start));
        preview.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    // ---------------------------------------------------------------------------------- actions

    private void saveSearch() {
        if (lastQuery == null) {
            MessageDialog.openInformation(getSite().getShell(), "Save Search", "Run a search first; the search that is shown is saved.");
            return;
        }
        InputDialog name = new InputDialog(getSite().getShell(), "Save Search",
            "Name of the search (it runs again after every ingest and flags new reports):", lastQuery.text(),
            v -> v == null || v.isBlank() ? "Give the search a name" : v.contains("=") || v.contains(":") ? "A name cannot contain '=' or ':'" : null);
        if (name.open() != Window.OK) {
            return;
        }
        save(name.getValue().trim());
    }

    /** Saves the search shown under a name, as the analyst's audience. */
    void save(String name) {
        Audience audience = session.audience();
        SearchQuery q = lastQuery;
        Job job = Archive.job("Saving search " + name, monitor -> {
            try {
                Archive.get().withIndex(monitor, (ws, index) -> SavedSearches.load(ws).save(name, q, audience, index.searcher()));
                Archive.get().changed();
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("cannot save the search '" + name + "': " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void correctLink(SearchHit hit, boolean confirm) {
        var workspace = session.workspace();
        Optional<Report> report = report(hit);
        if (workspace == null || report.isEmpty()) {
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                Actor actor = (Actor) element;
                return actor.getName() + (actor.getAliases().isEmpty() ? "" : "  (" + String.join(", ", actor.getAliases()) + ")");
            }
        });
        dialog.setTitle(confirm ? "Link Report to Actor" : "Reject Link to Actor");
        dialog.setMessage((confirm ? "The report mentions this actor (kept through re-ingest):"
            : "The report does not mean this actor, whatever the text matched (kept through re-ingest):") + "\n" + hit.title());
        dialog.setElements(workspace.objects(Actor.class).stream().filter(session::visible).toArray());
        if (dialog.open() != Window.OK || !(dialog.getFirstResult() instanceof Actor actor)) {
            return;
        }
        link(report.get(), actor, confirm);
    }

    /** Confirms or rejects a report's link to an actor, then re-indexes the report (a job). */
    void link(Report report, MosaicObject entity, boolean confirm) {
        Job job = Archive.job((confirm ? "Linking " : "Unlinking ") + report.getTitle(), monitor -> {
            try {
                Archive.get().withIndex(monitor, (ws, index) -> {
                    if (confirm) {
                        LinkCorrections.confirm(ws, report, entity.getId());
                    } else {
                        LinkCorrections.reject(ws, report, entity.getId());
                    }
                    index.synchronize(ws, monitor);
                    index.commit();
                    return null;
                });
                Display.getDefault().asyncExec(() -> {
                    if (!status.isDisposed() && lastQuery != null) {
                        run(lastQuery);
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error("cannot correct the link of " + report.getTitle() + ": " + e.getMessage(), e);
            }
        });
        // the correction is saved into the workspace: not beside a load, sync or ingest of it
        mosaic.core.workspace.Workspace workspace = session.workspace();
        if (workspace != null) {
            job.setRule(mosaic.ops.WorkspaceRule.of(workspace));
        }
        job.setUser(true);
        job.schedule();
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
