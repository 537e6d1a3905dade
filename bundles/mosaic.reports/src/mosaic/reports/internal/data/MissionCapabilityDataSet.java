package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.attribute;
import static mosaic.reports.internal.data.Tables.blankTo;
import static mosaic.reports.internal.data.Tables.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mosaic.model.Assessment;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/**
 * {@code mission-capability}: the POC Handbook 11.2 matrix. The model has no kind for its rows: a
 * row is an {@link Assessment} of type {@value #MISSION_CAPABILITY} whose title is the objective
 * and whose attributes {@code tier}, {@code activities}, {@code resources}, {@code capabilities},
 * {@code gaps}, {@code criticality} (RED / ORANGE / GREEN) and {@code recommendations} hold the
 * other columns.
 */
public final class MissionCapabilityDataSet implements DataSetProvider {

    /** Assessment type of a row of the mission resources and capabilities matrix. */
    public static final String MISSION_CAPABILITY = "mission-capability";

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        List<Assessment> selected = new ArrayList<>(request.objects(Assessment.class, a -> MISSION_CAPABILITY.equals(a.getAssessmentType())
            && (a.getPeriodTo() == null || request.from() == null || !a.getPeriodTo().isBefore(request.from()))
            && (a.getPeriodFrom() == null || !a.getPeriodFrom().isAfter(request.to())) && request.inAreaNamed(attribute(a, "area"))));
        selected.sort(Comparator.comparing((Assessment a) -> blankTo(attribute(a, "tier"), "~")).thenComparing(a -> blankTo(a.getTitle(), "")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assessment a : selected) {
            String criticality = attribute(a, "criticality");
            String code = criticality == null ? null : criticality.trim().toUpperCase(Locale.ROOT);
            rows.add(request.row(text(attribute(a, "tier")), text(a.getTitle()), text(attribute(a, "activities")),
                text(attribute(a, "resources")), text(attribute(a, "capabilities")), text(attribute(a, "gaps")),
                code == null ? GAP : code + " - " + request.rules().label("gap-criticality", code),
                code == null ? "#FFFFFF" : Tables.colour(request.rules(), "gap-criticality", code), text(attribute(a, "recommendations"))));
        }
        return rows;
    }
}
