package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.DAY;
import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.blankTo;
import static mosaic.reports.internal.data.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import mosaic.model.ActionPoint;
import mosaic.model.Threat;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/** {@code responses}: the anticipated response per threat, with its action points. */
public final class ResponsesDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Threat t : Tables.selectedThreats(request)) {
            String points = t.getActionPoints().isEmpty() ? GAP : t.getActionPoints().stream().map(ResponsesDataSet::actionPoint)
                .collect(Collectors.joining("\n"));
            rows.add(request.row(t.getNumber(), text(t.getTitle()), text(t.getActionRequired()), points));
        }
        return rows;
    }

    private static String actionPoint(ActionPoint p) {
        return "- " + text(p.getAction()) + " (" + blankTo(p.getOwner(), "owner " + GAP) + ", " + (p.getDeadline() == null ? "no deadline"
            : "by " + p.getDeadline().format(DAY)) + (p.isDone() ? ", done" : ", open") + ")";
    }
}
