package mosaic.search.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import mosaic.io.extract.Passage;
import mosaic.model.Report;
import mosaic.search.ReportText;
import mosaic.search.SearchHit;
import mosaic.ui.session.Sessions;

/**
 * The preview of the {@link SearchView}: the selected hit's best passage at once, then, read in a
 * job, that passage in its context (the passages before and after it) with the query's matches
 * highlighted.
 */
final class HitPreview {

    private final SearchView view;
    private final StyledText preview;

    HitPreview(SearchView view, StyledText preview) {
        this.view = view;
        this.preview = preview;
    }

    /** Shows a hit (or nothing, for {@code null}), then its passage in context when it has one. */
    void show(SearchHit hit) {
        if (hit == null) {
            preview.setText("");
            return;
        }
        var workspace = Sessions.current().workspace();
        Optional<Report> report = view.report(hit);
        List<String> terms = new ArrayList<>();
        Matcher bold = SearchView.BOLD.matcher(hit.snippet() == null ? "" : hit.snippet());
        while (bold.find()) {
            terms.add(bold.group(1));
        }
        String header = hit.title() + "\n" + hit.classification() + " · " + hit.type() + (hit.date() == null ? "" : " · " + SearchView.DAY.format(hit.date()))
            + (hit.passage() > 0 ? " · " + hit.passageKind() + " " + hit.passage() + (hit.ocr() ? " " + hit.ocrNote() : "") : "") + "\n\n";
        preview.setText(header + SearchView.BOLD.matcher(hit.snippet() == null ? "" : hit.snippet()).replaceAll("$1"));
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
                if (!preview.isDisposed() && hit.equals(view.selectedHit())) {
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
}
