package mosaic.reports.internal.data;

import static mosaic.reports.internal.data.Tables.GAP;
import static mosaic.reports.internal.data.Tables.WITHHELD;
import static mosaic.reports.internal.data.Tables.blankTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import mosaic.core.access.CoverDesignations;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.Source;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetProvider;
import mosaic.reports.DataSetRequest;
import mosaic.reports.ReportException;

/**
 * {@code sources}: the sources behind the actor's profile, relations and events of the period,
 * with their grades (needs the actor parameter). Human sources are protected: their identity
 * never appears in a product, only their cover designation ({@link CoverDesignations}).
 */
public final class SourcesDataSet implements DataSetProvider {

    @Override
    public List<Map<String, Object>> rows(DataSetRequest request) throws ReportException {
        Actor actor = ProfileDataSet.actor(request);
        MissionRules rules = request.rules();
        List<MosaicObject> graded = new ArrayList<>();
        graded.add(actor);
        for (Relation r : request.workspace().objects(Relation.class)) {
            if ((r.getFrom() == actor || r.getTo() == actor) && request.permits(r)) {
                graded.add(r);
            }
        }
        for (Event e : request.workspace().objects(Event.class)) {
            if (e.getPerpetrators().contains(actor) && request.permits(e) && request.inPeriod(Tables.day(e.getOccurredAt()))) {
                graded.add(e);
            }
        }
        Map<String, Map<String, Object>> bySource = new TreeMap<>();
        Map<String, Set<String>> supports = new HashMap<>();
        for (MosaicObject object : graded) {
            for (Evidence e : object.getEvidence()) {
                Source s = e.getSource();
                if (s == null) {
                    continue;
                }
                String name;
                if (!request.visible(s)) {
                    name = WITHHELD;
                } else if (s.isProtectedIdentity()) {
                    // a cover designation drawn at random and kept with the source, never made from the record
                    name = CoverDesignations.shown(request.workspace(), s);
                } else {
                    name = s.getName();
                }
                String key = name + '\u0000' + blankTo(e.getCredibility(), "");
                supports.computeIfAbsent(key, k -> new TreeSet<>()).add(object instanceof Event ? "events" : object instanceof Relation
                    ? "relations" : "profile");
                bySource.computeIfAbsent(key, k -> request.row(name, WITHHELD.equals(name) ? GAP : s.getKind().getLiteral().toLowerCase(Locale.ROOT),
                    WITHHELD.equals(name) ? GAP : s.getReliability() + " " + rules.label(MissionRules.SOURCE_RELIABILITY, s.getReliability()),
                    e.getCredibility() == null ? GAP : e.getCredibility() + " " + rules.label(MissionRules.INFORMATION_CREDIBILITY, e.getCredibility()), ""));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var entry : bySource.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>(entry.getValue());
            row.put("supports", String.join(", ", supports.get(entry.getKey())));
            rows.add(row);
        }
        return rows;
    }
}
