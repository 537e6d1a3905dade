package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.DAY;
import static mosaic.reports.internal.data.Tables.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import mosaic.model.Assessment;
import mosaic.model.Event;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/**
 * {@code narrative}: the text of a weekly or quarterly assessment: the analysts' own assessment
 * covering the period when the audience may see it, else a summary computed from the visible
 * records. A design whose name starts with {@code weekly} reads weekly threat assessments, any
 * other forward-looking ones.
 */
public final class NarrativeDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        String type = request.design().startsWith("weekly") ? "weekly-threat-assessment" : "forward-looking-assessment";
        LocalDate to = request.to();
        Assessment chosen = null;
        // the latest one that ends in the period, or at most one period length before it
        LocalDate start = request.from() == null ? to.minusDays(6) : request.from();
        LocalDate earliest = start.minusDays(ChronoUnit.DAYS.between(start, to) + 1);
        for (Assessment a : request.workspace().objects(Assessment.class)) {
            if (type.equals(a.getAssessmentType()) && a.getPeriodTo() != null && !a.getPeriodTo().isAfter(to) && !a.getPeriodTo().isBefore(earliest)
                && request.inAreaNamed(Tables.attribute(a, "area"))
                && (chosen == null || a.getPeriodTo().isAfter(chosen.getPeriodTo()))) {
                chosen = a;
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (chosen != null && request.visible(chosen)) {
            rows.add(request.row("Assessment: " + text(chosen.getTitle()), text(chosen.getSummary())));
            if (chosen.getBody() != null && !chosen.getBody().isBlank()) {
                for (String part : chosen.getBody().split("\\n\\s*\\n")) {
                    String[] lines = part.split("\\n", 2);
                    rows.add(lines.length == 2 ? request.row(lines[0].trim(), lines[1].trim()) : request.row("", part.trim()));
                }
            }
            return rows;
        }
        List<Event> events = Tables.selectedEvents(request, start, to, false);
        int fatalities = events.stream().mapToInt(Event::getFatalities).sum();
        Map<String, Long> byType = events.stream()
            .collect(Collectors.groupingBy(e -> Tables.violence(request.rules(), e.getViolenceType()), TreeMap::new, Collectors.counting()));
        String main = byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
            .map(e -> e.getKey().toLowerCase(Locale.ROOT) + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        rows.add(request.row("Summary computed from the records", events.size() + " incidents and " + fatalities
            + " fatalities recorded from " + start.format(DAY) + " to " + to.format(DAY) + (main.isEmpty() ? "." : "; most frequent: " + main + ".")
            + " No analyst-written assessment for this period is available to this audience."));
        return rows;
    }
}
