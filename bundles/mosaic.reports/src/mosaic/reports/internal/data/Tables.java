package mosaic.reports.internal.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import mosaic.model.Attribute;
import mosaic.model.Event;
import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.DataSetRequest;

/** What Mosaic's own data sets share: selections of threats and events, and how fields print. */
final class Tables {

    static final String GAP = DataSetRequest.GAP;
    static final String WITHHELD = DataSetRequest.WITHHELD;
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private Tables() {
    }

    static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? GAP : value.trim();
    }

    static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String level(MissionRules rules, String scale, String code) {
        return code == null || code.isBlank() ? GAP : rules.label(scale, code);
    }

    static String colour(MissionRules rules, String scale, String code) {
        return rules.level(scale, code).map(Level::getColour).filter(c -> c != null && !c.isBlank()).orElse("#FFFFFF");
    }

    static String violence(MissionRules rules, String code) {
        return code == null || code.isBlank() ? GAP : rules.term(MissionRules.VIOLENCE_TYPES, code).map(t -> t.getLabel()).orElse(code);
    }

    /** The portion marking of a row: the object's classification label in brackets. */
    static String portion(MissionRules rules, MosaicObject object) {
        Marking marking = object.getMarking();
        String code = marking == null ? rules.classificationCodes().get(0) : marking.getClassification();
        return "(" + rules.classification(code).map(Level::getLabel).orElse(code) + ")";
    }

    static String attribute(MosaicObject object, String key) {
        for (Attribute a : object.getAttributes()) {
            if (key.equals(a.getKey())) {
                return a.getValue();
            }
        }
        return null;
    }

    private static LocalDate opened(Threat t) {
        if (t.getOpenedOn() != null) {
            return t.getOpenedOn();
        }
        return t.getProvenance() != null && t.getProvenance().getCreatedAt() != null ? day(t.getProvenance().getCreatedAt()) : LocalDate.MIN;
    }

    static boolean openDuring(Threat t, LocalDate start, LocalDate end) {
        return !opened(t).isAfter(end) && (t.getClosedOn() == null || start == null || !t.getClosedOn().isBefore(start));
    }

    /** Threats in the area (and of the actor), open between the days, that the audience may see. */
    static List<Threat> threats(DataSetRequest request, LocalDate start, LocalDate end) {
        return request.objects(Threat.class, t -> request.inArea(t) && openDuring(t, start, end)
            && (request.actor() == null || t.getSourcesOfViolence().contains(request.actor())));
    }

    /** Threats in the area, open during the period, that the audience may see, in matrix order. */
    static List<Threat> selectedThreats(DataSetRequest request) {
        List<Threat> result = new ArrayList<>(threats(request, request.from(), request.to()));
        MissionRules rules = request.rules();
        result.sort(Comparator.comparingInt((Threat t) -> t.getPriority() <= 0 ? Integer.MAX_VALUE : t.getPriority())
            .thenComparing(Comparator.comparingInt((Threat t) -> rules.scaleRank(MissionRules.RISK, t.getRisk())).reversed())
            .thenComparingInt(Threat::getNumber));
        return result;
    }

    /**
     * Events in the area (and of the actor) between the days, in time order: those the audience
     * may see, counted for need to know when {@code record}, else only checked against it.
     */
    static List<Event> selectedEvents(DataSetRequest request, LocalDate start, LocalDate end, boolean record) {
        java.util.function.Predicate<Event> selected = e -> {
            if (e.getOccurredAt() == null) {
                return false;
            }
            LocalDate d = day(e.getOccurredAt());
            return !d.isAfter(end) && (start == null || !d.isBefore(start)) && request.inArea(e)
                && (request.actor() == null || e.getPerpetrators().contains(request.actor()));
        };
        List<Event> result = record ? new ArrayList<>(request.objects(Event.class, selected))
            : new ArrayList<>(request.workspace().objects(Event.class).stream().filter(selected.and(request::permits)).toList());
        result.sort(Comparator.comparing(Event::getOccurredAt));
        return result;
    }

    /** The twelve months that end with the month of {@code to}. */
    static List<YearMonth> trendMonths(LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(to);
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }
}
