package mosaic.reports.internal.data;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mosaic.model.Level;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/** {@code threats-by-risk}: for each of the twelve months up to the period's end, the threats open at each risk level. */
public final class ThreatsByRiskDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        MissionRules rules = request.rules();
        List<YearMonth> months = Tables.trendMonths(request.to());
        List<Threat> threats = Tables.threats(request, months.get(0).atDay(1), request.to());
        List<String> risks = rules.scale(MissionRules.RISK).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            for (int r = risks.size() - 1; r >= 0; r--) {
                String risk = risks.get(r);
                long n = threats.stream().filter(t -> risk.equals(t.getRisk()) && Tables.openDuring(t, month.atDay(1), month.atEndOfMonth())).count();
                // the rank leads the label so that the chart's series sort from lowest to highest risk
                rows.add(request.row(month.format(Tables.MONTH), (r + 1) + " " + rules.label(MissionRules.RISK, risk), (int) n));
            }
        }
        return rows;
    }
}
