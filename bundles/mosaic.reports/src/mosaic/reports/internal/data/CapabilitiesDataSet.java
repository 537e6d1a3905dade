package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import mosaic.model.Actor;
import mosaic.model.CapabilityRating;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;

/**
 * {@code capabilities}: the actor capability matrix, actors by dimension with the change since
 * the previous rating (at {@code from}, or six months before {@code to}); sets the value
 * {@code capabilities.previous}.
 */
public final class CapabilitiesDataSet implements DataSetProvider {

    /** Capability dimensions of the actor capability matrix, in column order (columns {@code d_strength} ...). */
    public static final List<String> DIMENSIONS = List.of("strength", "armament", "mobility", "command-and-control", "logistics", "finance",
        "intent");

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) {
        MissionRules rules = request.rules();
        LocalDate to = request.to();
        LocalDate previous = request.from() == null || !request.from().isBefore(to) ? to.minusMonths(6) : request.from();
        List<Actor> actors = new ArrayList<>(request.objects(Actor.class,
            a -> DIMENSIONS.stream().anyMatch(d -> rating(a, d, to) != null) && request.inArea(a)));
        actors.sort(Comparator.comparing(Actor::getName, String.CASE_INSENSITIVE_ORDER));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Actor a : actors) {
            Object[] row = new Object[request.columns().size()];
            row[0] = a.getName();
            row[1] = a.getType() == null ? GAP : rules.term(MissionRules.ACTOR_TYPES, a.getType()).map(t -> t.getLabel()).orElse(a.getType());
            int total = 0;
            boolean anyChange = false;
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                CapabilityRating now = rating(a, DIMENSIONS.get(d), to);
                CapabilityRating before = rating(a, DIMENSIONS.get(d), previous);
                if (now == null) {
                    row[2 + d] = GAP;
                    continue;
                }
                String cell = now.getRating() + " " + rules.label("capability-rating", Integer.toString(now.getRating()));
                if (before != null && before != now) {
                    int change = now.getRating() - before.getRating();
                    total += change;
                    anyChange = true;
                    cell += change == 0 ? " (=)" : change > 0 ? " (\u25B2" + change + ")" : " (\u25BC" + (-change) + ")";
                } else {
                    cell += " (new)";
                }
                row[2 + d] = cell;
            }
            row[row.length - 1] = !anyChange ? "no earlier rating" : total > 0 ? "stronger (+" + total + ")" : total < 0 ? "weaker (" + total + ")" : "unchanged";
            rows.add(request.row(row));
        }
        request.value("capabilities.previous", previous.format(Tables.DAY));
        return rows;
    }

    private static CapabilityRating rating(Actor actor, String dimension, LocalDate asOf) {
        CapabilityRating best = null;
        for (CapabilityRating r : actor.getCapabilities()) {
            if (dimension.equals(r.getDimension()) && (r.getAsOf() == null || !r.getAsOf().isAfter(asOf))
                && (best == null || best.getAsOf() == null || (r.getAsOf() != null && r.getAsOf().isAfter(best.getAsOf())))) {
                best = r;
            }
        }
        return best;
    }
}
