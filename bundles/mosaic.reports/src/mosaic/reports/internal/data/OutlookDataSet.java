package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.WITHHELD;
import static mosaic.reports.internal.data.Tables.colour;
import static mosaic.reports.internal.data.Tables.level;
import static mosaic.reports.internal.data.Tables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mosaic.model.Indicator;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/** {@code outlook}: the forward-looking analysis per threat, with its indicators and their status. */
public final class OutlookDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        MissionRules rules = request.rules();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Threat t : Tables.selectedThreats(request)) {
            List<String> indicators = new ArrayList<>();
            for (Indicator i : t.getIndicators()) {
                if (request.visible(i)) {
                    indicators.add(i.getName() + (i.getStatus() == null ? "" : ": " + i.getStatus().getLiteral().toLowerCase(Locale.ROOT)));
                } else {
                    indicators.add(WITHHELD);
                }
            }
            rows.add(request.row(t.getNumber(), text(t.getTitle()), level(rules, MissionRules.LIKELIHOOD, t.getLikelihood()),
                level(rules, MissionRules.IMPACT, rules.mostSevereImpact(t)), level(rules, MissionRules.RISK, t.getRisk()),
                colour(rules, MissionRules.RISK, t.getRisk()), t.isImminent() ? "Imminent" : "Not imminent",
                indicators.isEmpty() ? GAP : String.join("; ", indicators)));
        }
        return rows;
    }
}
