package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.colour;
import static mosaic.reports.internal.data.Tables.level;
import static mosaic.reports.internal.data.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/** {@code threats}: the POC Handbook 8.3 threat matrix, one row per threat open in the period. */
public final class ThreatsDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        MissionRules rules = request.rules();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Threat t : Tables.selectedThreats(request)) {
            String others = t.getOtherActors().isEmpty() ? text(t.getOtherActorsRole())
                : request.names(t.getOtherActors()) + (t.getOtherActorsRole() == null || t.getOtherActorsRole().isBlank() ? ""
                    : ". " + t.getOtherActorsRole().trim());
            // the Handbook's column holds type and scale; the threat's title leads it, so rows can be told apart
            String threat = text(t.getTitle()) + ": " + (t.getThreatTypeAndScale() == null || t.getThreatTypeAndScale().isBlank()
                ? "type and scale " + GAP : t.getThreatTypeAndScale().trim());
            rows.add(request.row(t.getNumber(), t.getPriority() <= 0 ? GAP : Integer.toString(t.getPriority()), level(rules, MissionRules.RISK, t.getRisk()),
                colour(rules, MissionRules.RISK, t.getRisk()), location(request, t), threat, text(t.getCiviliansAtRisk()),
                request.names(t.getSourcesOfViolence()), others, text(t.getMissionCapacity()), text(t.getMissionResponse()),
                text(t.getActionRequired()), text(t.getTitle()), level(rules, MissionRules.LIKELIHOOD, t.getLikelihood()),
                level(rules, MissionRules.IMPACT, rules.mostSevereImpact(t)), t.isImminent() ? "Imminent" : "Not imminent",
                Tables.portion(rules, t)));
        }
        return rows;
    }

    private static String location(DataSetRequest request, Threat t) {
        if (t.getLocationDetail() != null && !t.getLocationDetail().isBlank()) {
            return t.getLocationDetail().trim();
        }
        return t.getLocations().isEmpty() ? GAP : request.names(t.getLocations());
    }
}
