package mosaic.ui.internal.editors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mosaic.model.config.MissionRules;

/** How each kind's form is laid out in sections, and which code fields read which scale. */
final class Layouts {

    private Layouts() {
    }

    /** Section title to feature names, per class name; features not named go to "Details". */
    static Map<String, List<String>> sections(String className) {
        Map<String, List<String>> s = new LinkedHashMap<>();
        switch (className) {
            case "Actor" -> {
                s.put("Identity", List.of("name", "aliases", "kind", "type", "civilianStatus", "strength", "description"));
                s.put("Perpetrator profile (POC Handbook 8.2.1)", List.of("intentAndMotivation", "structure", "capabilitiesAndResources",
                    "presence", "areasOfOperation", "modusOperandi", "history", "relationshipWithMission"));
            }
            case "Threat" -> {
                s.put("Threat", List.of("number", "title", "priority", "violenceType", "threatTypeAndScale", "sector", "locations", "locationDetail"));
                s.put("Risk", List.of("likelihood", "impact", "impactChildren", "impactWomenAndGirls", "risk", "imminent", "openedOn", "closedOn"));
                s.put("Actors and civilians", List.of("sourcesOfViolence", "otherActors", "otherActorsRole", "civiliansAtRisk"));
                s.put("Response", List.of("missionCapacity", "missionResponse", "actionRequired", "objectives", "indicators"));
            }
            case "Event" -> {
                s.put("Event", List.of("title", "occurredAt", "timePrecision", "violenceType", "perpetrators", "description"));
                s.put("Place", List.of("location", "placeName", "latitude", "longitude", "locationPrecision"));
                s.put("Harm and verification", List.of("fatalities", "injured", "verification", "reportingComponent"));
            }
            case "Relation" -> s.put("Relation", List.of("type", "from", "to", "directed", "validFrom", "validTo", "weight", "description"));
            case "Location" -> s.put("Place", List.of("name", "aliases", "kind", "parent", "latitude", "longitude", "description"));
            case "Source" -> s.put("Source", List.of("name", "aliases", "kind", "reliability", "protectedIdentity", "handler", "child", "paid", "description"));
            case "Report" -> s.put("Report", List.of("title", "reportType", "date", "author", "component", "summary", "events",
                "contentFile", "originalName", "mediaType", "contentHash"));
            case "Indicator" -> s.put("Indicator", List.of("name", "aliases", "category", "status", "baseline", "areas", "description"));
            case "InformationRequirement" -> s.put("Requirement", List.of("code", "level", "question", "setBy", "due", "status", "answeredBy"));
            case "Assessment" -> s.put("Assessment", List.of("title", "assessmentType", "periodFrom", "periodTo", "status",
                "taskingAuthority", "disseminationList", "disseminationCleared", "threats", "summary", "body"));
            default -> { }
        }
        return s;
    }

    /** Fields written over several lines. */
    static final Set<String> LONG_TEXT = Set.of("description", "intentAndMotivation", "structure", "capabilitiesAndResources",
        "presence", "modusOperandi", "history", "relationshipWithMission", "threatTypeAndScale", "civiliansAtRisk",
        "otherActorsRole", "missionCapacity", "missionResponse", "actionRequired", "summary", "body", "question", "baseline",
        "locationDetail");

    /** The scale (or taxonomy, prefixed "tax:") a code field takes its values from. */
    static String codes(String className, String feature) {
        return switch (feature) {
            case "likelihood" -> MissionRules.LIKELIHOOD;
            case "impact", "impactChildren", "impactWomenAndGirls" -> MissionRules.IMPACT;
            case "risk" -> MissionRules.RISK;
            case "reliability" -> MissionRules.SOURCE_RELIABILITY;
            case "credibility" -> MissionRules.INFORMATION_CREDIBILITY;
            case "violenceType" -> "tax:" + MissionRules.VIOLENCE_TYPES;
            case "reportType", "assessmentType" -> "tax:" + MissionRules.REPORT_TYPES;
            case "reportingComponent", "component" -> "tax:" + MissionRules.COMPONENTS;
            case "category" -> "tax:indicator-category";
            case "dimension" -> "tax:capability-dimension";
            case "role" -> className.equals("ActorRole") ? "tax:actor-role" : null;
            case "type" -> className.equals("Actor") ? "tax:" + MissionRules.ACTOR_TYPES
                : className.equals("Relation") ? "tax:" + MissionRules.RELATION_TYPES : null;
            default -> null;
        };
    }
}
