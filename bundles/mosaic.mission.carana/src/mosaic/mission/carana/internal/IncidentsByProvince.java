package mosaic.mission.carana.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/**
 * The Carana data set {@code carana-incidents-by-province}: incidents and deaths in each of
 * Carana's provinces in the period (the last 30 days when it has no start), against the
 * incidents of the period of the same length just before. An event counts for the province its
 * place lies in; an event with no place, or a place outside any province, under
 * {@value #NO_PROVINCE}. Only events the audience may see are counted; the others are withheld
 * (counted by Mosaic for the product).
 * <p>
 * Columns: province, incidents, fatalities, previous, change. Rows by incidents in the period,
 * most first, then by province.
 */
public final class IncidentsByProvince implements DataSetProvider {

    /** The province of events that lie in none. */
    static final String NO_PROVINCE = "No province recorded";

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        LocalDate to = request.to();
        LocalDate start = request.from() == null ? to.minusDays(29) : request.from();
        LocalDate before = start.minusDays(ChronoUnit.DAYS.between(start, to) + 1);
        List<Event> events = request.objects(Event.class, e -> {
            LocalDate day = e.getOccurredAt() == null ? null : e.getOccurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
            return day != null && !day.isBefore(before) && !day.isAfter(to) && request.inArea(e);
        });
        Map<String, int[]> byProvince = new TreeMap<>();
        for (Event e : events) {
            LocalDate day = e.getOccurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
            int[] counts = byProvince.computeIfAbsent(province(request, e.getLocation()), k -> new int[3]);
            if (day.isBefore(start)) {
                counts[2]++;
            } else {
                counts[0]++;
                counts[1] += e.getFatalities();
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byProvince.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, int[]> p) -> -p.getValue()[0]).thenComparing(Map.Entry::getKey))
            .forEach(p -> {
                int n = p.getValue()[0];
                int previous = p.getValue()[2];
                rows.add(request.row(p.getKey(), n, p.getValue()[1], previous, n == previous ? "=" : (n > previous ? "+" : "") + (n - previous)));
            });
        return rows;
    }

    private static String province(DataSetRequest request, Location place) {
        for (Location l = place; l != null; l = l.getParent()) {
            if (l.getKind() == LocationKind.PROVINCE) {
                return request.name(l);
            }
        }
        return NO_PROVINCE;
    }
}
