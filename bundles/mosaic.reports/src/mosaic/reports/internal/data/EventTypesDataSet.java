package mosaic.reports.internal.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import mosaic.model.Event;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/**
 * {@code event-types}: incidents by type of violence in the period (a week when it has no start)
 * against the period of the same length just before.
 */
public final class EventTypesDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        LocalDate to = request.to();
        LocalDate start = request.from() == null ? to.minusDays(6) : request.from();
        long days = ChronoUnit.DAYS.between(start, to) + 1;
        Map<String, Integer> now = new TreeMap<>();
        for (Event e : Tables.selectedEvents(request, start, to, true)) {
            now.merge(Tables.violence(request.rules(), e.getViolenceType()), 1, Integer::sum);
        }
        Map<String, Integer> before = new TreeMap<>();
        for (Event e : Tables.selectedEvents(request, start.minusDays(days), start.minusDays(1), true)) {
            before.merge(Tables.violence(request.rules(), e.getViolenceType()), 1, Integer::sum);
        }
        Set<String> types = new TreeSet<>(now.keySet());
        types.addAll(before.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String type : types) {
            int n = now.getOrDefault(type, 0);
            int p = before.getOrDefault(type, 0);
            rows.add(request.row(type, n, p, n == p ? "=" : (n > p ? "+" : "") + (n - p)));
        }
        return rows;
    }
}
