package mosaic.mission.carana;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.Indicator;
import mosaic.model.Location;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.Provenance;
import mosaic.model.Report;
import mosaic.model.Source;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;

/**
 * The state the Carana demo generator builds up, and the helpers every stage of it uses: the
 * seeded random draws, ids, markings, provenance and evidence, dates, and the daily report of a day.
 *
 * <p>The stages extend one another in the order they run: {@link CaranaWorld} (places, actors,
 * sources), {@link CaranaEvents}, {@link CaranaReports}, {@link CaranaAnalysis} (relations,
 * indicators, threats, requirements, assessments), and {@link CaranaGenerator}, which runs them and
 * writes the workspace. All of them draw from the one {@link #random}, in that order, which is what
 * keeps the output the same for the same seed.</p>
 */
abstract class CaranaBase {

    static final LocalDate START = LocalDate.of(2024, 12, 1);
    static final LocalDate END = LocalDate.of(2026, 11, 30);

    static final String U = "UNCLASSIFIED";
    static final String C = "CONFIDENTIAL";
    static final String SC = "STRICTLY_CONFIDENTIAL";
    static final List<String> LEVELS = List.of(U, C, SC);
    static final String MISSION = "MINUCAR";
    static final String MISSION_LONG = "United Nations Multidimensional Stabilization Mission in Carana";
    static final String[] ANALYSTS = {"ivaldemar", "tlindqvist", "akore", "rokafor", "mbrennan"};
    static final String[] JOC_OFFICERS = {"Capt. N. Haldane", "Maj. S. Oduya", "Ms. P. Arvelo", "Lt Col. R. Matsuda",
        "Mr. D. Kessler-Amani"};
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ENGLISH);

    /** When the gazetteer was compiled: the creation time of places, actors and sources. */
    static final Instant GAZETTEER_DATE = Instant.parse("2024-11-18T09:00:00Z");

    final long seed;
    final Random random;
    final MosaicFactory f = MosaicFactory.eINSTANCE;
    final MissionRules rules = MissionRules.defaults();
    int counter;

    final List<MosaicObject> all = new ArrayList<>();
    final Map<String, Location> places = new LinkedHashMap<>();
    final Map<String, String> province = new LinkedHashMap<>();
    final Map<String, String> territory = new LinkedHashMap<>();
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<String, Source> sources = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final Map<Event, String> eventText = new LinkedHashMap<>();
    final List<Report> dailies = new ArrayList<>();
    final List<Report> flashes = new ArrayList<>();
    final Map<Report, List<String>> reportLines = new LinkedHashMap<>();
    final Map<String, byte[]> content = new TreeMap<>();
    final List<Threat> threats = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();

    CaranaBase(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    // ================================================================== helpers

    String id(String kind) {
        return UUID.nameUUIDFromBytes(("carana/" + seed + "/" + kind + "/" + (counter++)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Marking marking(String classification, String compartment, String... releasableTo) {
        Marking marking = f.createMarking();
        marking.setClassification(classification);
        if (compartment != null) {
            marking.setCompartment(compartment);
        }
        marking.getReleasableTo().addAll(Arrays.asList(releasableTo));
        return marking;
    }

    <T extends MosaicObject> T init(T object, Marking marking, Instant createdAt, String component) {
        object.setId(id(object.eClass().getName()));
        object.setMarking(marking);
        Provenance provenance = f.createProvenance();
        provenance.setCreatedBy(component.equals("JOC") ? "joc.reporting" : ANALYSTS[random.nextInt(ANALYSTS.length)]);
        provenance.setCreatedAt(createdAt.truncatedTo(ChronoUnit.SECONDS));
        provenance.setComponent(component);
        object.setProvenance(provenance);
        all.add(object);
        return object;
    }

    Evidence evidence(Report report, Source source, String passage, String credibility, String statement) {
        Evidence evidence = f.createEvidence();
        evidence.setReport(report);
        evidence.setSource(source);
        evidence.setPassage(passage);
        evidence.setCredibility(credibility);
        evidence.setStatement(statement);
        return evidence;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    static double round4(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String higher(String a, String b) {
        return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
    }

    String alias(Actor actor) {
        List<String> names = new ArrayList<>();
        names.add(actor.getName());
        names.add(actor.getName());
        names.addAll(actor.getAliases());
        return pick(names);
    }

    /** Spelling variants of an invented place name (French and English transcriptions, hyphens). */
    static List<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (name.contains("ou")) {
            out.add(name.replace("ou", "u"));
        } else if (name.contains("u")) {
            out.add(name.replace("u", "ou"));
        }
        if (name.contains("w")) {
            out.add(name.replace("w", "ou"));
        }
        if (name.startsWith("K")) {
            out.add("C" + name.substring(1));
        } else if (name.contains("k")) {
            out.add(name.replace("k", "kh"));
        }
        if (!name.contains("-") && !name.contains(" ") && name.length() > 5) {
            int cut = 2;
            while (cut < name.length() - 2 && "aeiou".indexOf(name.charAt(cut - 1)) < 0) {
                cut++;
            }
            out.add(name.substring(0, cut) + "-" + Character.toUpperCase(name.charAt(cut)) + name.substring(cut + 1));
        }
        out.remove(name);
        return new ArrayList<>(out).subList(0, Math.min(2, out.size()));
    }

    Source hs() {
        return sources.get("hs" + random.nextInt(8));
    }

    Report dailyOn(LocalDate date) {
        for (Report r : dailies) {
            if (!day(r.getDate()).isBefore(date)) {
                return r;
            }
        }
        return dailies.get(dailies.size() - 1);
    }

    /** The first daily report on or after {@code date} marked no higher than {@code classification}. */
    Report dailyOn(LocalDate date, String classification) {
        for (Report r : dailies) {
            if (!day(r.getDate()).isBefore(date) && LEVELS.indexOf(r.getMarking().getClassification()) <= LEVELS.indexOf(classification)) {
                return r;
            }
        }
        return dailyOn(date);
    }
}
