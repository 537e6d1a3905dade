package mosaic.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mosaic.core.access.Audience;
import mosaic.model.config.MissionRules;
import mosaic.reports.DesignInfo;
import mosaic.reports.ReportException;

/**
 * The parameters of one render, checked against the design and the workspace's rules: who reads
 * (audience), where (area), when (from, to) and, for a profile, which actor.
 *
 * @param audience who the product is for
 * @param area a sector or place name, or {@code null} for the whole mission
 * @param from first day of the period, or {@code null} for the design's default
 * @param to last day of the period, or {@code null} for the latest day with data
 * @param actor an actor id or name, or {@code null}
 */
public record Selection(Audience audience, String area, LocalDate from, LocalDate to, String actor) {

    /** Parameters every design takes, with their descriptions. */
    public static final Map<String, String> COMMON = commonParameters();

    private static Map<String, String> commonParameters() {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("audience", "classification ceiling of the readers (default: the lowest level, e.g. UNCLASSIFIED)");
        common.put("compartments", "comma-separated compartments the readers are read into (default: none)");
        common.put("releasable-to", "body the product is released to, e.g. U2 (default: within the mission)");
        common.put("area", "a sector or place name (default: the whole mission)");
        common.put("from", "first day of the period, YYYY-MM-DD (default: depends on the design)");
        common.put("to", "last day of the period, YYYY-MM-DD (default: the latest day with data)");
        return common;
    }

    /**
     * Checks and reads the parameters.
     *
     * @throws ReportException for a parameter the design does not take, or a bad value
     */
    public static Selection parse(DesignInfo design, Map<String, String> params, MissionRules rules) throws ReportException {
        for (String key : params.keySet()) {
            if (design.parameter(key).isEmpty()) {
                throw new ReportException("design " + design.name() + " has no parameter '" + key + "' (parameters: "
                    + String.join(", ", design.parameters().stream().map(p -> p.name()).toList()) + ")");
            }
        }
        for (var p : design.parameters()) {
            if (p.required() && blank(params.get(p.name()))) {
                throw new ReportException("design " + design.name() + " needs --param " + p.name() + "=... (" + p.description() + ")");
            }
        }
        String clearance = blank(params.get("audience")) ? rules.classificationCodes().get(0) : params.get("audience").trim();
        if (!rules.isClassification(clearance)) {
            throw new ReportException("unknown audience '" + clearance + "' (classification levels: "
                + String.join(", ", rules.classificationCodes()) + ")");
        }
        List<String> compartments = blank(params.get("compartments")) ? List.of()
            : new ArrayList<>(Arrays.stream(params.get("compartments").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        Audience audience = Audience.of(rules, clearance, compartments);
        if (!blank(params.get("releasable-to"))) {
            audience = audience.releasedTo(params.get("releasable-to"));
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ReportException("period is empty: from " + from + " is after to " + to);
        }
        return new Selection(audience, blank(params.get("area")) ? null : params.get("area").trim(), from, to,
            blank(params.get("actor")) ? null : params.get("actor").trim());
    }

    private static LocalDate date(Map<String, String> params, String key) throws ReportException {
        String value = params.get(key);
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ReportException("parameter " + key + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
