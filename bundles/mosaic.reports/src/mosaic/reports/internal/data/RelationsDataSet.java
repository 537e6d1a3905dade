package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.DAY;
import static mosaic.reports.internal.data.Tables.WITHHELD;
import static mosaic.reports.internal.data.Tables.blankTo;
import static mosaic.reports.internal.data.Tables.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import mosaic.model.Actor;
import mosaic.model.Evidence;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;
import mosaic.reports.ReportException;
import mosaic.reports.internal.NetworkPicture;

/**
 * {@code relations}: the actor's relations over time with their grading (needs the actor
 * parameter); sets the image {@code network}, the actor among its visible neighbours.
 */
public final class RelationsDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) throws ReportException {
        Actor actor = ProfileDataSet.actor(request);
        MissionRules rules = request.rules();
        List<Relation> relations = new ArrayList<>(request.objects(Relation.class, r -> r.getFrom() == actor || r.getTo() == actor));
        relations.sort(Comparator.comparing((Relation r) -> r.getValidFrom() == null ? LocalDate.MIN : r.getValidFrom()).thenComparing(Relation::getType));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<NamedObject, String> neighbours = new LinkedHashMap<>();
        for (Relation r : relations) {
            NamedObject other = r.getFrom() == actor ? r.getTo() : r.getFrom();
            String otherName = request.name(other);
            String direction = !r.isDirected() ? "with" : r.getFrom() == actor ? "to" : "from";
            String period = (r.getValidFrom() == null ? "?" : r.getValidFrom().format(DAY)) + " to " + (r.getValidTo() == null ? "present"
                : r.getValidTo().format(DAY));
            String type = rules.term(MissionRules.RELATION_TYPES, r.getType()).map(t -> t.getLabel()).orElse(r.getType());
            rows.add(request.row(otherName, type, direction, period, text(r.getDescription()), grading(request, r)));
            if (!WITHHELD.equals(otherName)) {
                neighbours.merge(other, type, (a, b) -> a.contains(b) ? a : a + ", " + b);
            }
        }
        request.image("network", NetworkPicture.render(actor.getName(), neighbours.entrySet().stream()
            .map(e -> new NetworkPicture.Neighbour(e.getKey().getName(), e.getValue())).toList()));
        return rows;
    }

    private static String grading(DataSetRequest request, MosaicObject object) {
        List<String> grades = new ArrayList<>();
        for (Evidence e : object.getEvidence()) {
            String reliability = e.getSource() == null ? null : (request.permits(e.getSource()) ? e.getSource().getReliability() : null);
            grades.add((reliability == null ? "" : reliability) + blankTo(e.getCredibility(), ""));
        }
        grades.removeIf(String::isEmpty);
        return grades.isEmpty() ? "ungraded" : String.join(", ", new LinkedHashSet<>(grades));
    }
}
