package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mosaic.model.Event;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/** {@code events}: every incident of the period, oldest first, with its portion marking. */
public final class EventsDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        MissionRules rules = request.rules();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Event e : Tables.selectedEvents(request, request.from(), request.to(), true)) {
            String place = e.getLocation() != null ? request.name(e.getLocation()) : text(e.getPlaceName());
            rows.add(request.row(Tables.day(e.getOccurredAt()).format(Tables.DAY), text(e.getTitle()), Tables.violence(rules, e.getViolenceType()),
                place, request.names(e.getPerpetrators()), e.getFatalities(),
                e.getVerification() == null ? GAP : e.getVerification().getLiteral().toLowerCase(Locale.ROOT), Tables.portion(rules, e)));
        }
        return rows;
    }
}
