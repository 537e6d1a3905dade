package mosaic.reports.internal.data;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mosaic.model.Event;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/** {@code events-by-month}: incidents by type in each of the twelve months up to the period's end (a chart's series). */
public final class EventsByMonthDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        List<YearMonth> months = Tables.trendMonths(request.to());
        Map<String, Map<YearMonth, Integer>> counts = new TreeMap<>();
        for (Event e : Tables.selectedEvents(request, months.get(0).atDay(1), request.to(), true)) {
            counts.computeIfAbsent(Tables.violence(request.rules(), e.getViolenceType()), k -> new HashMap<>())
                .merge(YearMonth.from(Tables.day(e.getOccurredAt())), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            counts.put("No incidents", new HashMap<>());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            for (var type : counts.entrySet()) {
                rows.add(request.row(month.format(Tables.MONTH), type.getKey(), type.getValue().getOrDefault(month, 0)));
            }
        }
        return rows;
    }
}
