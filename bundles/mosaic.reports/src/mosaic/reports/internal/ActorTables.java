package mosaic.reports.internal;

import static mosaic.reports.internal.ProductBuilder.COLUMNS;
import static mosaic.reports.internal.ProductBuilder.DAY;
import static mosaic.reports.internal.ProductBuilder.DIMENSIONS;
import static mosaic.reports.internal.ProductBuilder.GAP;
import static mosaic.reports.internal.ProductBuilder.WITHHELD;
import static mosaic.reports.internal.ProductBuilder.blankTo;
import static mosaic.reports.internal.ProductBuilder.day;
import static mosaic.reports.internal.ProductBuilder.row;
import static mosaic.reports.internal.ProductBuilder.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorRole;
import mosaic.model.CapabilityRating;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Relation;
import mosaic.model.Source;
import mosaic.model.config.MissionRules;
import mosaic.reports.ReportException;

/**
 * The tables of a product about actors, for a {@link ProductBuilder}: the actor capability
 * matrix ({@code capabilities}) and an actor's profile ({@code profile}, {@code relations} with
 * the picture of its network, {@code sources}), each object passing the builder's need to know.
 */
final class ActorTables {

    private final ProductBuilder builder;
    private final Workspace workspace;
    private final MissionRules rules;
    private final Audience audience;
    private final AreaFilter area;
    private final Actor actor;
    private final LocalDate from;
    private final LocalDate to;

    /** The tables for a builder whose period and actor are set. */
    ActorTables(ProductBuilder builder) {
        this.builder = builder;
        this.workspace = builder.workspace;
        this.rules = builder.rules;
        this.audience = builder.audience;
        this.area = builder.area;
        this.actor = builder.actor;
        this.from = builder.from;
        this.to = builder.to;
    }

    List<Map<String, Object>> capabilities() {
        LocalDate previous = from == null || !from.isBefore(to) ? to.minusMonths(6) : from;
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (Actor a : workspace.objects(Actor.class)) {
            boolean rated = DIMENSIONS.stream().anyMatch(d -> rating(a, d, to) != null);
            if (rated && area.matches(a) && builder.visible(a)) {
                actors.add(a);
            }
        }
        actors.sort(Comparator.comparing(Actor::getName, String.CASE_INSENSITIVE_ORDER));
        for (Actor a : actors) {
            Object[] row = new Object[COLUMNS.get("capabilities").size()];
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
            rows.add(row("capabilities", row));
        }
        builder.values.put("capabilities.previous", previous.format(DAY));
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

    List<Map<String, Object>> profile() throws ReportException {
        if (actor == null) {
            throw new ReportException("this design needs --param actor=ID|NAME");
        }
        builder.visible(actor);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("profile", "Name", actor.getName()));
        rows.add(row("profile", "Aliases and spellings", actor.getAliases().isEmpty() ? GAP : String.join(", ", actor.getAliases())));
        rows.add(row("profile", "Kind and type", actor.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (actor.getType() == null ? "" : ", " + rules.term(MissionRules.ACTOR_TYPES, actor.getType()).map(t -> t.getLabel()).orElse(actor.getType()))));
        rows.add(row("profile", "Motivation and intent", text(actor.getIntentAndMotivation())));
        rows.add(row("profile", "Structure and command", text(actor.getStructure())));
        rows.add(row("profile", "Capabilities and resources", text(actor.getCapabilitiesAndResources())
            + (actor.getStrength() == null ? "" : " Estimated strength: " + actor.getStrength() + ".")));
        rows.add(row("profile", "Presence and areas of operation", text(actor.getPresence())
            + (actor.getAreasOfOperation().isEmpty() ? "" : " (" + builder.names(actor.getAreasOfOperation()) + ")")));
        rows.add(row("profile", "Modus operandi", text(actor.getModusOperandi())));
        rows.add(row("profile", "History of violations", text(actor.getHistory())));
        rows.add(row("profile", "Relationship with the mission", text(actor.getRelationshipWithMission())));
        rows.add(row("profile", "Civilian status", actor.getCivilianStatus() == null ? GAP
            : actor.getCivilianStatus().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')));
        List<String> roles = new ArrayList<>();
        for (ActorRole r : actor.getRoles()) {
            roles.add(r.getRole() + " (" + (r.getValidFrom() == null ? "" : r.getValidFrom().format(DAY)) + " to "
                + (r.getValidTo() == null ? "present" : r.getValidTo().format(DAY)) + ")");
        }
        rows.add(row("profile", "Roles over time", roles.isEmpty() ? GAP : String.join("; ", roles)));
        return rows;
    }

    private List<Relation> actorRelations() {
        List<Relation> result = new ArrayList<>();
        for (Relation r : workspace.objects(Relation.class)) {
            if ((r.getFrom() == actor || r.getTo() == actor) && builder.visible(r)) {
                result.add(r);
            }
        }
        result.sort(Comparator.comparing((Relation r) -> r.getValidFrom() == null ? LocalDate.MIN : r.getValidFrom()).thenComparing(Relation::getType));
        return result;
    }

    private String grading(MosaicObject object) {
        List<String> grades = new ArrayList<>();
        for (Evidence e : object.getEvidence()) {
            String reliability = e.getSource() == null ? null : (audience.permits(e.getSource()) ? e.getSource().getReliability() : null);
            grades.add((reliability == null ? "" : reliability) + blankTo(e.getCredibility(), ""));
        }
        grades.removeIf(String::isEmpty);
        return grades.isEmpty() ? "ungraded" : String.join(", ", new LinkedHashSet<>(grades));
    }

    List<Map<String, Object>> relations() throws ReportException {
        if (actor == null) {
            throw new ReportException("this design needs --param actor=ID|NAME");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Relation> relations = actorRelations();
        Map<NamedObject, String> neighbours = new LinkedHashMap<>();
        for (Relation r : relations) {
            NamedObject other = r.getFrom() == actor ? r.getTo() : r.getFrom();
            String otherName = builder.name(other);
            String direction = !r.isDirected() ? "with" : r.getFrom() == actor ? "to" : "from";
            String period = (r.getValidFrom() == null ? "?" : r.getValidFrom().format(DAY)) + " to " + (r.getValidTo() == null ? "present"
                : r.getValidTo().format(DAY));
            String type = rules.term(MissionRules.RELATION_TYPES, r.getType()).map(t -> t.getLabel()).orElse(r.getType());
            rows.add(row("relations", otherName, type, direction, period, text(r.getDescription()), grading(r)));
            if (!WITHHELD.equals(otherName)) {
                neighbours.merge(other, type, (a, b) -> a.contains(b) ? a : a + ", " + b);
            }
        }
        builder.images.put("network", NetworkPicture.render(actor.getName(), neighbours.entrySet().stream()
            .map(e -> new NetworkPicture.Neighbour(e.getKey().getName(), e.getValue())).toList()));
        return rows;
    }

    List<Map<String, Object>> sources() throws ReportException {
        if (actor == null) {
            throw new ReportException("this design needs --param actor=ID|NAME");
        }
        List<MosaicObject> graded = new ArrayList<>();
        graded.add(actor);
        for (Relation r : workspace.objects(Relation.class)) {
            if ((r.getFrom() == actor || r.getTo() == actor) && audience.permits(r)) {
                graded.add(r);
            }
        }
        for (Event e : workspace.objects(Event.class)) {
            if (e.getPerpetrators().contains(actor) && audience.permits(e) && builder.inPeriod(day(e.getOccurredAt()))) {
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
                if (!builder.visible(s)) {
                    name = WITHHELD;
                } else if (s.isProtectedIdentity()) {
                    // human sources are protected: their identity never appears in a product
                    name = "Protected source " + s.getId().substring(0, 8);
                } else {
                    name = s.getName();
                }
                String key = name + '\u0000' + blankTo(e.getCredibility(), "");
                supports.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(object instanceof Event ? "events" : object instanceof Relation
                    ? "relations" : "profile");
                bySource.computeIfAbsent(key, k -> row("sources", name, WITHHELD.equals(name) ? GAP : s.getKind().getLiteral().toLowerCase(Locale.ROOT),
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
