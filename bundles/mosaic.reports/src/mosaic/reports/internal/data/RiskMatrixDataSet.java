package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.colour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import mosaic.model.Level;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;
import mosaic.reports.ReportException;

/**
 * {@code risk-matrix}: the POC Handbook 8.2.4 heat map, one row per likelihood from the highest,
 * each cell its risk label and the numbers of the threats placed there, and its colour; sets the
 * values {@code impact.1} to {@code impact.5} (the column headings).
 */
public final class RiskMatrixDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) throws ReportException {
        MissionRules rules = request.rules();
        List<String> likelihoods = rules.scale(MissionRules.LIKELIHOOD).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        List<String> impacts = rules.scale(MissionRules.IMPACT).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        if (likelihoods.size() != 5 || impacts.size() != 5) {
            throw new ReportException("the risk heat map needs a 5 x 5 matrix; this mission's scales have " + likelihoods.size() + " likelihood and "
                + impacts.size() + " impact levels (mission.xmi)");
        }
        Map<String, List<Threat>> placed = new HashMap<>();
        for (Threat t : Tables.selectedThreats(request)) {
            placed.computeIfAbsent(t.getLikelihood() + '\u0000' + rules.mostSevereImpact(t), k -> new ArrayList<>()).add(t);
        }
        for (int i = 0; i < 5; i++) {
            request.value("impact." + (i + 1), rules.label(MissionRules.IMPACT, impacts.get(i)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int l = likelihoods.size() - 1; l >= 0; l--) {
            String likelihood = likelihoods.get(l);
            Object[] row = new Object[11];
            row[0] = rules.label(MissionRules.LIKELIHOOD, likelihood);
            for (int i = 0; i < 5; i++) {
                String risk = rules.risk(likelihood, impacts.get(i)).orElse(null);
                List<Threat> in = placed.getOrDefault(likelihood + '\u0000' + impacts.get(i), List.of());
                String label = risk == null ? GAP : rules.label(MissionRules.RISK, risk);
                row[1 + i] = in.isEmpty() ? label : label + "\n" + in.stream().map(t -> "#" + t.getNumber()).collect(Collectors.joining(" "));
                row[6 + i] = risk == null ? "#FFFFFF" : colour(rules, MissionRules.RISK, risk);
            }
            rows.add(request.row(row));
        }
        return rows;
    }
}
