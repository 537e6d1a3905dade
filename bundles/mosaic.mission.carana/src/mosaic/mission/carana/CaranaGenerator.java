package mosaic.mission.carana;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import mosaic.core.workspace.MissionConfigurations;
import mosaic.core.workspace.Workspace;
import mosaic.graph.layout.LayoutAlgorithm;
import mosaic.graph.layout.LayoutOptions;
import mosaic.graph.layout.Layouts;
import mosaic.graph.layout.Positions;
import mosaic.graph.model.ModelGraph;
import mosaic.mission.carana.internal.Pdf;
import mosaic.model.ActionPoint;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.ActorRole;
import mosaic.model.AgeGroup;
import mosaic.model.Assessment;
import mosaic.model.AssessmentStatus;
import mosaic.model.Attribute;
import mosaic.model.CapabilityRating;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.ChartNote;
import mosaic.model.CivilianStatus;
import mosaic.model.CollectionTask;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.Harm;
import mosaic.model.Indicator;
import mosaic.model.IndicatorStatus;
import mosaic.model.InformationRequirement;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.LocationPrecision;
import mosaic.model.Marking;
import mosaic.model.MissionConfiguration;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.Observation;
import mosaic.model.Provenance;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.RequirementLevel;
import mosaic.model.RequirementStatus;
import mosaic.model.Sex;
import mosaic.model.Source;
import mosaic.model.SourceKind;
import mosaic.model.Threat;
import mosaic.model.TimePrecision;
import mosaic.model.VerificationStatus;
import mosaic.model.VictimGroup;
import mosaic.model.config.MissionRules;

/**
 * Generates the fictional Carana demo workspace: a gazetteer, actors with profiles and
 * capability ratings, two years of relations and events, a JOC report archive (text and PDF),
 * graded sources, threats, indicators, information requirements and assessments.
 *
 * <p>Everything is invented. The output depends on the seed only: the same seed gives the same
 * files, byte for byte (no clock, no hash order, fixed PDF ids and dates).</p>
 */
public final class CaranaGenerator {

    /** This mission's additions to the default configuration, also contributed to new workspaces. */
    public static final String MISSION_CONFIGURATION = "config/carana-mission.xmi";

    /** The seed of the committed demo workspace. */
    public static final long DEFAULT_SEED = 2026;

    static final LocalDate START = LocalDate.of(2024, 12, 1);
    static final LocalDate END = LocalDate.of(2026, 11, 30);

    private static final String U = "UNCLASSIFIED";
    private static final String C = "CONFIDENTIAL";
    private static final String SC = "STRICTLY_CONFIDENTIAL";
    private static final List<String> LEVELS = List.of(U, C, SC);
    private static final String MISSION = "MINUCAR";
    private static final String MISSION_LONG = "United Nations Multidimensional Stabilization Mission in Carana";
    private static final String[] ANALYSTS = {"ivaldemar", "tlindqvist", "akore", "rokafor", "mbrennan"};
    private static final String[] JOC_OFFICERS = {"Capt. N. Haldane", "Maj. S. Oduya", "Ms. P. Arvelo", "Lt Col. R. Matsuda",
        "Mr. D. Kessler-Amani"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ENGLISH);

    private final long seed;
    private final Random random;
    private final MosaicFactory f = MosaicFactory.eINSTANCE;
    private final MissionRules rules = MissionRules.defaults();
    private int counter;

    private final List<MosaicObject> all = new ArrayList<>();
    private final Map<String, Location> places = new LinkedHashMap<>();
    private final Map<String, String> province = new LinkedHashMap<>();
    private final Map<String, String> territory = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<Event, String> eventText = new LinkedHashMap<>();
    private final List<Report> dailies = new ArrayList<>();
    private final List<Report> flashes = new ArrayList<>();
    private final Map<Report, List<String>> reportLines = new LinkedHashMap<>();
    private final Map<String, byte[]> content = new TreeMap<>();
    private final List<Threat> threats = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private CaranaGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Writes the Carana workspace into {@code target}, which must be missing or empty.
     *
     * @param seed the same seed gives the same files
     */
    public static void generate(Path target, long seed) throws Exception {
        generateAndCount(target, seed);
    }

    /** Like {@link #generate(Path, long)}; returns the number of objects written by kind. */
    public static Map<String, Integer> generateAndCount(Path target, long seed) throws Exception {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new IOException(target + " is a file, not a folder");
            }
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(target + " is not empty");
                }
            }
        }
        return new CaranaGenerator(seed).run(target);
    }

    private Map<String, Integer> run(Path target) throws Exception {
        gazetteer();
        actors();
        sources();
        events();
        reports();
        relations();
        indicators();
        threats();
        requirements();
        assessments();
        charts();
        missionCapabilities();
        raiseMarkings();
        renderContent();

        // The default configuration with this plug-in's contribution only (not whatever else is
        // installed), so that the demo is the same on every installation.
        MissionConfiguration configuration = MissionRules.loadDefault();
        MissionConfigurations.extend(configuration,
            MissionConfigurations.read(CaranaGenerator.class.getResource("/" + MISSION_CONFIGURATION)));
        Workspace workspace = Workspace.init(target, configuration);
        for (Map.Entry<String, byte[]> file : content.entrySet()) {
            Path path = workspace.root().resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        workspace.setUser(ANALYSTS[0], "JMAC");
        for (MosaicObject object : all) {
            workspace.add(object);
        }
        workspace.saveAll(null);
        return workspace.countByKind();
    }

    // ================================================================== helpers

    private String id(String kind) {
        return UUID.nameUUIDFromBytes(("carana/" + seed + "/" + kind + "/" + (counter++)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Marking marking(String classification, String compartment, String... releasableTo) {
        Marking marking = f.createMarking();
        marking.setClassification(classification);
        if (compartment != null) {
            marking.setCompartment(compartment);
        }
        marking.getReleasableTo().addAll(Arrays.asList(releasableTo));
        return marking;
    }

    private <T extends MosaicObject> T init(T object, Marking marking, Instant createdAt, String component) {
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

    private Evidence evidence(Report report, Source source, String passage, String credibility, String statement) {
        Evidence evidence = f.createEvidence();
        evidence.setReport(report);
        evidence.setSource(source);
        evidence.setPassage(passage);
        evidence.setCredibility(credibility);
        evidence.setStatement(statement);
        return evidence;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private static double round4(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String higher(String a, String b) {
        return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
    }

    private String alias(Actor actor) {
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

    // ================================================================== gazetteer

    private static final Instant GAZETTEER_DATE = Instant.parse("2024-11-18T09:00:00Z");

    private Location place(LocationKind kind, String name, String parent, double lat, double lon, String description,
            String... aliases) {
        Location location = init(f.createLocation(), marking(U, null), GAZETTEER_DATE, "JMAC");
        location.setName(name);
        location.setKind(kind);
        location.setLatitude(round4(lat));
        location.setLongitude(round4(lon));
        location.setDescription(description);
        if (aliases.length > 0) {
            location.getAliases().addAll(Arrays.asList(aliases));
        } else if (kind == LocationKind.TOWN || kind == LocationKind.VILLAGE || kind == LocationKind.TERRITORY) {
            location.getAliases().addAll(variants(name));
        }
        if (parent != null) {
            Location p = places.get(parent);
            location.setParent(p);
            territory.put(name, p.getKind() == LocationKind.TERRITORY ? parent : territory.getOrDefault(parent, name));
            province.put(name, p.getKind() == LocationKind.PROVINCE ? parent : province.getOrDefault(parent, name));
        }
        places.put(name, location);
        return location;
    }

    /** Province: name, centre; territories: name, offset; localities per territory. */
    private static final Object[][] PROVINCES = {
        {"Sorona", 7.15, 18.35, "Capital province on the central plateau; seat of government and of the mission headquarters.",
            new String[] {"Sorrona", "Province de Sorona"}},
        {"Tessaru", 8.65, 20.45, "North-eastern savannah province bordering Ombaria; cattle corridors and the FPLT heartland.",
            new String[] {"Tesaru", "Tessarou"}},
        {"Kalimbe", 6.05, 21.15, "Eastern forested highlands with artisanal gold and cassiterite sites.",
            new String[] {"Kalimbé", "Kalimbeh"}},
        {"Mbarika", 5.05, 16.55, "South-western river province; timber, the port and the main southern road.",
            new String[] {"M'Barika", "Mbarica"}},
        {"Ouvela", 8.95, 16.05, "North-western Sahelian province; remote, thinly administered, cross-border trafficking routes.",
            new String[] {"Uvela", "Ouvéla"}},
    };

    private static final Object[][] TERRITORIES = {
        // name, province, dLat, dLon, towns (first is the chief town), villages
        {"Kessani-Urbain", "Sorona", 0.05, 0.10, "Kessani", new String[] {"Makoundi", "Tolabe", "Sefoura"}},
        {"Dunaba", "Sorona", -0.45, -0.55, "Dunaba", new String[] {"Koyere", "Mbalou", "Pendouma", "Zawadi"}},
        {"Amboli", "Tessaru", 0.30, -0.45, "Amboli", new String[] {"Kiboro", "Lusara", "Wande", "Tchokoro", "Gbassi"}},
        {"Keshwa", "Tessaru", -0.25, 0.55, "Keshwa", new String[] {"Orumbe", "Nyamasso", "Dakoulou", "Fimbara"}},
        {"Ruvesi", "Kalimbe", 0.35, -0.30, "Ruvesi", new String[] {"Mokindo", "Bisengo", "Tanouri", "Sawaki"}},
        {"Ngoro", "Kalimbe", -0.40, 0.35, "Ngoro", new String[] {"Mitumbe", "Kaswira", "Luvongo", "Bandaka"}},
        {"Tundu", "Mbarika", 0.40, 0.35, "Tundu", new String[] {"Sangalo", "Moukassa", "Djembi", "Nzali"}},
        {"Lower Mbarika", "Mbarika", -0.35, -0.40, "Port-Mbarika", new String[] {"Loukolo", "Kimbassa", "Ouadja", "Esseko"}},
        {"Lirado", "Ouvela", 0.30, 0.40, "Lirado", new String[] {"Gaouri", "Tessakou", "Boumali", "Kerenda"}},
        {"Pomeli", "Ouvela", -0.35, -0.35, "Pomeli", new String[] {"Zongolo", "Adakou", "Fertanga", "Maboula"}},
    };

    private void gazetteer() {
        place(LocationKind.COUNTRY, "Carana", null, 7.0, 18.5,
            "Republic of Carana: a fictional land-locked country used for peacekeeping training scenarios.",
            "Republique de Carana", "Karana");
        for (Object[] p : PROVINCES) {
            place(LocationKind.PROVINCE, (String) p[0], "Carana", (double) p[1], (double) p[2], (String) p[3], (String[]) p[4]);
        }
        for (Object[] t : TERRITORIES) {
            String name = (String) t[0];
            Location prov = places.get((String) t[1]);
            double lat = prov.getLatitude() + (double) t[2];
            double lon = prov.getLongitude() + (double) t[3];
            place(LocationKind.TERRITORY, name, (String) t[1], lat, lon, "Territory of " + t[1] + " province.");
            String town = (String) t[4];
            place(LocationKind.TOWN, town, name, lat + 0.02, lon - 0.03,
                town.equals("Kessani") ? "Capital of Carana; about 600,000 inhabitants." : "Chief town of " + name + " territory.");
            String[] villages = (String[]) t[5];
            for (int i = 0; i < villages.length; i++) {
                double angle = 2 * Math.PI * i / villages.length + random.nextDouble() * 0.6;
                double r = 0.12 + random.nextDouble() * 0.25;
                place(LocationKind.VILLAGE, villages[i], name, lat + r * Math.sin(angle), lon + r * Math.cos(angle),
                    "Village in " + name + " territory, " + t[1] + " province.");
            }
        }
        // Mission presence
        base(LocationKind.BASE, "MINUCAR Headquarters Kessani", "Kessani", 0.03, 0.02, "Mission headquarters, JOC and JMAC.", "UN House", "HQ Kessani");
        base(LocationKind.BASE, "Sector North Headquarters Keshwa", "Keshwa", 0.02, -0.03, "Force Sector North HQ (battalion and level-II hospital).", "SNHQ", "Camp Keshwa");
        base(LocationKind.BASE, "Sector East Headquarters Ruvesi", "Ruvesi", -0.02, 0.03, "Force Sector East HQ.", "SEHQ", "Camp Ruvesi");
        base(LocationKind.BASE, "Sector West Headquarters Pomeli", "Pomeli", 0.02, 0.02, "Force Sector West HQ.", "SWHQ");
        base(LocationKind.TEAM_SITE, "Team Site Amboli", "Amboli", -0.02, 0.02, "Company operating base and JPT hub.", "COB Amboli", "TS Amboli");
        base(LocationKind.TEAM_SITE, "Team Site Ngoro", "Ngoro", 0.02, 0.02, "Company operating base covering the Mitumbe gold area.", "COB Ngoro");
        base(LocationKind.TEAM_SITE, "Team Site Tundu", "Tundu", 0.01, -0.02, "Temporary operating base on the Sangalo cattle corridor.", "TOB Tundu");
        base(LocationKind.TEAM_SITE, "Team Site Lirado", "Lirado", -0.02, -0.01, "Standing combat deployment near the Ombarian border.", "SCD Lirado");
        base(LocationKind.TEAM_SITE, "Team Site Dunaba", "Dunaba", 0.01, 0.02, "Police-led team site.", "TS Dunaba");
        // Hotspots, blind spots, displacement sites, mines, crossings
        base(LocationKind.HOTSPOT, "Kiboro-Lusara axis", "Kiboro", 0.04, 0.05, "Road between Kiboro and Lusara; repeated attacks on farmers and herders.", "Kiboro axis", "axe Kiboro-Lusara");
        base(LocationKind.HOTSPOT, "Orumbe market", "Orumbe", 0.0, 0.01, "Weekly market; extortion and clashes on market days.", "Orumbe marche");
        base(LocationKind.HOTSPOT, "Lusara cattle corridor", "Lusara", -0.06, 0.04, "Transhumance corridor; herder-farmer violence in the dry season.", "Lusara corridor");
        base(LocationKind.HOTSPOT, "Kaswira ridge", "Kaswira", 0.05, -0.04, "Ridge above the gold sites; militia positions.", "Kaswira heights");
        base(LocationKind.HOTSPOT, "Kessani Quartier Nord", "Kessani", 0.06, -0.02, "Northern district of the capital; political violence around elections.", "QN Kessani", "Kessani North");
        base(LocationKind.HOTSPOT, "Gaouri road junction", "Gaouri", 0.03, 0.03, "Junction on the northern supply route; IED and ambush site.", "Gaouri junction");
        base(LocationKind.BLIND_SPOT, "Upper Fimbara forest", "Fimbara", 0.12, 0.10, "No mission presence; reports only through community alert networks.", "Fimbara forest");
        base(LocationKind.BLIND_SPOT, "Bandaka plateau", "Bandaka", -0.10, 0.08, "Inaccessible in the rainy season; no network coverage.", "Plateau de Bandaka");
        base(LocationKind.BLIND_SPOT, "Kerenda marshes", "Kerenda", 0.08, -0.09, "Seasonal marshes; suspected BRD transit area.", "Kerenda swamp");
        base(LocationKind.BLIND_SPOT, "Djembi hills", "Djembi", -0.07, -0.06, "Hills south of Tundu; no road access.", "Collines de Djembi");
        base(LocationKind.DISPLACEMENT_SITE, "Amboli IDP site Espoir", "Amboli", 0.03, -0.02, "Spontaneous site next to the team site; about 14,000 people.", "Camp Espoir", "site Espoir");
        base(LocationKind.DISPLACEMENT_SITE, "Ruvesi stadium IDP site", "Ruvesi", 0.01, 0.01, "Collective site in the town stadium.", "Ruvesi stadium");
        base(LocationKind.DISPLACEMENT_SITE, "Ngoro parish IDP site", "Ngoro", -0.01, 0.02, "Site on parish grounds.", "Ngoro paroisse");
        base(LocationKind.DISPLACEMENT_SITE, "Keshwa transit site", "Keshwa", -0.03, 0.01, "Transit site for people displaced from Fimbara.", "Keshwa transit");
        base(LocationKind.DISPLACEMENT_SITE, "Pomeli host community site", "Pomeli", 0.02, -0.03, "Displaced families hosted in Pomeli.", "Pomeli site");
        base(LocationKind.MINE, "Mitumbe gold site", "Mitumbe", 0.02, 0.03, "Artisanal gold site; taxed by armed groups.", "Mitumbe mines", "carriere Mitumbe");
        base(LocationKind.MINE, "Kaswira cassiterite pit", "Kaswira", -0.02, 0.02, "Cassiterite pits.", "Kaswira pits");
        base(LocationKind.MINE, "Fimbara gold site", "Fimbara", 0.04, -0.03, "Remote gold site in the forest.", "Fimbara mine");
        base(LocationKind.CROSSING, "Tanouri border crossing", "Tanouri", 0.05, 0.06, "Border post with Ombaria; fuel and arms trafficking.", "poste de Tanouri");
        base(LocationKind.CROSSING, "Gaouri ferry", "Gaouri", -0.04, -0.02, "Ferry on the Lirado river.", "bac de Gaouri");
    }

    private void base(LocationKind kind, String name, String near, double dLat, double dLon, String description, String... aliases) {
        Location n = places.get(near);
        place(kind, name, near, n.getLatitude() + dLat, n.getLongitude() + dLon, description, aliases);
    }

    // ================================================================== actors

    private record A(String key, ActorKind kind, String type, String name, Integer strength, String areas, String intent,
            String history, String[] aliases) {
    }

    private static A a(String key, ActorKind kind, String type, String name, Integer strength, String areas, String intent,
            String history, String... aliases) {
        return new A(key, kind, type, name, strength, areas, intent, history, aliases);
    }

    private static final A[] ACTORS = {
        // armed groups
        a("fplt", ActorKind.ARMED_GROUP, "non-state-armed-group", "Front Patriotique pour la Liberation du Tessaru", 1800,
            "Amboli,Keshwa,Kiboro,Orumbe,Fimbara", "Claims to defend Tessaru herding communities; in practice controls roads, markets and cattle routes for revenue.",
            "Formed in 2019 from former rebel units excluded from the disarmament programme; split in April 2025.", "FPLT", "F.P.L.T.", "Front Patriotique", "Tessaru Patriotic Front"),
        a("fpltr", ActorKind.ARMED_GROUP, "non-state-armed-group", "FPLT-Renouveau", 450, "Keshwa,Nyamasso,Dakoulou",
            "Splinter faction seeking a separate seat in the peace talks and control of the Keshwa market taxes.",
            "Broke away from the FPLT on 12 April 2025 after a dispute over the sharing of checkpoint revenue.", "FPLT-R", "FPLT Renouveau", "Renouveau faction", "FPLT/R"),
        a("wabe", ActorKind.ARMED_GROUP, "non-state-armed-group", "Wabe-Kassa", 900, "Ruvesi,Mitumbe,Bisengo,Kaswira",
            "Community-rooted militia turned into an armed group controlling the Mitumbe gold site.",
            "Emerged in 2016 as a self-defence movement; allied with the FPLT until September 2025.", "Wabe Kassa", "Wabekassa", "Mai Wabe", "Mayi-Wabe"),
        a("mjck", ActorKind.ARMED_GROUP, "non-state-armed-group", "Mouvement des Jeunes Combattants de Kalimbe", 300, "Ruvesi,Tanouri,Sawaki",
            "Youth movement demanding integration into the army and a share of mining revenue.", "Created in 2022 by demobilised youth.",
            "MJCK", "Jeunes Combattants", "Kalimbe Young Fighters"),
        a("nda", ActorKind.ARMED_GROUP, "non-state-armed-group", "Ngoro Defence Army", 550, "Ngoro,Luvongo,Bandaka",
            "Defends Ngoro chieftaincy claims; recruits children; opposes the cassiterite concession.", "Founded in 2020 by a former army captain.",
            "NDA", "Armee de Defense de Ngoro", "Ngoro Army"),
        a("brd", ActorKind.ARMED_GROUP, "violent-extremist-group", "Brotherhood of the Red Dune", 350, "Lirado,Gaouri,Kerenda,Tessakou",
            "Violent extremist group rejecting state authority; targets peacekeepers, officials and humanitarians.",
            "Appeared in Ouvela in 2023; linked to cross-border networks in Ombaria.", "BRD", "Red Dune", "Freres de la Dune Rouge", "Dune Rouge"),
        a("ufrm", ActorKind.ARMED_GROUP, "non-state-armed-group", "Union des Forces Republicaines du Mbarika", 400, "Tundu,Port-Mbarika,Loukolo",
            "Politico-military movement close to the opposition; mobilises around elections.", "Signed the 2021 ceasefire, only partly respected.",
            "UFRM", "Union des Forces Republicaines", "Mbarika Republican Forces"),
        a("cjr", ActorKind.ARMED_GROUP, "non-state-armed-group", "Coalition for Justice and Return", null, "Amboli,Ruvesi,Keshwa",
            "Umbrella coalition of northern and eastern groups negotiating as one bloc.", "Announced in 2023; weakened by the FPLT split and the FPLT/Wabe-Kassa fallout.",
            "CJR", "Coalition pour la Justice et le Retour", "CJR coalition"),
        a("krm", ActorKind.ARMED_GROUP, "militia", "Kaswira Ridge Militia", 200, "Kaswira,Mitumbe,Luvongo",
            "Controls access to the cassiterite pits; rents out fighters to the highest bidder.", "Active since 2021.",
            "KRM", "Kaswira boys", "Milice de Kaswira"),
        a("alo", ActorKind.ARMED_GROUP, "non-state-armed-group", "Armee de Liberation de l'Ouvela", 600, "Pomeli,Zongolo,Adakou,Fertanga",
            "Secessionist rhetoric; taxes transhumance and trade on the Pomeli road.", "Reactivated in 2024 with foreign backing.",
            "ALO", "Ouvela Liberation Army", "A.L.O."),
        // state security forces
        a("fac", ActorKind.STATE_SECURITY_FORCE, "host-state-armed-forces", "Forces Armees Caranaises", 14000, "Kessani,Keshwa,Amboli,Ruvesi,Pomeli",
            "Restore state authority; units in the north are under-paid and poorly supplied.", "Rebuilt since 2018 with bilateral support; several units listed for violations.",
            "FAC", "Carana Armed Forces", "CAF", "FACa"),
        a("pnc", ActorKind.STATE_SECURITY_FORCE, "host-state-police", "Police Nationale Caranaise", 6500, "Kessani,Dunaba,Port-Mbarika,Ruvesi",
            "Law enforcement; public order in the capital.", "Present mostly in towns; accused of excessive force at demonstrations.",
            "PNC", "Carana National Police", "Police nationale"),
        a("gn", ActorKind.STATE_SECURITY_FORCE, "host-state-police", "Gendarmerie Nationale Caranaise", 2500, "Dunaba,Tundu,Lirado",
            "Rural policing and border control.", "Understaffed in the north.", "GNC", "Gendarmerie", "gendarmes"),
        a("gp", ActorKind.STATE_SECURITY_FORCE, "host-state-armed-forces", "Garde Presidentielle", 1200, "Kessani",
            "Protects the presidency; deployed to the capital during the elections.", "Implicated in arrests of opposition supporters in 2021.",
            "GP", "Presidential Guard", "la Garde"),
        a("odf", ActorKind.STATE_SECURITY_FORCE, "foreign-armed-forces", "Ombarian Defence Forces", null, "Tanouri,Lirado",
            "Neighbouring state's army; conducts cross-border pursuits and is suspected of backing the ALO.", "Incursions reported since 2023.",
            "ODF", "Ombaria army", "forces ombariennes"),
        a("rsb", ActorKind.STATE_SECURITY_FORCE, "regional-force", "Regional Standby Brigade", 900, "Kessani,Pomeli",
            "Regional force deployed under a bilateral agreement to secure the Pomeli road.", "Deployed in March 2026.",
            "RSB", "Brigade regionale", "the Brigade"),
        // community groups
        a("hunters", ActorKind.COMMUNITY_GROUP, "self-defence-group", "Amboli Hunters Brotherhood", 700, "Amboli,Kiboro,Lusara,Wande,Gbassi",
            "Protects farming villages against FPLT raids; since August 2025 also attacks herder communities it accuses of supporting the FPLT.",
            "Traditional hunters' association armed in 2024 with help from local officials; turned perpetrator in August 2025.",
            "Amboli hunters", "Chasseurs d'Amboli", "Bana-Amboli", "the Brotherhood"),
        a("cvk", ActorKind.COMMUNITY_GROUP, "self-defence-group", "Kalimbe Village Vigilance Committees", 400, "Ruvesi,Mokindo,Bisengo",
            "Night patrols and alerts in villages around Ruvesi.", "Organised in 2023 with church support.",
            "CVK", "comites de vigilance", "vigilance committees"),
        a("herders", ActorKind.COMMUNITY_GROUP, "self-defence-group", "Lusara Herders Self-Defence Group", 250, "Lusara,Tchokoro,Wande",
            "Armed escorts of transhumant herds; retaliates for cattle theft.", "Armed since the 2024 dry season.",
            "Lusara herders", "bergers armes de Lusara", "herder escorts"),
        a("tundu", ActorKind.COMMUNITY_GROUP, "self-defence-group", "Tundu Youth Patrols", 150, "Tundu,Sangalo,Moukassa",
            "Neighbourhood security in Tundu; mobilised by politicians before the elections.", "Formed in 2022.",
            "Tundu youth", "patrouilles de Tundu"),
        a("gadngoro", ActorKind.COMMUNITY_GROUP, "militia", "Ngoro Self-Defence Group", 180, "Ngoro,Luvongo",
            "Defends Ngoro villages against the NDA; loosely linked to the FAC.", "Formed in 2021.",
            "GAD Ngoro", "Auto-defense Ngoro"),
        a("pomeli", ActorKind.COMMUNITY_GROUP, "self-defence-group", "Pomeli Farmers Guard", 120, "Pomeli,Maboula,Fertanga",
            "Protects fields during the harvest against ALO raids.", "Formed in 2024.", "Farmers Guard", "Garde paysanne"),
        a("mokindo", ActorKind.COMMUNITY_GROUP, "self-defence-group", "Mokindo Community Watch", 60, "Mokindo",
            "Unarmed community watch working with the mission's community alert network.", "Set up by CAS in 2023.", "Mokindo watch"),
        a("keshwaelders", ActorKind.COMMUNITY_GROUP, "traditional-authority", "Keshwa Council of Elders", null, "Keshwa",
            "Mediates between herders and farmers; influential with the FPLT rank and file.", "Customary institution.", "Keshwa elders", "conseil des sages"),
        // criminal networks
        a("gold", ActorKind.CRIMINAL_NETWORK, "criminal-network", "Mitumbe gold smuggling network", null, "Mitumbe,Ruvesi,Tanouri",
            "Buys gold from armed-group-controlled sites and smuggles it to Ombaria.", "Financier of the Wabe-Kassa and the KRM.",
            "Mitumbe traders", "gold network", "le comptoir"),
        a("rustlers", ActorKind.CRIMINAL_NETWORK, "criminal-network", "Sangalo cattle-rustling ring", 80, "Sangalo,Lusara,Tundu",
            "Cattle theft and road banditry.", "Operates across provincial boundaries.", "road bandits", "coupeurs de route", "rustlers"),
        a("fuel", ActorKind.CRIMINAL_NETWORK, "trafficking-network", "Tanouri fuel and arms trafficking network", null, "Tanouri,Gaouri,Lirado",
            "Smuggles fuel, motorcycles and small arms across the Ombarian border.", "Supplies the BRD and the ALO.",
            "Tanouri network", "fuel smugglers", "reseau de Tanouri"),
        a("kidnap", ActorKind.CRIMINAL_NETWORK, "criminal-network", "Kessani kidnapping ring", 30, "Kessani,Dunaba",
            "Kidnapping for ransom of traders and NGO staff.", "Active since 2024.", "kidnappers", "ravisseurs de Kessani"),
        a("timber", ActorKind.CRIMINAL_NETWORK, "criminal-network", "Port-Mbarika timber network", null, "Port-Mbarika,Esseko",
            "Illegal logging with protection from local officials.", "Pays the UFRM for access.", "timber barons"),
        // political actors
        a("rrc", ActorKind.POLITICAL_ACTOR, "political-party", "Rassemblement pour le Renouveau Caranais", null, "Kessani,Port-Mbarika,Tundu",
            "Main opposition party; contests the 2026 presidential election.", "Founded 2015.", "RRC", "Renouveau Caranais", "the Rassemblement"),
        a("pun", ActorKind.POLITICAL_ACTOR, "political-party", "Parti de l'Unite Nationale", null, "Kessani,Amboli,Dunaba",
            "Ruling party; seeks re-election in July 2026.", "In power since 2016.", "PUN", "National Unity Party", "parti au pouvoir"),
        a("gov", ActorKind.POLITICAL_ACTOR, "government-authority", "Governor of Tessaru Province", null, "Amboli,Keshwa",
            "Provincial executive; accused of arming the hunters.", "Appointed 2023.", "Tessaru governorate", "Gouverneur du Tessaru"),
        a("moi", ActorKind.POLITICAL_ACTOR, "government-authority", "Ministry of Interior of Carana", null, "Kessani",
            "Responsible for territorial administration and the police.", "", "Interior Ministry", "MININTER"),
        a("cenic", ActorKind.POLITICAL_ACTOR, "government-authority", "Commission Electorale Nationale Independante de Carana", null, "Kessani",
            "Organises the 2026 elections.", "Reconstituted 2024.", "CENIC", "electoral commission"),
        a("ambolichief", ActorKind.POLITICAL_ACTOR, "traditional-authority", "Chieftaincy of Amboli", null, "Amboli",
            "Customary authority of the farming communities; patron of the hunters.", "", "Amboli chieftaincy", "chefferie d'Amboli"),
        // individuals
        a("kesseri", ActorKind.INDIVIDUAL, "commander", "Obadu Kesseri", null, "Amboli,Keshwa", "Leader of the FPLT.",
            "Former army major; under national arrest warrant since 2022.", "General Tigre", "Obadou Keseri", "Kesseri"),
        a("samba", ActorKind.INDIVIDUAL, "commander", "Samba Ndole", null, "Keshwa", "Former FPLT deputy; leader of FPLT-Renouveau since April 2025.",
            "Led the April 2025 split.", "Colonel Samba", "Samba Ndoleh", "Ndole"),
        a("mukalay", ActorKind.INDIVIDUAL, "leader", "Mukalay Wabe", null, "Ruvesi,Mitumbe", "Founder and leader of the Wabe-Kassa.",
            "Customary healer turned militia leader.", "Mzee Wabe", "Moukalai Wabe"),
        a("josue", ActorKind.INDIVIDUAL, "commander", "Josue Ndarata", null, "Ruvesi", "Commander of the MJCK.", "", "Josue", "Ndarata J."),
        a("ongwali", ActorKind.INDIVIDUAL, "commander", "Thierry Ongwali", null, "Ngoro", "Commander of the NDA.", "Former army captain.",
            "Commandant Tito", "Ongwali T."),
        a("tessime", ActorKind.INDIVIDUAL, "leader", "Idrissa Tessime", null, "Lirado", "Leader of the Brotherhood of the Red Dune.",
            "", "the Teacher", "Tessimi"),
        a("mossala", ActorKind.INDIVIDUAL, "commander", "Bertrand Mossala", null, "Tundu", "Military chief of the UFRM.", "", "Colonel Berto", "Mossalla"),
        a("kaboli", ActorKind.INDIVIDUAL, "leader", "Esperance Kaboli", null, "Amboli", "Political coordinator of the CJR.", "", "Mama Kaboli"),
        a("ngwana", ActorKind.INDIVIDUAL, "commander", "Didier Ngwana", null, "Kaswira", "Head of the Kaswira Ridge Militia.", "", "Ngwana Junior"),
        a("alakoua", ActorKind.INDIVIDUAL, "commander", "Firmin Alakoua", null, "Pomeli", "Commander of the ALO.", "", "Alakwa", "Le Vieux"),
        a("membe", ActorKind.INDIVIDUAL, "commander", "Gaston Membe", null, "Keshwa", "FAC commander of the northern operational zone.",
            "Promoted 2024.", "Colonel Membe", "Col. Membe"),
        a("bilonga", ActorKind.INDIVIDUAL, "focal-point", "Rose Bilonga", null, "Kessani", "PNC commissioner for Kessani; POC focal point.", "",
            "Commissioner Bilonga"),
        a("nzaba", ActorKind.INDIVIDUAL, "leader", "Pascal Nzaba", null, "Amboli,Kiboro", "Head of the Amboli Hunters Brotherhood.", "",
            "Chef Nzaba", "Nzabah"),
        a("tekere", ActorKind.INDIVIDUAL, "leader", "Alphonse Tekere", null, "Amboli", "Governor of Tessaru.", "", "Governor Tekere"),
        a("garandi", ActorKind.INDIVIDUAL, "leader", "Moussa Garandi", null, "Mitumbe,Tanouri", "Head of the gold network.", "",
            "Le Banquier", "Garandi M."),
        a("sawaya", ActorKind.INDIVIDUAL, "religious-leader", "Clement Sawaya", null, "Ruvesi", "Bishop of Ruvesi; mediator.", "",
            "Bishop Sawaya", "Mgr Sawaya"),
        a("oyelo", ActorKind.INDIVIDUAL, "focal-point", "Mariam Oyelo", null, "Amboli", "Women's network leader; community alert focal point.", "",
            "Maman Oyelo"),
        a("lembassa", ActorKind.INDIVIDUAL, "leader", "Victor Lembassa", null, "Kessani,Port-Mbarika", "RRC presidential candidate.", "",
            "Lembassa V.", "Vic Lembassa"),
        a("toumba", ActorKind.INDIVIDUAL, "leader", "Jean-Marc Toumba", null, "Kessani", "Incumbent president; PUN candidate.", "",
            "President Toumba", "JMT"),
        // protection actors
        a("hcc", ActorKind.PROTECTION_ACTOR, "humanitarian", "Humanitarian Coordination Cell for Carana", null, "Kessani,Amboli,Ruvesi",
            "Coordinates humanitarian response and access.", "", "HCC", "humanitarian coordination"),
        a("mde", ActorKind.PROTECTION_ACTOR, "humanitarian", "Medecins de l'Espoir", null, "Amboli,Ngoro", "Medical NGO running clinics in IDP sites.", "",
            "MdE", "Doctors of Hope"),
        a("awpn", ActorKind.PROTECTION_ACTOR, "civil-society", "Amboli Women's Peace Network", null, "Amboli,Kiboro,Lusara",
            "Women's mediation and early-warning network.", "", "AWPN", "Reseau des femmes d'Amboli"),
        a("ict", ActorKind.PROTECTION_ACTOR, "religious-leader", "Interfaith Council of Tessaru", null, "Amboli,Keshwa",
            "Religious leaders mediating between herders and farmers.", "", "ICT", "Conseil interreligieux"),
        a("lcdh", ActorKind.PROTECTION_ACTOR, "civil-society", "Ligue Caranaise des Droits Humains", null, "Kessani,Ruvesi",
            "Human rights monitoring NGO.", "", "LCDH", "Carana Human Rights League"),
        a("cpwg", ActorKind.PROTECTION_ACTOR, "humanitarian", "Child Protection Working Group Kalimbe", null, "Ruvesi,Ngoro",
            "Coordinates release and reintegration of children.", "", "CPWG Kalimbe"),
        a("radiopaix", ActorKind.PROTECTION_ACTOR, "civil-society", "Radio Paix Kalimbe", null, "Ruvesi", "Community radio; peace messaging.", "",
            "Radio Paix", "RPK"),
        // the mission
        a("minucar", ActorKind.MISSION, "mission-component", "MINUCAR", 12500, "Kessani,Keshwa,Ruvesi,Pomeli",
            "Protect civilians, support the peace process and the 2026 elections.", "Deployed since 2019.",
            "UN Mission in Carana", "the Mission", "MINUCAR mission"),
        a("sectornorth", ActorKind.MISSION, "mission-component", "MINUCAR Force Sector North", 3200, "Keshwa,Amboli",
            "Force sector covering Tessaru.", "", "Sector North", "SN"),
        a("sectoreast", ActorKind.MISSION, "mission-component", "MINUCAR Force Sector East", 2800, "Ruvesi,Ngoro",
            "Force sector covering Kalimbe.", "", "Sector East", "SE"),
        a("unpol", ActorKind.MISSION, "mission-component", "MINUCAR Police Component", 1400, "Kessani,Dunaba",
            "Formed police units and individual police officers.", "", "MINUCAR UNPOL", "UNPOL"),
    };

    private static final String[] DIMENSIONS = {"strength", "armament", "mobility", "command-and-control", "logistics", "finance", "intent"};

    private void actors() {
        for (A row : ACTORS) {
            boolean sensitive = row.kind == ActorKind.INDIVIDUAL;
            Actor actor = init(f.createActor(),
                sensitive ? marking(C, null, "JMAC", "U2", "POC") : marking(U, null), GAZETTEER_DATE.plusSeconds(3600), "JMAC");
            actor.setName(row.name);
            actor.getAliases().addAll(Arrays.asList(row.aliases));
            actor.setKind(row.kind);
            actor.setType(row.type);
            actor.setStrength(row.strength);
            List<String> areas = Arrays.asList(row.areas.split(","));
            for (String area : areas) {
                actor.getAreasOfOperation().add(places.get(area));
            }
            String where = String.join(", ", areas);
            actor.setDescription(row.intent);
            actor.setIntentAndMotivation(row.intent);
            actor.setHistory(row.history.isEmpty() ? "No recorded history of violations." : row.history);
            actor.setPresence("Present in " + where + ".");
            switch (row.kind) {
                case ARMED_GROUP -> {
                    actor.setStructure("Loose hierarchy: a leader with a general staff and " + between(3, 8)
                        + " sector commanders, each with semi-autonomous units of 30 to 80 fighters.");
                    actor.setCapabilitiesAndResources("Small arms, some RPGs and machine guns; motorcycles and a few pick-ups; revenue from "
                        + pick("checkpoint taxation", "gold site taxation", "cattle taxation", "trafficking") + ".");
                    actor.setModusOperandi("Dawn raids on villages, ambushes on roads, abductions for ransom, illegal taxation at checkpoints.");
                    actor.setRelationshipWithMission(pick("Hostile; has threatened peacekeepers.", "Ambivalent; engages with CAS on releases of children.",
                        "Engaged in the dialogue track but violates the ceasefire."));
                    actor.setCivilianStatus(CivilianStatus.ARMED_FORCE_OR_GROUP_MEMBER);
                }
                case STATE_SECURITY_FORCE -> {
                    actor.setStructure("Regular chain of command through the operational zone headquarters.");
                    actor.setCapabilitiesAndResources("Infantry, armoured vehicles, limited air mobility; logistics and pay irregular in the north.");
                    actor.setModusOperandi("Offensive operations against armed groups, cordon-and-search, checkpoints.");
                    actor.setRelationshipWithMission("Partner; support subject to the human rights due diligence policy.");
                    actor.setCivilianStatus(CivilianStatus.ARMED_FORCE_OR_GROUP_MEMBER);
                }
                case COMMUNITY_GROUP -> {
                    actor.setStructure("Village-based units under local leaders; little central command.");
                    actor.setCapabilitiesAndResources("Hunting rifles, machetes, some automatic weapons; knowledge of the terrain.");
                    actor.setModusOperandi("Night patrols, alerts by drum and phone, retaliation raids.");
                    actor.setRelationshipWithMission("Cooperates with the community alert network.");
                    actor.setCivilianStatus(CivilianStatus.MIXED);
                }
                case CRIMINAL_NETWORK -> {
                    actor.setStructure("Network of traders, transporters and protectors; a few financiers at the top.");
                    actor.setCapabilitiesAndResources("Cash, vehicles, cross-border contacts, protection from officials.");
                    actor.setModusOperandi("Smuggling, bribery, paying armed groups for access, kidnapping for ransom.");
                    actor.setRelationshipWithMission("Avoids contact.");
                    actor.setCivilianStatus(CivilianStatus.CIVILIAN);
                }
                case POLITICAL_ACTOR -> {
                    actor.setStructure("National leadership and provincial federations.");
                    actor.setCapabilitiesAndResources("Media access, mobilisation of youth supporters, state resources where in power.");
                    actor.setModusOperandi("Rallies, radio, social media; some leaders use inflammatory speech.");
                    actor.setRelationshipWithMission("Engaged through political affairs and good offices.");
                    actor.setCivilianStatus(CivilianStatus.CIVILIAN);
                }
                case INDIVIDUAL -> {
                    actor.setStructure("Individual.");
                    actor.setCapabilitiesAndResources("Authority over followers; personal protection detail.");
                    actor.setModusOperandi("Directs operations and negotiations.");
                    actor.setRelationshipWithMission(pick("Known to the mission; occasional contacts.", "No direct contact.", "Regular interlocutor."));
                    actor.setCivilianStatus(row.type.equals("commander") ? CivilianStatus.ARMED_FORCE_OR_GROUP_MEMBER : CivilianStatus.CIVILIAN);
                }
                case PROTECTION_ACTOR -> {
                    actor.setStructure("Organisation with field staff and volunteers.");
                    actor.setCapabilitiesAndResources("Field presence, community networks, limited funding.");
                    actor.setModusOperandi("Monitoring, assistance, mediation, referral.");
                    actor.setRelationshipWithMission("Partner; shares alerts with the POC unit.");
                    actor.setCivilianStatus(CivilianStatus.CIVILIAN);
                }
                case MISSION -> {
                    actor.setStructure("Mission headquarters with force, police and civilian components.");
                    actor.setCapabilitiesAndResources("Infantry battalions, helicopters, formed police units, civilian staff.");
                    actor.setModusOperandi("Patrols, temporary operating bases, joint protection teams, good offices.");
                    actor.setRelationshipWithMission("Self.");
                    actor.setCivilianStatus(CivilianStatus.MIXED);
                }
            }
            if (row.kind == ActorKind.ARMED_GROUP || row.kind == ActorKind.STATE_SECURITY_FORCE || row.kind == ActorKind.COMMUNITY_GROUP
                || row.kind == ActorKind.CRIMINAL_NETWORK) {
                int[] level = new int[DIMENSIONS.length];
                for (int d = 0; d < DIMENSIONS.length; d++) {
                    level[d] = between(1, 4);
                }
                for (LocalDate asOf = LocalDate.of(2024, 12, 1); asOf.isBefore(END); asOf = asOf.plusMonths(6)) {
                    for (int d = 0; d < DIMENSIONS.length; d++) {
                        level[d] = Math.max(0, Math.min(5, level[d] + between(-1, 1)));
                        if (row.key.equals("hunters") && asOf.isAfter(LocalDate.of(2025, 7, 1)) && level[d] < 3) {
                            level[d]++;
                        }
                        CapabilityRating rating = f.createCapabilityRating();
                        rating.setDimension(DIMENSIONS[d]);
                        rating.setRating(level[d]);
                        rating.setAsOf(asOf);
                        rating.setNote(d == 0 && row.strength != null ? "Estimated " + row.strength + " personnel." : "JMAC semi-annual review.");
                        actor.getCapabilities().add(rating);
                    }
                }
            }
            switch (row.kind) {
                case ARMED_GROUP, CRIMINAL_NETWORK -> {
                    actor.getRoles().add(role("perpetrator", row.key.equals("fpltr") ? LocalDate.of(2025, 4, 12) : START, null));
                    if (row.kind == ActorKind.ARMED_GROUP) {
                        actor.getRoles().add(role("spoiler", START, null));
                    }
                }
                case STATE_SECURITY_FORCE -> {
                    actor.getRoles().add(role("protector", START, null));
                    if (row.key.equals("fac") || row.key.equals("gp") || row.key.equals("odf")) {
                        actor.getRoles().add(role("perpetrator", START, null));
                    }
                }
                case COMMUNITY_GROUP -> {
                    if (row.key.equals("hunters")) {
                        actor.getRoles().add(role("protector", START, LocalDate.of(2025, 8, 14)));
                        actor.getRoles().add(role("perpetrator", LocalDate.of(2025, 8, 15), null));
                    } else if (row.key.equals("herders")) {
                        actor.getRoles().add(role("victim-community", START, null));
                        actor.getRoles().add(role("perpetrator", LocalDate.of(2025, 9, 1), null));
                    } else if (row.key.equals("tundu")) {
                        actor.getRoles().add(role("protector", START, LocalDate.of(2026, 5, 31)));
                        actor.getRoles().add(role("perpetrator", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31)));
                    } else {
                        actor.getRoles().add(role(row.key.equals("keshwaelders") ? "mediator" : "protector", START, null));
                    }
                }
                case POLITICAL_ACTOR -> actor.getRoles().add(role(row.key.equals("rrc") || row.key.equals("pun") ? "spoiler" : "mediator",
                    row.key.equals("rrc") || row.key.equals("pun") ? LocalDate.of(2026, 4, 1) : START, null));
                case INDIVIDUAL -> actor.getRoles().add(role(row.type.equals("commander") ? "perpetrator" : "mediator", START, null));
                case PROTECTION_ACTOR, MISSION -> actor.getRoles().add(role("protector", START, null));
            }
            actors.put(row.key, actor);
        }
    }

    private ActorRole role(String code, LocalDate from, LocalDate to) {
        ActorRole role = f.createActorRole();
        role.setRole(code);
        role.setValidFrom(from);
        role.setValidTo(to);
        return role;
    }

    // ================================================================== sources

    private void sources() {
        source("jocduty", SourceKind.MISSION_COMPONENT, "MINUCAR JOC duty officer log", "A", false, null, U);
        source("patrols", SourceKind.MISSION_COMPONENT, "MINUCAR Force patrol reports", "B", false, null, U);
        source("unpolreg", SourceKind.MISSION_COMPONENT, "MINUCAR UNPOL incident register", "B", false, null, U);
        source("hrd", SourceKind.MISSION_COMPONENT, "MINUCAR Human Rights Division monitoring", "A", false, null, C);
        source("cps", SourceKind.MISSION_COMPONENT, "MINUCAR Child Protection monitoring", "A", false, null, C);
        source("can", SourceKind.MISSION_COMPONENT, "Community alert network (CAS)", "C", false, null, U);
        source("hccsrc", SourceKind.UN_AGENCY, "Humanitarian access monitoring (HCC)", "B", false, null, U);
        source("unhcrlike", SourceKind.UN_AGENCY, "Protection cluster displacement tracking", "B", false, null, U);
        source("admin", SourceKind.AUTHORITY, "Territorial administrator of Amboli", "D", false, null, U);
        source("facspokes", SourceKind.AUTHORITY, "FAC northern zone spokesperson", "D", false, null, U);
        source("police", SourceKind.AUTHORITY, "PNC Kessani command", "C", false, null, U);
        source("awpnsrc", SourceKind.CIVIL_SOCIETY, "Amboli Women's Peace Network alerts", "C", false, null, U);
        source("lcdhsrc", SourceKind.CIVIL_SOCIETY, "LCDH monthly bulletin", "C", false, null, U);
        source("radio", SourceKind.MEDIA, "Radio Paix Kalimbe news bulletin", "D", false, null, U);
        source("tribune", SourceKind.MEDIA, "Carana Tribune (daily newspaper)", "E", false, null, U);
        source("social", SourceKind.OPEN_SOURCE, "Social media monitoring (JMAC)", "F", false, null, U);
        source("docs", SourceKind.DOCUMENT, "Documents recovered at Fimbara (FPLT ledger)", "B", false, null, C);
        source("imagery", SourceKind.IMAGERY, "Commercial satellite imagery (JMAC geospatial)", "A", false, null, C);
        String[] covers = {"KESTREL", "MAHOGANY", "RIVERSTONE", "LANTERN", "OKAPI", "SORGHUM", "BLUE HERON", "TAMARIND"};
        String[] reliab = {"B", "C", "B", "D", "C", "E", "F", "C"};
        for (int i = 0; i < covers.length; i++) {
            Source s = source("hs" + i, SourceKind.HUMAN, String.format(Locale.ROOT, "HS-%03d %s", 11 + i * 7, covers[i]), reliab[i], true,
                i % 2 == 0 ? "JMAC Sector North collection cell" : "JMAC Sector East collection cell", SC);
            s.getAliases().add(covers[i]);
            s.getMarking().setCompartment("jmac-only");
            s.getMarking().getReleasableTo().add("JMAC");
            s.setDescription("Protected human source; identity held by the handler only. Cover name " + covers[i] + ".");
        }
    }

    private Source source(String key, SourceKind kind, String name, String reliability, boolean protectedIdentity, String handler,
            String classification) {
        Source s = init(f.createSource(), marking(classification, null), GAZETTEER_DATE.plusSeconds(7200), "JMAC");
        s.setName(name);
        s.setKind(kind);
        s.setReliability(reliability);
        s.setProtectedIdentity(protectedIdentity);
        s.setChild(false);
        s.setPaid(false);
        s.setHandler(handler);
        if (s.getDescription() == null) {
            s.setDescription(rules.label(MissionRules.SOURCE_RELIABILITY, reliability) + " (" + reliability + ") " + kind.getLiteral() + " source.");
        }
        sources.put(key, s);
        return s;
    }

    private Source hs() {
        return sources.get("hs" + random.nextInt(8));
    }

    // ================================================================== events

    /** A source of violence active in some places over some period. */
    private record Pattern(String actor, String other, String areas, LocalDate from, LocalDate to, double rate, String violence) {
    }

    private static Pattern pt(String actor, String other, String areas, String from, String to, double rate, String violence) {
        return new Pattern(actor, other, areas, LocalDate.parse(from), LocalDate.parse(to), rate, violence);
    }

    private static final Pattern[] PATTERNS = {
        pt("fplt", null, "Kiboro,Kiboro-Lusara axis,Lusara,Orumbe market,Orumbe,Wande,Gbassi,Fimbara,Upper Fimbara forest",
            "2024-12-01", "2026-11-30", 0.14, "attack,attack,killing,abduction,looting,extortion,extortion,child-recruitment,crsv,displacement,arson"),
        pt("fplt", null, "Kiboro,Kiboro-Lusara axis,Lusara,Orumbe,Nyamasso,Amboli IDP site Espoir",
            "2025-03-01", "2025-05-20", 0.25, "attack,killing,killing,abduction,displacement,arson,crsv"),
        pt("fplt", "fpltr", "Orumbe,Orumbe market,Nyamasso,Dakoulou,Keshwa", "2025-04-12", "2025-08-15", 0.12, "armed-clash"),
        pt("fpltr", null, "Nyamasso,Dakoulou,Keshwa,Orumbe market", "2025-04-12", "2026-11-30", 0.07, "attack,extortion,looting,abduction,killing"),
        pt("wabe", null, "Mitumbe,Mitumbe gold site,Bisengo,Ruvesi,Kaswira,Mokindo", "2024-12-01", "2026-11-30", 0.09,
            "attack,extortion,extortion,looting,crsv,killing,abduction,child-recruitment"),
        pt("fplt", "wabe", "Bisengo,Tanouri,Sawaki,Gbassi", "2025-10-01", "2026-03-31", 0.08, "armed-clash"),
        pt("mjck", null, "Ruvesi,Tanouri,Sawaki", "2024-12-01", "2026-11-30", 0.04, "attack,looting,extortion,child-recruitment"),
        pt("nda", null, "Ngoro,Luvongo,Bandaka,Bandaka plateau", "2024-12-01", "2026-11-30", 0.05, "attack,killing,abduction,child-recruitment,arson"),
        pt("nda", "gadngoro", "Luvongo,Ngoro", "2025-01-15", "2025-06-30", 0.04, "armed-clash"),
        pt("krm", null, "Kaswira,Kaswira ridge,Kaswira cassiterite pit,Mitumbe", "2024-12-01", "2026-11-30", 0.04, "extortion,attack,looting,crsv"),
        pt("brd", null, "Gaouri,Gaouri road junction,Tessakou,Kerenda,Lirado,Boumali", "2024-12-01", "2026-11-30", 0.06,
            "explosive-ordnance,attack-on-peacekeepers,attack,killing,abduction,attack-on-humanitarians"),
        pt("brd", null, "Gaouri road junction,Lirado,Tessakou,Team Site Lirado", "2026-01-10", "2026-04-30", 0.12,
            "explosive-ordnance,attack-on-peacekeepers,killing,attack"),
        pt("ufrm", null, "Tundu,Loukolo,Port-Mbarika,Moukassa", "2024-12-01", "2026-11-30", 0.03, "attack,extortion,looting,abduction"),
        pt("ufrm", null, "Tundu,Port-Mbarika,Loukolo", "2026-05-15", "2026-08-15", 0.08, "attack,killing,hate-speech,arson"),
        pt("alo", null, "Pomeli,Zongolo,Adakou,Fertanga,Maboula", "2024-12-01", "2026-11-30", 0.05, "attack,looting,extortion,displacement,killing"),
        pt("alo", "fac", "Zongolo,Adakou,Pomeli", "2025-11-01", "2026-02-28", 0.05, "armed-clash"),
        pt("hunters", null, "Lusara,Lusara cattle corridor,Tchokoro,Wande,Kiboro", "2025-08-15", "2026-11-30", 0.11,
            "killing,arson,arson,displacement,attack,looting"),
        pt("herders", "hunters", "Lusara,Lusara cattle corridor,Tchokoro", "2025-09-01", "2026-04-30", 0.05, "armed-clash"),
        pt("herders", null, "Lusara cattle corridor,Wande,Gbassi", "2025-09-01", "2026-11-30", 0.03, "attack,killing,looting"),
        pt("fac", null, "Amboli,Keshwa,Orumbe,Kiboro,Nyamasso", "2024-12-01", "2026-11-30", 0.035, "arbitrary-arrest,arbitrary-arrest,killing,looting"),
        pt("pnc", null, "Kessani,Kessani Quartier Nord,Dunaba,Makoundi", "2024-12-01", "2026-11-30", 0.02, "arbitrary-arrest"),
        pt("pnc", null, "Kessani,Kessani Quartier Nord,Tolabe", "2026-06-01", "2026-08-15", 0.12, "arbitrary-arrest,attack,killing"),
        pt("gp", null, "Kessani,Kessani Quartier Nord", "2026-06-20", "2026-07-31", 0.06, "arbitrary-arrest,killing"),
        pt("rrc", null, "Kessani,Kessani Quartier Nord,Port-Mbarika,Tundu", "2026-04-01", "2026-08-15", 0.06, "hate-speech"),
        pt("pun", null, "Kessani,Amboli,Dunaba", "2026-04-01", "2026-08-15", 0.05, "hate-speech"),
        pt("tundu", null, "Tundu,Sangalo,Moukassa", "2026-06-01", "2026-08-31", 0.05, "attack,arson,looting"),
        pt("rustlers", null, "Sangalo,Lusara cattle corridor,Djembi,Nzali", "2024-12-01", "2026-11-30", 0.03, "looting,attack,killing"),
        pt("kidnap", null, "Kessani,Dunaba,Koyere", "2024-12-01", "2026-11-30", 0.015, "abduction"),
        pt("fuel", null, "Tanouri border crossing,Tanouri,Gaouri ferry", "2024-12-01", "2026-11-30", 0.012, "extortion"),
        pt("odf", null, "Tanouri,Tanouri border crossing,Lirado", "2025-06-01", "2025-09-30", 0.02, "attack,arbitrary-arrest"),
    };

    /** Dry season (December to March) brings more violence; the rains (July to September) less. */
    private static double season(LocalDate date) {
        return switch (date.getMonthValue()) {
            case 12, 1, 2, 3 -> 1.45;
            case 7, 8, 9 -> 0.7;
            default -> 1.0;
        };
    }

    private static final Map<String, String> COMPONENT_FOR = new LinkedHashMap<>();
    static {
        COMPONENT_FOR.put("crsv", "HRD");
        COMPONENT_FOR.put("child-recruitment", "CPS");
        COMPONENT_FOR.put("attack-on-peacekeepers", "FORCE");
        COMPONENT_FOR.put("attack-on-humanitarians", "UNDSS");
        COMPONENT_FOR.put("arbitrary-arrest", "HRD");
        COMPONENT_FOR.put("hate-speech", "CAS");
        COMPONENT_FOR.put("armed-clash", "U2");
    }

    private void events() {
        LocalDate last = END.minusDays(1);
        for (LocalDate date = START; !date.isAfter(last); date = date.plusDays(1)) {
            List<Event> today = new ArrayList<>();
            for (Pattern p : PATTERNS) {
                if (date.isBefore(p.from) || date.isAfter(p.to)) {
                    continue;
                }
                double rate = p.rate * (p.violence.contains("hate-speech") || p.actor.equals("pnc") ? 1.0 : season(date));
                // Poisson draw
                double l = Math.exp(-rate);
                double prod = random.nextDouble();
                int n = 0;
                while (prod > l) {
                    n++;
                    prod *= random.nextDouble();
                }
                for (int i = 0; i < n; i++) {
                    today.add(event(p, date));
                }
            }
            today.sort((x, y) -> x.getOccurredAt().compareTo(y.getOccurredAt()));
            events.addAll(today);
        }
    }

    private Event event(Pattern p, LocalDate date) {
        String[] areas = p.areas.split(",");
        String[] kinds = p.violence.split(",");
        String violence = kinds[random.nextInt(kinds.length)];
        Location location = places.get(areas[random.nextInt(areas.length)]);
        Actor perpetrator = actors.get(p.actor);
        int hour = chance(0.4) ? between(3, 6) : between(7, 22);
        int minute = between(0, 11) * 5;
        TimePrecision timePrecision = chance(0.2) ? TimePrecision.MINUTE : chance(0.75) ? TimePrecision.HOUR : TimePrecision.DAY;
        if (timePrecision == TimePrecision.DAY) {
            hour = 12;
            minute = 0;
        } else if (timePrecision == TimePrecision.HOUR) {
            minute = 0;
        }
        Instant when = at(date, hour, minute);
        String classification = violence.equals("crsv") || violence.equals("child-recruitment") ? C
            : chance(0.04) ? SC : chance(0.35) ? C : U;
        Marking marking = classification.equals(U) ? marking(U, null)
            : violence.equals("crsv") ? marking(classification, chance(0.3) ? "crsv-restricted" : null, "HRD", "POC")
            : marking(classification, null, "JMAC", "U2", "POC");
        if (classification.equals(SC) && marking.getCompartment() == null) {
            marking.setCompartment("jmac-only");
        }
        String component = COMPONENT_FOR.getOrDefault(violence, pick("JOC", "JOC", "UNPOL", "FORCE", "U2", "CAS", "POC", "HRD"));
        Event event = init(f.createEvent(), marking, when.plus(between(2, 30), ChronoUnit.HOURS), component.equals("JOC") ? "JOC" : component);
        event.setOccurredAt(when);
        event.setTimePrecision(timePrecision);
        event.setViolenceType(violence);
        event.getPerpetrators().add(perpetrator);
        if (p.other != null) {
            event.getPerpetrators().add(actors.get(p.other));
        }
        event.setReportingComponent(component);
        // place
        LocationPrecision precision;
        double lat = location.getLatitude();
        double lon = location.getLongitude();
        String placeName = location.getName();
        double r = random.nextDouble();
        if (r < 0.15) {
            precision = LocationPrecision.EXACT;
            lat += (random.nextDouble() - 0.5) * 0.01;
            lon += (random.nextDouble() - 0.5) * 0.01;
        } else if (r < 0.45) {
            precision = LocationPrecision.NEAR;
            int km = between(2, 12);
            String dir = pick("north", "south", "east", "west", "north-east", "south-west");
            placeName = km + " km " + dir + " of " + location.getName();
            lat += (dir.contains("north") ? 1 : dir.contains("south") ? -1 : 0) * km / 111.0;
            lon += (dir.contains("east") ? 1 : dir.contains("west") ? -1 : 0) * km / 111.0;
        } else if (r < 0.95) {
            precision = LocationPrecision.LOCALITY;
        } else {
            precision = LocationPrecision.TERRITORY;
            Location t = places.get(territory.getOrDefault(location.getName(), location.getName()));
            if (t != null) {
                location = t;
                lat = t.getLatitude();
                lon = t.getLongitude();
                placeName = t.getName() + " territory";
            }
        }
        event.setLocation(location);
        event.setPlaceName(placeName);
        event.setLatitude(round4(lat));
        event.setLongitude(round4(lon));
        event.setLocationPrecision(precision);
        // victims
        int killed = 0;
        int injured = 0;
        String what;
        String place = placeName;
        switch (violence) {
            case "attack" -> {
                killed = victims(event, Harm.KILLED, 0, 3);
                injured = victims(event, Harm.INJURED, 0, 5);
                what = pick("attacked civilians in", "raided", "attacked the village of") + " " + place;
                event.setTitle("Attack on civilians in " + location.getName());
            }
            case "armed-clash" -> {
                killed = victims(event, Harm.KILLED, 0, 2);
                displaced(event, 80, 1500);
                what = "clashed with " + alias(actors.get(p.other)) + " in " + place;
                event.setTitle("Armed clash between " + perpetrator.getAliases().get(0) + " and " + actors.get(p.other).getAliases().get(0)
                    + " near " + location.getName());
            }
            case "killing" -> {
                killed = Math.max(1, victims(event, Harm.KILLED, 1, chance(0.1) ? 14 : 5));
                what = "killed civilians in " + place;
                event.setTitle("Killing of civilians in " + location.getName());
            }
            case "crsv" -> {
                group(event, Sex.FEMALE, chance(0.3) ? AgeGroup.CHILD : AgeGroup.ADULT, between(1, 6), Harm.SURVIVOR_OF_SEXUAL_VIOLENCE);
                what = "committed acts of sexual violence against women and girls in " + place;
                event.setTitle("Conflict-related sexual violence reported in " + location.getName());
            }
            case "abduction" -> {
                int n = between(1, 12);
                group(event, chance(0.5) ? Sex.MALE : Sex.UNKNOWN, AgeGroup.ADULT, n, Harm.ABDUCTED);
                if (chance(0.3)) {
                    group(event, Sex.FEMALE, AgeGroup.CHILD, between(1, 4), Harm.ABDUCTED);
                }
                what = "abducted civilians in " + place;
                event.setTitle("Abduction of civilians in " + location.getName());
            }
            case "displacement" -> {
                displaced(event, 200, 4000);
                what = "forced the population of " + place + " to flee";
                event.setTitle("Forced displacement from " + location.getName());
            }
            case "looting" -> {
                group(event, Sex.UNKNOWN, AgeGroup.UNKNOWN, between(5, 60), Harm.AFFECTED);
                what = "looted shops, cattle and harvests in " + place;
                event.setTitle("Looting in " + location.getName());
            }
            case "arson" -> {
                killed = victims(event, Harm.KILLED, 0, 2);
                displaced(event, 50, 900);
                what = "set fire to " + between(5, 120) + " houses in " + place;
                event.setTitle("Houses burnt in " + location.getName());
            }
            case "child-recruitment" -> {
                group(event, Sex.MALE, AgeGroup.CHILD, between(2, 15), Harm.ABDUCTED);
                what = "forcibly recruited boys in " + place;
                event.setTitle("Recruitment of children in " + location.getName());
            }
            case "explosive-ordnance" -> {
                killed = victims(event, Harm.KILLED, 0, 4);
                injured = victims(event, Harm.INJURED, 1, 6);
                what = "placed an improvised explosive device that detonated on the road at " + place;
                event.setTitle("IED detonation near " + location.getName());
            }
            case "attack-on-peacekeepers" -> {
                group(event, Sex.MALE, AgeGroup.ADULT, between(1, 4), Harm.INJURED);
                injured = event.getVictims().get(0).getCount();
                what = "opened fire on a MINUCAR patrol " + (Character.isDigit(place.charAt(0)) ? place : "near " + place);
                event.setTitle("Attack on MINUCAR patrol near " + location.getName());
            }
            case "attack-on-humanitarians" -> {
                group(event, Sex.UNKNOWN, AgeGroup.ADULT, between(1, 5), Harm.AFFECTED);
                what = "stopped and robbed a humanitarian convoy " + (Character.isDigit(place.charAt(0)) ? place : "near " + place);
                event.setTitle("Attack on humanitarian convoy near " + location.getName());
            }
            case "extortion" -> {
                group(event, Sex.UNKNOWN, AgeGroup.ADULT, between(10, 200), Harm.AFFECTED);
                what = "imposed illegal taxes on traders and motorcyclists at " + place;
                event.setTitle("Illegal taxation at " + location.getName());
            }
            case "arbitrary-arrest" -> {
                group(event, Sex.MALE, AgeGroup.ADULT, between(2, 25), Harm.AFFECTED);
                what = "arbitrarily arrested civilians in " + place;
                event.setTitle("Arbitrary arrests in " + location.getName());
            }
            case "hate-speech" -> {
                what = "broadcast inflammatory messages against rival communities in " + place;
                event.setTitle("Hate speech at rally in " + location.getName());
            }
            default -> throw new IllegalStateException(violence);
        }
        event.setFatalities(killed);
        event.setInjured(injured);
        long age = ChronoUnit.DAYS.between(date, END);
        event.setVerification(chance(0.04) ? VerificationStatus.DISCREDITED
            : chance(age > 60 ? 0.6 : 0.25) ? VerificationStatus.VERIFIED : VerificationStatus.UNVERIFIED);
        StringBuilder text = new StringBuilder();
        text.append(place).append(", ");
        if (location.getKind() != LocationKind.TERRITORY) {
            text.append(territory.getOrDefault(location.getName(), location.getName())).append(" territory, ");
        }
        text.append(province.getOrDefault(location.getName(), "Carana")).append(" province (")
            .append(String.format(Locale.ROOT, "%.4f, %.4f", event.getLatitude(), event.getLongitude())).append("): ");
        text.append("On ").append(date.format(DAY));
        if (timePrecision != TimePrecision.DAY) {
            text.append(" at about ").append(when.atOffset(ZoneOffset.UTC).format(HHMM)).append(" hrs");
        }
        text.append(", ").append(pick("elements of ", "armed men identified as ", "", "suspected ")).append(alias(perpetrator)).append(' ')
            .append(what).append(". ");
        text.append(casualties(event));
        text.append(" Reported by ").append(component).append("; ").append(event.getVerification().getLiteral()).append('.');
        event.setDescription(text.toString());
        eventText.put(event, text.toString());
        return event;
    }

    private int victims(Event event, Harm harm, int lo, int hi) {
        int total = 0;
        int men = between(lo, hi);
        if (men > 0) {
            group(event, Sex.MALE, AgeGroup.ADULT, men, harm);
            total += men;
        }
        if (chance(0.45)) {
            int women = between(1, Math.max(1, hi / 2));
            group(event, Sex.FEMALE, AgeGroup.ADULT, women, harm);
            total += women;
        }
        if (chance(0.25)) {
            int children = between(1, Math.max(1, hi / 3));
            group(event, pick(List.of(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN)), AgeGroup.CHILD, children, harm);
            total += children;
        }
        return total;
    }

    private void displaced(Event event, int lo, int hi) {
        group(event, Sex.UNKNOWN, AgeGroup.UNKNOWN, between(lo, hi), Harm.DISPLACED);
    }

    private void group(Event event, Sex sex, AgeGroup age, int count, Harm harm) {
        VictimGroup group = f.createVictimGroup();
        group.setSex(sex);
        group.setAgeGroup(age);
        group.setCount(count);
        group.setHarm(harm);
        event.getVictims().add(group);
    }

    private static String casualties(Event event) {
        if (event.getVictims().isEmpty()) {
            return "No casualties reported.";
        }
        List<String> parts = new ArrayList<>();
        for (VictimGroup g : event.getVictims()) {
            String who = switch (g.getAgeGroup()) {
                case CHILD -> g.getSex() == Sex.FEMALE ? (g.getCount() == 1 ? "girl" : "girls")
                    : g.getSex() == Sex.MALE ? (g.getCount() == 1 ? "boy" : "boys") : (g.getCount() == 1 ? "child" : "children");
                case ADULT -> g.getSex() == Sex.FEMALE ? (g.getCount() == 1 ? "woman" : "women")
                    : g.getSex() == Sex.MALE ? (g.getCount() == 1 ? "man" : "men") : (g.getCount() == 1 ? "adult" : "adults");
                case ELDERLY -> g.getCount() == 1 ? "elderly person" : "elderly persons";
                default -> g.getCount() == 1 ? "person" : "people";
            };
            String harm = switch (g.getHarm()) {
                case KILLED -> "killed";
                case INJURED -> "injured";
                case ABDUCTED -> "abducted";
                case DISPLACED -> "displaced";
                case SURVIVOR_OF_SEXUAL_VIOLENCE -> "survivors of sexual violence";
                default -> "affected";
            };
            parts.add(g.getCount() + " " + who + " " + harm);
        }
        return "Casualties and victims: " + String.join(", ", parts) + " (fatalities " + event.getFatalities() + ", injured "
            + event.getInjured() + ").";
    }

    // ================================================================== reports

    private boolean flashWorthy(Event e) {
        String v = e.getViolenceType();
        return e.getFatalities() >= 4 || v.equals("attack-on-peacekeepers") || v.equals("attack-on-humanitarians")
            || v.equals("explosive-ordnance") && e.getFatalities() > 0
            || e.getMarking().getClassification().equals(SC)
            || v.equals("abduction") && e.getVictims().stream().mapToInt(VictimGroup::getCount).sum() >= 8;
    }

    private void reports() {
        // Flash reports first (PDF), then the daily reports (text) that cover every event.
        Map<Event, Report> firstReport = new LinkedHashMap<>();
        int flashNo = 0;
        int year = 0;
        for (Event e : events) {
            if (!flashWorthy(e)) {
                continue;
            }
            int y = day(e.getOccurredAt()).getYear();
            if (y != year) {
                year = y;
                flashNo = 0;
            }
            flashNo++;
            Instant date = e.getOccurredAt().plus(between(60, 240), ChronoUnit.MINUTES);
            String cls = higher(C, e.getMarking().getClassification());
            Marking m = cls.equals(SC) ? marking(SC, e.getMarking().getCompartment() == null ? "jmac-only" : e.getMarking().getCompartment(), "JMAC")
                : marking(C, null, "JMAC", "U2", "UNPOL", "UNDSS", "POC", "HRD");
            Report r = init(f.createReport(), m, date, "JOC");
            String number = String.format(Locale.ROOT, "MINUCAR/JOC/FLASH/%d/%03d", y, flashNo);
            r.setTitle("Flash report " + number + ": " + e.getTitle());
            r.setReportType("flash-report");
            r.setDate(date);
            r.setAuthor(JOC_OFFICERS[random.nextInt(JOC_OFFICERS.length)] + " (JOC duty officer)");
            r.setComponent("JOC");
            r.setMediaType("application/pdf");
            r.setOriginalName(String.format(Locale.ROOT, "JOC-FLASH-%d-%03d.pdf", y, flashNo));
            r.setSummary(e.getTitle() + " on " + day(e.getOccurredAt()).format(SHORT) + "; fatalities " + e.getFatalities() + ".");
            List<String> lines = new ArrayList<>();
            lines.add("# " + MISSION_LONG.toUpperCase(Locale.ROOT) + " (" + MISSION + ")");
            lines.add("# JOINT OPERATIONS CENTRE - FLASH REPORT");
            lines.add("Reference: " + number);
            lines.add("DTG: " + date.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT));
            lines.add("From: JOC duty officer. To: SRSG, DSRSGs, Chief of Staff, Force Commander, Police Commissioner, Chief JMAC.");
            lines.add("Subject: " + e.getTitle());
            lines.add("");
            lines.add("# 1. What happened");
            lines.add(eventText.get(e));
            lines.add("");
            lines.add("# 2. Perpetrators");
            lines.add(e.getPerpetrators().stream().map(a -> a.getName() + " (" + String.join(", ", a.getAliases()) + ")").reduce((a, b) -> a + "; " + b).orElse("Unknown"));
            lines.add("");
            lines.add("# 3. Mission response");
            lines.add(pick("A quick reaction force was dispatched from the nearest team site.", "A joint protection team will deploy within 48 hours.",
                "Sector headquarters increased patrols on the axis and engaged local authorities.",
                "Casualty evacuation was requested; a helicopter was tasked at first light."));
            lines.add("");
            lines.add("# 4. Initial assessment");
            lines.add(pick("Further attacks in the area are likely in the coming days.", "The incident fits the recent pattern of violence in the area.",
                "Information is preliminary and will be confirmed in the daily situation report."));
            reportLines.put(r, lines);
            flashes.add(r);
            firstReport.put(e, r);
        }
        // Daily reports: every working day, covering the 24 hours (or the weekend) to 0600.
        int number = 0;
        int reportYear = 0;
        Instant previous = at(START, 0, 0);
        int index = 0;
        for (LocalDate date = START; !date.isAfter(END); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Instant cutoff = at(date, 6, 0);
            List<Event> covered = new ArrayList<>();
            while (index < events.size() && events.get(index).getOccurredAt().isBefore(cutoff)) {
                covered.add(events.get(index++));
            }
            if (date.getYear() != reportYear) {
                reportYear = date.getYear();
                number = 0;
            }
            number++;
            String cls = U;
            for (Event e : covered) {
                if (e.getMarking().getClassification().equals(C)) {
                    cls = C;
                }
            }
            Marking m = cls.equals(U) ? marking(U, null) : marking(C, null, "JMAC", "U2", "UNPOL", "UNDSS", "POC", "HRD", "UNCT");
            Instant issued = at(date, 8, between(0, 50));
            Report r = init(f.createReport(), m, issued, "JOC");
            String ref = String.format(Locale.ROOT, "%03d/%d", number, date.getYear());
            r.setTitle("JOC Daily Situation Report No. " + ref + " (" + date.format(SHORT) + ")");
            r.setReportType("daily-sitrep");
            r.setDate(issued);
            r.setAuthor(JOC_OFFICERS[random.nextInt(JOC_OFFICERS.length)] + " (JOC reporting officer)");
            r.setComponent("JOC");
            r.setMediaType("text/plain");
            r.setOriginalName("JOC-DSR-" + date + ".txt");
            int fatalities = covered.stream().mapToInt(Event::getFatalities).sum();
            r.setSummary(covered.isEmpty() ? "No significant incidents." : covered.size() + " incidents, " + fatalities + " fatalities.");
            List<String> lines = new ArrayList<>();
            lines.add(MISSION_LONG.toUpperCase(Locale.ROOT) + " (" + MISSION + ")");
            lines.add("JOINT OPERATIONS CENTRE");
            lines.add("");
            lines.add("JOC DAILY SITUATION REPORT No. " + ref);
            lines.add("Period covered: " + previous.atOffset(ZoneOffset.UTC).format(HHMM) + " hrs " + day(previous).format(DAY) + " to 0600 hrs "
                + date.format(DAY));
            lines.add("Issued: " + date.format(DAY) + " " + issued.atOffset(ZoneOffset.UTC).format(HHMM) + " hrs");
            lines.add("Prepared by: " + r.getAuthor());
            lines.add("");
            lines.add("1. GENERAL SITUATION");
            lines.add(overview(date, covered, fatalities));
            lines.add("");
            lines.add("2. INCIDENTS");
            Map<String, List<Event>> byProvince = new TreeMap<>();
            int restricted = 0;
            for (Event e : covered) {
                if (e.getMarking().getClassification().equals(SC)) {
                    restricted++;
                    continue;
                }
                byProvince.computeIfAbsent(province.getOrDefault(e.getLocation().getName(), "Carana"), k -> new ArrayList<>()).add(e);
            }
            if (byProvince.isEmpty()) {
                lines.add("No significant security incidents were reported during the period.");
            }
            int para = 0;
            int section = 0;
            for (Map.Entry<String, List<Event>> p : byProvince.entrySet()) {
                section++;
                lines.add("2." + section + " " + p.getKey().toUpperCase(Locale.ROOT) + " PROVINCE");
                for (Event e : p.getValue()) {
                    para++;
                    lines.add("  (" + para + ") " + eventText.get(e));
                    if (!firstReport.containsKey(e)) {
                        firstReport.put(e, r);
                        e.getEvidence().add(evidence(r, null, "section 2." + section + ", para. (" + para + ")", credibility(e),
                            "First reported in the JOC daily situation report."));
                    } else {
                        Report flash = firstReport.get(e);
                        lines.add("      (Initially reported in " + flash.getTitle().substring(0, flash.getTitle().indexOf(':')) + ".)");
                    }
                }
            }
            if (restricted > 0) {
                lines.add("2." + (section + 1) + " RESTRICTED");
                lines.add(restricted + " further incident(s) reported through restricted channels; see the corresponding flash reports (need to know).");
            }
            lines.add("");
            lines.add("3. MISSION ACTIVITIES");
            lines.add("- Force: " + between(18, 64) + " patrols (" + between(2, 9) + " long-range, " + between(1, 6) + " night) and "
                + between(0, 4) + " escorts conducted.");
            lines.add("- UNPOL: " + between(4, 20) + " joint patrols with the PNC in Kessani and Ruvesi.");
            if (chance(0.3)) {
                lines.add("- Joint protection team deployed to " + pick(List.of("Amboli", "Ngoro", "Tundu", "Lirado", "Keshwa", "Pomeli")) + ".");
            }
            if (chance(0.25)) {
                lines.add("- Community alert network: " + between(1, 9) + " alerts received, " + between(0, 3) + " requiring action.");
            }
            lines.add("");
            lines.add("4. OUTLOOK");
            lines.add(outlook(date));
            reportLines.put(r, lines);
            dailies.add(r);
            previous = cutoff;
        }
        // Events first reported in a flash report cite it.
        for (Event e : events) {
            Report r = firstReport.get(e);
            if (r != null && r.getReportType().equals("flash-report")) {
                e.getEvidence().add(evidence(r, null, "para. 1", credibility(e), "First reported in a JOC flash report."));
            }
            if (e.getEvidence().isEmpty()) {
                throw new IllegalStateException("event not covered by any report: " + e.getTitle());
            }
            if (chance(0.08)) {
                Source s = chance(0.5) ? sources.get("can") : sources.get(pick("awpnsrc", "radio", "hccsrc", "patrols", "unpolreg"));
                e.getEvidence().add(evidence(null, s, null, pick("2", "3", "3", "4", "6"), "Corroborated by a second source."));
            }
            String reportCls = r.getMarking().getClassification();
            e.getMarking().setClassification(higher(e.getMarking().getClassification(), reportCls));
        }
    }

    private static String credibility(Event e) {
        return switch (e.getVerification()) {
            case VERIFIED -> "2";
            case DISCREDITED -> "5";
            default -> e.getReportingComponent().equals("U2") ? "3" : "3";
        };
    }

    private String overview(LocalDate date, List<Event> covered, int fatalities) {
        StringBuilder b = new StringBuilder();
        if (covered.isEmpty()) {
            b.append("The overall situation remained calm across the mission area.");
        } else {
            Map<String, Integer> byProvince = new TreeMap<>();
            for (Event e : covered) {
                byProvince.merge(province.getOrDefault(e.getLocation().getName(), "Carana"), 1, Integer::sum);
            }
            b.append("The security situation was ").append(covered.size() > 3 ? "volatile" : covered.size() > 1 ? "tense" : "relatively calm")
                .append(", with ").append(covered.size()).append(" incident(s) reported (")
                .append(String.join(", ", byProvince.entrySet().stream().map(en -> en.getKey() + " " + en.getValue()).toList()))
                .append(") and ").append(fatalities).append(" civilian fatalities.");
        }
        if (!date.isBefore(LocalDate.of(2026, 6, 1)) && !date.isAfter(LocalDate.of(2026, 8, 15))) {
            b.append(" Electoral period: campaign activities and tensions continue ahead of the ")
                .append(date.isBefore(LocalDate.of(2026, 7, 12)) ? "12 July 2026 polls." : "proclamation of the final results.");
        }
        if (date.getMonthValue() <= 3 || date.getMonthValue() == 12) {
            b.append(" Dry-season transhumance is under way on the Lusara and Sangalo corridors.");
        }
        return b.toString();
    }

    private String outlook(LocalDate date) {
        if (date.isAfter(LocalDate.of(2025, 4, 10)) && date.isBefore(LocalDate.of(2025, 8, 20))) {
            return "Fighting between the FPLT and FPLT-Renouveau around Orumbe and Nyamasso is likely to continue.";
        }
        if (date.isAfter(LocalDate.of(2026, 1, 5)) && date.isBefore(LocalDate.of(2026, 5, 1))) {
            return "The Brotherhood of the Red Dune is likely to continue IED attacks on the Gaouri road; movement restrictions remain in force.";
        }
        if (date.isAfter(LocalDate.of(2026, 5, 15)) && date.isBefore(LocalDate.of(2026, 8, 20))) {
            return "Election-related violence in Kessani and Mbarika is likely to peak around the polls and the results.";
        }
        return pick("No significant change expected in the next 24 hours.", "Tensions are expected to persist in Tessaru.",
            "Armed group movements are expected around market days.", "Heavy rains may limit patrols on secondary roads.");
    }

    private Report dailyOn(LocalDate date) {
        for (Report r : dailies) {
            if (!day(r.getDate()).isBefore(date)) {
                return r;
            }
        }
        return dailies.get(dailies.size() - 1);
    }

    /** The first daily report on or after {@code date} marked no higher than {@code classification}. */
    private Report dailyOn(LocalDate date, String classification) {
        for (Report r : dailies) {
            if (!day(r.getDate()).isBefore(date) && LEVELS.indexOf(r.getMarking().getClassification()) <= LEVELS.indexOf(classification)) {
                return r;
            }
        }
        return dailyOn(date);
    }

    // ================================================================== relations

    private Relation relation(String type, MosaicObject fromObj, MosaicObject toObj, LocalDate from, LocalDate to, boolean directed,
            String description, String classification, boolean useSource) {
        Marking m = classification.equals(SC) ? marking(SC, "jmac-only", "JMAC") : classification.equals(C) ? marking(C, null, "JMAC", "U2")
            : marking(U, null);
        Relation r = init(f.createRelation(), m, at(from, 10, 0).plus(between(1, 72), ChronoUnit.HOURS), "JMAC");
        r.setType(type);
        r.setFrom((mosaic.model.NamedObject) fromObj);
        r.setTo((mosaic.model.NamedObject) toObj);
        r.setValidFrom(from);
        r.setValidTo(to);
        r.setDirected(directed);
        r.setWeight(Math.round((0.3 + random.nextDouble() * 0.7) * 100) / 100.0);
        r.setDescription(description);
        Report report = dailyOn(from, classification);
        r.getEvidence().add(evidence(report, null, "section 2", pick("2", "3", "3", "4"), description));
        if (useSource) {
            Source s = classification.equals(SC) ? hs() : sources.get(pick("patrols", "docs", "can", "lcdhsrc", "imagery"));
            r.getEvidence().add(evidence(null, s, null, pick("2", "3", "4", "6"), "Source reporting on: " + description));
        }
        return r;
    }

    private void relations() {
        LocalDate split = LocalDate.of(2025, 4, 12);
        LocalDate fallout = LocalDate.of(2025, 9, 30);
        Map<String, Actor> a = actors;
        // command: individuals to groups
        relation("command", a.get("kesseri"), a.get("fplt"), START, null, true, "Obadu Kesseri commands the FPLT.", C, true);
        relation("command", a.get("samba"), a.get("fplt"), START, split.minusDays(1), true, "Samba Ndole, FPLT deputy commander, until the split.", C, true);
        relation("command", a.get("samba"), a.get("fpltr"), split, null, true, "Samba Ndole leads FPLT-Renouveau.", C, true);
        relation("command", a.get("mukalay"), a.get("wabe"), START, null, true, "Mukalay Wabe leads the Wabe-Kassa.", C, false);
        relation("command", a.get("josue"), a.get("mjck"), START, null, true, "Josue Ndarata commands the MJCK.", C, false);
        relation("command", a.get("ongwali"), a.get("nda"), START, LocalDate.of(2026, 2, 20), true, "Thierry Ongwali commands the NDA until his arrest.", C, true);
        relation("command", a.get("tessime"), a.get("brd"), START, null, true, "Idrissa Tessime leads the BRD.", SC, true);
        relation("command", a.get("mossala"), a.get("ufrm"), START, null, true, "Bertrand Mossala commands the UFRM armed wing.", C, false);
        relation("command", a.get("ngwana"), a.get("krm"), START, null, true, "Didier Ngwana heads the KRM.", C, false);
        relation("command", a.get("alakoua"), a.get("alo"), START, null, true, "Firmin Alakoua commands the ALO.", C, false);
        relation("command", a.get("membe"), a.get("fac"), START, null, true, "Colonel Membe commands FAC units in the northern zone.", C, false);
        relation("command", a.get("nzaba"), a.get("hunters"), START, null, true, "Pascal Nzaba leads the Amboli hunters.", C, true);
        relation("command", a.get("garandi"), a.get("gold"), START, null, true, "Moussa Garandi runs the gold network.", SC, true);
        relation("command", a.get("bilonga"), a.get("pnc"), START, null, true, "Commissioner Bilonga commands the PNC in Kessani.", C, false);
        // membership and affiliation
        relation("member-of", a.get("kaboli"), a.get("cjr"), START, null, true, "Esperance Kaboli is the CJR political coordinator.", C, false);
        relation("member-of", a.get("lembassa"), a.get("rrc"), START, null, true, "Victor Lembassa is the RRC candidate.", C, false);
        relation("member-of", a.get("toumba"), a.get("pun"), START, null, true, "Jean-Marc Toumba leads the PUN.", C, false);
        relation("member-of", a.get("tekere"), a.get("pun"), START, null, true, "Governor Tekere is a PUN official.", C, false);
        relation("member-of", a.get("oyelo"), a.get("awpn"), START, null, true, "Mariam Oyelo leads the women's network.", C, false);
        relation("member-of", a.get("sawaya"), a.get("ict"), START, null, true, "Bishop Sawaya sits on the interfaith council.", C, false);
        relation("member-of", a.get("fplt"), a.get("cjr"), START, fallout, true, "FPLT is a member of the CJR coalition until the fallout.", U, false);
        relation("member-of", a.get("wabe"), a.get("cjr"), START, null, true, "Wabe-Kassa is a member of the CJR.", U, false);
        relation("affiliation", a.get("mjck"), a.get("cjr"), START, null, true, "MJCK is loosely affiliated with the CJR.", U, false);
        relation("member-of", a.get("sectornorth"), a.get("minucar"), START, null, true, "Force sector.", U, false);
        relation("member-of", a.get("sectoreast"), a.get("minucar"), START, null, true, "Force sector.", U, false);
        relation("member-of", a.get("unpol"), a.get("minucar"), START, null, true, "Police component.", U, false);
        // alliances that split
        relation("alliance", a.get("fplt"), a.get("wabe"), START, fallout, false, "FPLT and Wabe-Kassa coordinate attacks and share routes.", C, true);
        relation("rivalry", a.get("fplt"), a.get("wabe"), fallout.plusDays(1), null, false, "FPLT and Wabe-Kassa fall out over the Bisengo gold route.", C, true);
        relation("splinter-of", a.get("fpltr"), a.get("fplt"), split, null, true, "FPLT-Renouveau broke away from the FPLT.", U, true);
        relation("rivalry", a.get("fpltr"), a.get("fplt"), split, null, false, "Rivalry between the FPLT and its splinter over Keshwa taxes.", U, false);
        relation("alliance", a.get("fpltr"), a.get("wabe"), LocalDate.of(2025, 11, 1), null, false, "FPLT-R and Wabe-Kassa reported to coordinate against the FPLT.", SC, true);
        relation("alliance", a.get("mjck"), a.get("wabe"), START, LocalDate.of(2026, 5, 31), false, "MJCK and Wabe-Kassa share positions near Tanouri.", C, false);
        relation("rivalry", a.get("nda"), a.get("gadngoro"), START, null, false, "NDA and the Ngoro self-defence group compete for Ngoro villages.", U, false);
        relation("rivalry", a.get("hunters"), a.get("herders"), LocalDate.of(2025, 8, 15), null, false, "Cycle of reprisals between hunters and herders.", U, true);
        relation("rivalry", a.get("hunters"), a.get("fplt"), START, null, false, "The hunters were armed to resist FPLT raids.", U, false);
        relation("rivalry", a.get("rrc"), a.get("pun"), START, null, false, "Electoral rivalry.", U, false);
        relation("rivalry", a.get("krm"), a.get("wabe"), LocalDate.of(2025, 6, 1), null, false, "Competition over the Kaswira pits.", C, false);
        // support
        relation("military-support", a.get("fac"), a.get("hunters"), START, LocalDate.of(2025, 8, 31), true, "FAC supplied ammunition to the Amboli hunters.", SC, true);
        relation("military-support", a.get("fac"), a.get("gadngoro"), START, null, true, "FAC works with the Ngoro self-defence group.", C, true);
        relation("political-support", a.get("gov"), a.get("hunters"), START, null, true, "The governor publicly backs the hunters.", U, false);
        relation("political-support", a.get("ambolichief"), a.get("hunters"), START, null, true, "The chieftaincy patronises the hunters.", U, false);
        relation("political-support", a.get("rrc"), a.get("ufrm"), START, null, true, "The RRC is close to the UFRM.", C, true);
        relation("political-support", a.get("pun"), a.get("tundu"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31), true, "PUN officials mobilised the Tundu youth patrols.", C, true);
        relation("economic-support", a.get("gold"), a.get("wabe"), START, null, true, "The gold network pre-finances Wabe-Kassa operations.", SC, true);
        relation("economic-support", a.get("gold"), a.get("krm"), START, null, true, "The gold network pays the KRM for access.", SC, true);
        relation("economic-support", a.get("fuel"), a.get("brd"), START, null, true, "Fuel and motorcycles supplied to the BRD.", SC, true);
        relation("economic-support", a.get("fuel"), a.get("alo"), START, null, true, "Fuel supplied to the ALO.", C, true);
        relation("economic-support", a.get("timber"), a.get("ufrm"), START, null, true, "Timber operators pay the UFRM.", C, false);
        relation("economic-support", a.get("rustlers"), a.get("fplt"), START, LocalDate.of(2025, 12, 31), true, "Stolen cattle sold through FPLT-controlled markets.", C, false);
        relation("proxy", a.get("odf"), a.get("alo"), LocalDate.of(2025, 3, 1), null, true, "The ALO is reported to act as a proxy of the Ombarian forces.", SC, true);
        relation("military-support", a.get("odf"), a.get("alo"), LocalDate.of(2025, 3, 1), null, true, "Weapons deliveries across the Tanouri crossing.", SC, true);
        relation("military-support", a.get("rsb"), a.get("fac"), LocalDate.of(2026, 3, 15), null, true, "Regional brigade supports FAC on the Pomeli road.", U, false);
        relation("clash", a.get("alo"), a.get("rsb"), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 9), false, "Fighting on the Pomeli road.", C, false);
        // negotiation
        relation("negotiation", a.get("minucar"), a.get("fplt"), LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 11), false, "Talks on the release of children.", C, false);
        relation("negotiation", a.get("minucar"), a.get("fpltr"), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28), false, "Talks on access to Keshwa.", C, false);
        relation("negotiation", a.get("minucar"), a.get("wabe"), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 30), false, "Talks on the Mitumbe site.", C, false);
        relation("negotiation", a.get("keshwaelders"), a.get("fplt"), START, null, false, "Elders mediate with the FPLT.", U, false);
        relation("negotiation", a.get("ict"), a.get("hunters"), LocalDate.of(2025, 9, 1), null, false, "Interfaith council mediates between hunters and herders.", U, false);
        relation("negotiation", a.get("ict"), a.get("herders"), LocalDate.of(2025, 9, 1), null, false, "Interfaith council mediates between hunters and herders.", U, false);
        relation("negotiation", a.get("sawaya"), a.get("mjck"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 30), false, "Church-led dialogue with the MJCK.", C, false);
        // located-in
        for (Actor actor : actors.values()) {
            if (actor.getKind() == ActorKind.INDIVIDUAL || actor.getKind() == ActorKind.MISSION) {
                continue;
            }
            int n = 0;
            for (Location l : actor.getAreasOfOperation()) {
                if (n++ >= 2) {
                    break;
                }
                relation("located-in", actor, l, START, null, true, actor.getName() + " is present in " + l.getName() + ".", U, false);
            }
        }
        // clash episodes from the armed-clash events, one per pair and month
        Map<String, List<Event>> episodes = new TreeMap<>();
        for (Event e : events) {
            if (e.getViolenceType().equals("armed-clash") && e.getPerpetrators().size() == 2) {
                LocalDate d = day(e.getOccurredAt());
                String key = d.getYear() + "-" + String.format(Locale.ROOT, "%02d", d.getMonthValue()) + "|" + e.getPerpetrators().get(0).getName()
                    + "|" + e.getPerpetrators().get(1).getName();
                episodes.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Event> list : episodes.values()) {
            Event first = list.get(0);
            Event lastE = list.get(list.size() - 1);
            Relation r = relation("clash", first.getPerpetrators().get(0), first.getPerpetrators().get(1), day(first.getOccurredAt()),
                day(lastE.getOccurredAt()), false, list.size() + " armed clash(es) between " + first.getPerpetrators().get(0).getAliases().get(0)
                    + " and " + first.getPerpetrators().get(1).getAliases().get(0) + " around " + first.getLocation().getName() + ".", U, false);
            r.setWeight(Math.min(1.0, list.size() / 5.0));
            r.getEvidence().clear();
            for (Event e : list) {
                Evidence ev = e.getEvidence().get(0);
                r.getEvidence().add(evidence(ev.getReport(), null, ev.getPassage(), ev.getCredibility(), e.getTitle()));
            }
        }
        // attacks of armed groups on protection actors and the mission -> monthly "clash" with mission for BRD
        for (int m = 0; m < 24; m += 3) {
            LocalDate from = START.plusMonths(m);
            if (chance(0.6)) {
                relation("clash", a.get("brd"), a.get("minucar"), from, from.plusMonths(3).minusDays(1), true,
                    "BRD attacks on MINUCAR patrols in Ouvela during the quarter.", C, false);
            }
        }
    }

    // ================================================================== indicators

    private static final String[][] INDICATORS = {
        {"rf01", "Armed clashes between non-state armed groups", "Fewer than 2 clashes per month (2024 average)", "Amboli,Keshwa,Ruvesi"},
        {"rf02", "Killings of civilians by armed actors", "About 10 civilian fatalities per month in Tessaru", "Amboli,Keshwa"},
        {"rf03", "Absence of state administration in territories", "Administrators present in 8 of 10 territories", "Lirado,Pomeli,Ngoro"},
        {"rf04", "Competition over gold and cassiterite revenue", "Stable control of the Mitumbe site", "Mitumbe gold site,Kaswira cassiterite pit"},
        {"rf05", "Arms flows across the Tanouri crossing", "Occasional seizures", "Tanouri border crossing"},
        {"rf06", "Erosion of customary conflict-resolution mechanisms", "Elders' council meets monthly", "Keshwa,Amboli"},
        {"rf07", "Arming and training of self-defence groups", "Hunters armed with hunting rifles only", "Amboli,Kiboro,Lusara"},
        {"rf08", "Electoral calendar milestones", "Calendar published; polls on 12 July 2026", "Kessani,Port-Mbarika,Tundu"},
        {"rf09", "Stigmatisation of herder communities", "Isolated incidents", "Lusara,Lusara cattle corridor"},
        {"rf10", "Calls to expel or eliminate a community", "None recorded", "Amboli,Lusara"},
        {"rf11", "Systematic attacks on villages of one community", "None recorded", "Lusara,Tchokoro,Wande"},
        {"rf12", "Lists of targets or preparation of attacks", "None recorded", "Amboli,Kessani"},
        {"rf13", "Attacks on IDP sites and medical facilities", "None recorded in 2024", "Amboli IDP site Espoir,Ruvesi stadium IDP site"},
        {"rf14", "Attacks and threats against peacekeepers and humanitarians", "1 incident per month", "Gaouri road junction,Lirado"},
        {"election", "Hate speech on radio and social media", "Low level outside campaigns", "Kessani,Kessani Quartier Nord"},
        {"transhumance", "Early arrival of transhumant herds", "Herds arrive mid-December", "Lusara cattle corridor,Sangalo"},
        {"rf01", "Troop and armed group movements towards Orumbe", "No significant movement", "Orumbe,Orumbe market"},
        {"rf08", "Announcement of mining concession changes", "No change announced", "Mitumbe gold site"},
        {"rf07", "Child recruitment by armed groups", "Fewer than 5 cases per month", "Ngoro,Ruvesi,Amboli"},
        {"rf14", "IED incidents on main supply routes", "No IED in 2024", "Gaouri road junction,Gaouri"},
    };

    private void indicators() {
        for (String[] row : INDICATORS) {
            Indicator ind = init(f.createIndicator(), marking(C, null, "JMAC", "U2", "POC"), GAZETTEER_DATE.plus(2, ChronoUnit.DAYS), "JMAC");
            ind.setName(row[1]);
            ind.setCategory(row[0]);
            ind.setBaseline(row[2]);
            ind.setDescription(rules.term("indicator-category", row[0]).map(t -> t.getLabel()).orElse(row[0]) + ".");
            for (String area : row[3].split(",")) {
                ind.getAreas().add(places.get(area));
            }
            IndicatorStatus status = IndicatorStatus.NORMAL;
            for (LocalDate d = START.plusDays(between(10, 40)); d.isBefore(END); d = d.plusDays(between(25, 45))) {
                double roll = random.nextDouble();
                boolean tense = d.getMonthValue() <= 3 || d.getMonthValue() == 12 || (d.getYear() == 2026 && d.getMonthValue() >= 5 && d.getMonthValue() <= 8);
                status = roll < (tense ? 0.15 : 0.05) ? IndicatorStatus.TRIGGERED : roll < (tense ? 0.5 : 0.25) ? IndicatorStatus.ELEVATED : IndicatorStatus.NORMAL;
                Observation o = f.createObservation();
                o.setObservedOn(d);
                o.setStatus(status);
                o.setValue(switch (status) {
                    case TRIGGERED -> "Threshold exceeded: " + pick("marked increase", "several new cases", "first occurrence", "sharp rise") + " reported.";
                    case ELEVATED -> "Above baseline: " + pick("some increase", "isolated new cases", "rising trend") + ".";
                    default -> "At or below baseline.";
                });
                o.setReport(dailyOn(d));
                ind.getObservations().add(o);
            }
            ind.setStatus(status);
            indicators.add(ind);
        }
    }

    // ================================================================== threats

    private record T(String title, String violence, String actors, String others, String locations, String likelihood, String impact,
            String children, String women, boolean imminent, String opened, String closed, String sector) {
    }

    private static final T[] THREATS = {
        new T("FPLT raids on farming villages on the Kiboro-Lusara axis", "attack", "fplt", "hunters,fac", "Kiboro,Kiboro-Lusara axis,Lusara",
            "almost-certain", "major", "major", "severe", false, null, null, "Sector North"),
        new T("Reprisal killings of herders by the Amboli hunters", "killing", "hunters", "herders,gov,ict", "Lusara,Lusara cattle corridor,Tchokoro",
            "likely", "severe", "major", "major", true, "2025-08-20", null, "Sector North"),
        new T("Fighting between FPLT and FPLT-Renouveau around Orumbe", "armed-clash", "fplt,fpltr", "keshwaelders", "Orumbe,Orumbe market,Nyamasso",
            "likely", "major", "moderate", "moderate", true, "2025-04-13", "2025-08-31", "Sector North"),
        new T("Attack on Amboli IDP site Espoir", "attack", "fplt", "sectornorth,hcc,mde", "Amboli IDP site Espoir", "possible", "severe", "severe", "severe",
            true, "2025-05-02", "2025-06-15", "Sector North"),
        new T("Conflict-related sexual violence around the Mitumbe gold site", "crsv", "wabe,krm", "cpwg,mde", "Mitumbe,Mitumbe gold site",
            "likely", "major", "severe", "severe", false, null, null, "Sector East"),
        new T("Recruitment of children by the NDA", "child-recruitment", "nda", "cpwg", "Ngoro,Luvongo", "likely", "moderate", "major", "moderate", false,
            null, null, "Sector East"),
        new T("IED attacks on the Gaouri road", "explosive-ordnance", "brd", "odf,fuel", "Gaouri road junction,Gaouri", "almost-certain", "major",
            "moderate", "moderate", true, "2026-01-12", "2026-05-10", "Sector West"),
        new T("Attacks on MINUCAR patrols in Lirado", "attack-on-peacekeepers", "brd", "", "Lirado,Team Site Lirado", "likely", "moderate", null, null, false,
            null, null, "Sector West"),
        new T("Attacks on humanitarian convoys in Ouvela", "attack-on-humanitarians", "brd,fuel", "hcc", "Tessakou,Gaouri", "possible", "moderate", null, null,
            false, null, null, "Sector West"),
        new T("Election-related violence in Kessani", "attack", "pnc,gp,tundu", "rrc,pun,cenic,unpol", "Kessani,Kessani Quartier Nord", "likely", "major",
            "moderate", "major", true, "2026-06-01", "2026-08-20", "Kessani"),
        new T("Hate speech on radio and social media before the polls", "hate-speech", "rrc,pun", "radiopaix,cenic", "Kessani,Port-Mbarika",
            "almost-certain", "minor", null, null, false, null, null, "Kessani"),
        new T("Arbitrary arrests of opposition supporters", "arbitrary-arrest", "pnc,gp", "lcdh", "Kessani,Kessani Quartier Nord", "possible", "moderate",
            null, null, false, null, null, "Kessani"),
        new T("UFRM attacks around Tundu during the electoral period", "attack", "ufrm", "rrc,tundu", "Tundu,Loukolo", "possible", "major", "moderate",
            "moderate", false, null, null, "Sector West"),
        new T("ALO attacks on the Pomeli road", "attack", "alo", "rsb,fac,pomeli", "Pomeli,Zongolo,Adakou", "likely", "moderate", null, null, false, null, null,
            "Sector West"),
        new T("Cross-border incursions by Ombarian forces", "attack", "odf", "fac", "Tanouri,Tanouri border crossing", "unlikely", "major", null, null, false,
            null, null, "Sector East"),
        new T("Extortion at the Orumbe market", "extortion", "fpltr", "keshwaelders", "Orumbe market", "almost-certain", "insignificant", null, null, false,
            null, null, "Sector North"),
        new T("Illegal taxation at the Tanouri crossing", "extortion", "fuel", "gn", "Tanouri border crossing", "likely", "minor", null, null, false, null, null,
            "Sector East"),
        new T("Kidnapping of traders in Kessani", "abduction", "kidnap", "pnc", "Kessani,Dunaba", "unlikely", "minor", null, null, false, null, null, "Kessani"),
        new T("Cattle raids on the Sangalo corridor", "looting", "rustlers", "herders,gn", "Sangalo,Djembi", "possible", "minor", null, null, false, null, null,
            "Sector West"),
        new T("Timber-related violence near Port-Mbarika", "attack", "timber,ufrm", "", "Port-Mbarika,Esseko", "rare", "minor", null, null, false, null, null,
            "Sector West"),
        new T("Unrest among demobilised youth in Ruvesi", "attack", "mjck", "cvk,radiopaix", "Ruvesi", "unlikely", "insignificant", null, null, false, null,
            null, "Sector East"),
        new T("Clashes between the NDA and the Ngoro self-defence group", "armed-clash", "nda,gadngoro", "fac", "Luvongo,Ngoro", "rare", "moderate", null,
            null, true, "2025-01-20", "2025-07-05", "Sector East"),
        new T("Displacement from the Upper Fimbara forest", "displacement", "fplt", "hcc", "Upper Fimbara forest,Keshwa transit site", "possible", "major",
            "major", "moderate", false, null, null, "Sector North"),
        new T("Wabe-Kassa and FPLT fighting over the Bisengo gold route", "armed-clash", "wabe,fplt", "sectoreast", "Bisengo,Sawaki", "likely", "major",
            "moderate", "moderate", true, "2025-10-05", "2026-04-15", "Sector East"),
        new T("Looting of harvests in Pomeli", "looting", "alo", "pomeli", "Maboula,Fertanga", "rare", "insignificant", null, null, false, null, null,
            "Sector West"),
        new T("Mass atrocity risk against herder communities in Amboli", "killing", "hunters", "gov,ambolichief,awpn", "Lusara,Wande,Tchokoro", "unlikely",
            "severe", "severe", "severe", false, null, null, "Sector North"),
        new T("Abductions of children on the Bandaka plateau", "abduction", "nda", "cpwg", "Bandaka plateau,Bandaka", "possible", "minor", "major", "minor",
            false, null, null, "Sector East"),
    };

    private void threats() {
        int number = 0;
        for (T row : THREATS) {
            number++;
            String impactMax = row.impact;
            for (String other : new String[] {row.children, row.women}) {
                if (other != null && rules.scaleRank(MissionRules.IMPACT, other) > rules.scaleRank(MissionRules.IMPACT, impactMax)) {
                    impactMax = other;
                }
            }
            String risk = rules.risk(row.likelihood, impactMax).orElseThrow();
            boolean sensitive = row.actors.contains("odf") || row.title.startsWith("Mass atrocity");
            Marking m = sensitive ? marking(SC, "jmac-only", "JMAC") : marking(C, null, "JMAC", "U2", "POC", "UNPOL", "HRD");
            LocalDate created = row.opened != null ? LocalDate.parse(row.opened) : START.plusDays(between(5, 60));
            Threat t = init(f.createThreat(), m, at(created, 9, 30), "POC");
            t.setNumber(number);
            t.setTitle(row.title);
            t.setViolenceType(row.violence);
            t.setLikelihood(row.likelihood);
            t.setImpact(row.impact);
            t.setImpactChildren(row.children);
            t.setImpactWomenAndGirls(row.women);
            t.setRisk(risk);
            t.setPriority(switch (risk) {
                case "extreme" -> 1;
                case "high" -> row.imminent ? 1 : 2;
                case "medium" -> 2 + (row.imminent ? 0 : random.nextInt(2));
                default -> 3;
            });
            List<String> locNames = Arrays.asList(row.locations.split(","));
            for (String l : locNames) {
                t.getLocations().add(places.get(l));
            }
            t.setLocationDetail(String.join(", ", locNames) + " (" + territory.getOrDefault(locNames.get(0), locNames.get(0)) + " territory, "
                + province.getOrDefault(locNames.get(0), "Carana") + " province)");
            t.setSector(row.sector);
            for (String key : row.actors.split(",")) {
                t.getSourcesOfViolence().add(actors.get(key));
            }
            if (!row.others.isEmpty()) {
                for (String key : row.others.split(",")) {
                    t.getOtherActors().add(actors.get(key));
                }
            }
            String perp = t.getSourcesOfViolence().get(0).getName();
            t.setThreatTypeAndScale(rules.term("violence-type", row.violence).map(x -> x.getLabel()).orElse(row.violence) + " by " + perp + "; "
                + pick("repeated small-scale incidents", "large-scale attacks possible", "sporadic but deadly incidents", "pattern of weekly incidents") + ".");
            t.setCiviliansAtRisk(pick("Farming communities, especially women working in the fields and children on the way to school.",
                "Herder families on the transhumance corridor; elderly people unable to flee.",
                "Displaced people in the sites, including about " + between(2, 9) + ",000 children.",
                "Traders, motorcycle taxi drivers and artisanal miners.",
                "Opposition supporters, journalists and human rights defenders.",
                "Villagers along the main supply route; humanitarian workers."));
            t.setOtherActorsRole(t.getOtherActors().isEmpty() ? "None identified."
                : t.getOtherActors().stream().map(x -> x.getName()).reduce((x, y) -> x + ", " + y).get()
                    + ": " + pick("mediation and early warning", "protection by presence, limited capacity", "may aggravate the threat", "humanitarian response"));
            t.setMissionCapacity(pick("One company at the nearest team site; helicopter support subject to weather.",
                "Formed police unit in the city; limited night capability.", "Mobile company available within 24 hours; no permanent presence.",
                "Joint protection team and community alert network; no force presence."));
            t.setMissionResponse(pick("Increased day and night patrols; temporary operating base established.",
                "Good offices with local authorities and community leaders; JPT deployed.",
                "Engagement with the armed group leadership through CAS; advocacy for release of children.",
                "Early-warning messages to the community alert network; support to humanitarian access."));
            t.setActionRequired(pick("Deploy a temporary operating base before the dry season.", "Strengthen the community alert network and radio coverage.",
                "Engage the governor and the FAC on disarming the self-defence group.", "Escort humanitarian convoys; clear the route of explosive ordnance.",
                "Deploy formed police units to hotspots on polling day."));
            t.setImminent(row.imminent);
            if (row.opened != null) {
                t.setOpenedOn(LocalDate.parse(row.opened));
            }
            if (row.closed != null) {
                t.setClosedOn(LocalDate.parse(row.closed));
            }
            t.getObjectives().add("Prevent attacks on civilians in " + locNames.get(0) + ".");
            t.getObjectives().add(pick("Reduce the capacity of " + perp + " to threaten civilians.", "Strengthen the protective environment for women and children.",
                "Support the return of state authority.", "Facilitate dialogue between communities."));
            LocalDate base = row.opened != null ? LocalDate.parse(row.opened) : created;
            String[] owners = {"Force Sector HQ", "UNPOL", "POC Unit", "CAS", "HRD", "JMAC", "Child Protection", "UNDSS"};
            int n = between(2, 4);
            for (int i = 0; i < n; i++) {
                ActionPoint ap = f.createActionPoint();
                ap.setAction(pick("Conduct a joint assessment mission to ", "Increase patrols in ", "Engage local authorities in ", "Map community alerts from ",
                    "Verify reports of violations in ") + locNames.get(i % locNames.size()));
                ap.setOwner(owners[(number + i) % owners.length]);
                ap.setDeadline(base.plusDays(7L * (i + 1)));
                ap.setDone(ap.getDeadline().isBefore(END.minusMonths(1)) && chance(0.7));
                t.getActionPoints().add(ap);
            }
            // indicators on the same places, or by type
            for (Indicator ind : indicators) {
                boolean shared = ind.getAreas().stream().anyMatch(t.getLocations()::contains);
                if (shared && t.getIndicators().size() < 3) {
                    t.getIndicators().add(ind);
                }
            }
            if (t.getIndicators().isEmpty()) {
                t.getIndicators().add(indicators.get(number % indicators.size()));
            }
            t.getEvidence().add(evidence(dailyOn(created), null, "section 2", pick("2", "3"), "Pattern of incidents reported in the JOC daily reports."));
            Source s = sensitive ? hs() : sources.get(pick("can", "awpnsrc", "patrols", "hrd", "hccsrc"));
            t.getEvidence().add(evidence(null, s, null, pick("2", "3", "4"), "Source reporting on intent and capability."));
            threats.add(t);
        }
    }

    // ================================================================== requirements

    private void requirements() {
        String[][] pirs = {
            {"PIR-1", "What are the intentions and capabilities of armed groups in Tessaru to attack civilians in the next three months?", "Amboli"},
            {"PIR-2", "Which actors are likely to instigate or commit violence before, during and after the 2026 elections?", "Kessani"},
            {"PIR-3", "What threat does the Brotherhood of the Red Dune pose to MINUCAR and humanitarians in Ouvela?", "Lirado"},
            {"PIR-4", "How does the exploitation of natural resources finance armed groups in Kalimbe?", "Mitumbe gold site"},
            {"PIR-5", "Are there signs of preparation for mass atrocities against herder communities?", "Lusara"},
        };
        String[][] irs = {
            {"Where are FPLT and FPLT-Renouveau units positioned?", "Which villages do the Amboli hunters plan to target?", "What supply lines feed the FPLT?"},
            {"Which youth groups are being mobilised and by whom?", "Where are hate-speech broadcasts originating?", "What is the deployment plan of the PNC and Garde Presidentielle for polling day?"},
            {"Where are IEDs being assembled?", "Who supplies fuel and motorcycles to the BRD?", "Which routes are used across the Ombarian border?"},
            {"Who buys gold at the Mitumbe site?", "How much do armed groups collect in taxes per month?"},
            {"Are lists of targeted herder families circulating?", "Are weapons being distributed to the hunters?", "Is inflammatory speech by local officials increasing?"},
        };
        String[] assets = {"JMAC Sector North collection cell", "Force ISR (UAS)", "UNPOL", "CAS community liaison assistants", "HRD monitors",
            "JMAC geospatial", "Community alert network"};
        for (int i = 0; i < pirs.length; i++) {
            LocalDate set = START.plusMonths(i * 3L).plusDays(5);
            boolean sensitive = i == 2 || i == 4;
            InformationRequirement pir = init(f.createInformationRequirement(),
                sensitive ? marking(SC, "jmac-only", "JMAC") : marking(C, null, "JMAC", "U2"), at(set, 11, 0), "JMAC");
            pir.setCode(pirs[i][0]);
            pir.setLevel(RequirementLevel.PIR);
            pir.setQuestion(pirs[i][1]);
            pir.setSetBy("Head of Mission");
            pir.setDue(set.plusMonths(6));
            pir.setStatus(i < 2 ? RequirementStatus.PARTIALLY_ANSWERED : RequirementStatus.OPEN);
            for (int j = 0; j < irs[i].length; j++) {
                InformationRequirement ir = f.createInformationRequirement();
                ir.setId(id("InformationRequirement"));
                ir.setMarking(marking(pir.getMarking().getClassification(), pir.getMarking().getCompartment(),
                    pir.getMarking().getReleasableTo().toArray(String[]::new)));
                ir.setCode(pirs[i][0].replace("PIR", "IR") + "." + (j + 1));
                ir.setLevel(RequirementLevel.IR);
                ir.setQuestion(irs[i][j]);
                ir.setSetBy("Chief JMAC");
                ir.setDue(set.plusMonths(2 + j));
                ir.setStatus(j == 0 ? RequirementStatus.ANSWERED : RequirementStatus.OPEN);
                if (j == 0) {
                    ir.getAnsweredBy().add(dailyOn(set.plusMonths(1)));
                }
                CollectionTask task = f.createCollectionTask();
                task.setTask("Collect on: " + irs[i][j]);
                task.setAsset(assets[(i + j) % assets.length]);
                task.setArea(places.get(pirs[i][2]));
                task.setDeadline(set.plusMonths(1 + j));
                task.setStatus(j == 0 ? RequirementStatus.CLOSED : RequirementStatus.OPEN);
                ir.getTasks().add(task);
                pir.getRequirements().add(ir);
            }
            CollectionTask task = f.createCollectionTask();
            task.setTask("Monthly review of reporting against " + pirs[i][0]);
            task.setAsset("JMAC analysis cell");
            task.setArea(places.get(pirs[i][2]));
            task.setDeadline(set.plusMonths(1));
            task.setStatus(RequirementStatus.OPEN);
            pir.getTasks().add(task);
            pir.getAnsweredBy().add(dailyOn(set.plusMonths(2)));
        }
    }

    // ================================================================== assessments

    private void assessments() {
        String[] dissemination = {"SRSG", "DSRSG (political)", "DSRSG/RC/HC", "Chief of Staff", "Force Commander", "Police Commissioner", "Chief JOC"};
        for (int w = 0; w < 10; w++) {
            LocalDate from = LocalDate.of(2026, 9, 14).plusWeeks(w).minusWeeks(0);
            if (from.plusDays(6).isAfter(END)) {
                break;
            }
            LocalDate to = from.plusDays(6);
            Assessment a = init(f.createAssessment(), marking(C, null, "JMAC", "U2", "POC"), at(to.plusDays(1), 15, 0), "JMAC");
            a.setTitle("Weekly Threat Assessment " + from.format(SHORT) + " - " + to.format(SHORT));
            a.setAssessmentType("weekly-threat-assessment");
            a.setPeriodFrom(from);
            a.setPeriodTo(to);
            a.setTaskingAuthority("Chief of Staff");
            a.getDisseminationList().addAll(Arrays.asList(dissemination));
            a.setDisseminationCleared(true);
            a.setStatus(w == 9 ? AssessmentStatus.DRAFT : AssessmentStatus.ISSUED);
            if (w == 9) {
                a.setDisseminationCleared(false);
            }
            long count = events.stream().filter(e -> !day(e.getOccurredAt()).isBefore(from) && !day(e.getOccurredAt()).isAfter(to)).count();
            int fatalities = events.stream().filter(e -> !day(e.getOccurredAt()).isBefore(from) && !day(e.getOccurredAt()).isAfter(to))
                .mapToInt(Event::getFatalities).sum();
            a.setSummary(count + " incidents and " + fatalities + " civilian fatalities recorded during the week. "
                + "Main threats: hunter-herder reprisals in Amboli, FPLT raids, and residual BRD activity in Ouvela.");
            a.setBody("I. Summary of threats and recent trends\n" + a.getSummary() + "\n\nII. Outlook\n"
                + "Violence in Tessaru is likely to increase with the onset of the dry season and the arrival of transhumant herds.\n\nIII. Recommendations\n"
                + "Maintain the temporary operating base in Lusara; reinforce the community alert network.");
            for (Threat t : threats) {
                if (t.getMarking().getClassification().equals(C) && (t.getClosedOn() == null || !t.getClosedOn().isBefore(from))
                    && a.getThreats().size() < 8) {
                    a.getThreats().add(t);
                }
            }
            a.getEvidence().add(evidence(dailyOn(to), null, "sections 2-4", "2", "Weekly compilation of JOC reporting."));
        }
        String[][] quarters = {{"2025-12-01", "2026-02-28"}, {"2026-03-01", "2026-05-31"}, {"2026-06-01", "2026-08-31"}, {"2026-09-01", "2026-11-30"}};
        for (String[] q : quarters) {
            LocalDate from = LocalDate.parse(q[0]);
            LocalDate to = LocalDate.parse(q[1]);
            Assessment a = init(f.createAssessment(), marking(SC, "jmac-only", "JMAC"), at(from.minusDays(10), 10, 0), "JMAC");
            a.setTitle("Forward-looking assessment " + from.format(SHORT) + " - " + to.format(SHORT));
            a.setAssessmentType("forward-looking-assessment");
            a.setPeriodFrom(from);
            a.setPeriodTo(to);
            a.setTaskingAuthority("Head of Mission");
            a.getDisseminationList().addAll(List.of("SRSG", "DSRSG (political)", "Force Commander", "Chief JMAC"));
            a.setDisseminationCleared(true);
            a.setStatus(AssessmentStatus.ISSUED);
            a.setSummary("Forward-looking assessment of threats to civilians for the quarter, including armed group dynamics, elections and seasonal factors.");
            a.setBody("I. Summary of threats and recent trends\nThe FPLT split and the FPLT/Wabe-Kassa fallout have fragmented the armed landscape in the north-east.\n\n"
                + "II. Forward-looking analysis\nArmed group status: fragmentation is likely to increase violence against civilians. Elections: the 12 July 2026 polls are "
                + "the main trigger in Kessani and Mbarika. Seasons: the dry season (December to March) brings transhumance and raids.\n\n"
                + "III. Anticipated response\nPre-position forces on the Kiboro-Lusara axis and in Kessani; expand the community alert network.");
            for (Threat t : threats) {
                if (t.getRisk().equals("extreme") || t.getRisk().equals("high")) {
                    a.getThreats().add(t);
                }
            }
            a.getEvidence().add(evidence(null, hs(), null, "3", "Human source reporting on armed group intentions."));
            a.getEvidence().add(evidence(dailyOn(from.minusDays(14)), null, "section 4", "3", "JOC outlook."));
        }
    }

    // ================================================================== mission capabilities

    /**
     * The POC mission resources and capabilities matrix (Handbook 11.2) for the last quarter: one
     * assessment of type mission-capability per row, its columns as attributes (the convention
     * of mosaic.reports).
     */
    private void missionCapabilities() {
        String[][] rows = {
            {"Tier I - protection through dialogue and engagement", "Prevent hunter-herder violence in Amboli through local dialogue",
                "Community dialogue forums; good offices with the Amboli chiefs and herder leaders; early-warning messages",
                "2 civil affairs officers in Keshwa; 1 JPT per month", "Convening power with chiefs; no herder-side interlocutors",
                "No Fulfulde-speaking staff; no presence in the Lusara cattle corridor", "ORANGE",
                "Recruit 2 community liaison assistants speaking Fulfulde; monthly JPT to Lusara", C},
            {"Tier II - provision of physical protection", "Deter FPLT raids on farming villages on the Kiboro-Lusara axis",
                "Day and night patrols; temporary operating base; rapid reaction from Keshwa",
                "1 infantry company at Keshwa; 2 utility helicopters (shared)", "Daytime patrols on the main axis; night capability limited",
                "No night-vision equipment; helicopters grounded in the rainy season; 6 hours to reach Lusara by road", "RED",
                "Deploy a TOB in Lusara before the dry season; request night-vision equipment; pre-position fuel", C},
            {"Tier II - provision of physical protection", "Protect the Amboli IDP site Espoir",
                "Static guard; perimeter patrols; joint patrols with the Carana police", "1 platoon; formed police unit section",
                "Continuous presence at the site", "Lighting and fencing incomplete", "GREEN", "Complete lighting of the site perimeter", U},
            {"Tier III - establishment of a protective environment", "Restore state authority and justice in Tessaru",
                "Support to mobile courts; training of police; rehabilitation of the Keshwa prison",
                "UNPOL advisers (6); rule-of-law officers (2)", "Training capacity; no funds for infrastructure",
                "Mobile courts stalled since April; prison overcrowded", "ORANGE",
                "Seek programmatic funding for two mobile court sessions; advocate with the Ministry of Justice", C},
            {"Tier I - protection through dialogue and engagement", "Reduce election-related violence in Kessani",
                "Good offices with party leaders; monitoring of hate speech; support to the electoral commission",
                "Political affairs (4); public information (radio)", "Radio coverage of Kessani; regular contact with party leaders",
                "No monitoring of social media in local languages", "ORANGE",
                "Set up social-media monitoring with the UNCT; code of conduct for parties before the polls", U},
        };
        LocalDate from = END.minusMonths(3).plusDays(1);
        for (String[] row : rows) {
            Assessment a = init(f.createAssessment(), marking(row[8], null), at(from, 11, 0), "POC");
            a.setTitle(row[1]);
            a.setAssessmentType("mission-capability");
            a.setPeriodFrom(from);
            a.setPeriodTo(END);
            a.setTaskingAuthority("Head of Office");
            a.getDisseminationList().addAll(List.of("SRSG", "Force Commander", "Police Commissioner", "Senior POC Adviser"));
            a.setDisseminationCleared(true);
            a.setStatus(AssessmentStatus.ISSUED);
            String[] keys = {"tier", "activities", "resources", "capabilities", "gaps", "criticality", "recommendations"};
            String[] values = {row[0], row[2], row[3], row[4], row[5], row[6], row[7]};
            for (int i = 0; i < keys.length; i++) {
                Attribute attribute = f.createAttribute();
                attribute.setKey(keys[i]);
                attribute.setValue(values[i]);
                a.getAttributes().add(attribute);
            }
        }
    }

    // ================================================================== markings and content

    /** Marks every object at least as high as everything it references (the workspace's rule). */
    // ================================================================== link charts

    /**
     * The JMAC actor map: every actor in a command, membership, alliance, rivalry or splinter
     * relation, placed by the stress layout over all their relations. Its marking rises to the
     * highest of what it shows in {@link #raiseMarkings()}.
     */
    private void charts() {
        Set<String> types = Set.of("command", "member-of", "affiliation", "alliance", "rivalry", "splinter-of", "support");
        Set<MosaicObject> shown = new LinkedHashSet<>();
        for (MosaicObject o : all) {
            if (o instanceof Relation r && types.contains(r.getType()) && r.getFrom() instanceof Actor && r.getTo() instanceof Actor) {
                shown.add(r.getFrom());
                shown.add(r.getTo());
            }
        }
        Chart chart = init(f.createChart(), marking(U, null), at(END, 9, 0), "JMAC");
        chart.setName("Armed actors: command, alliances and rivalries");
        chart.setDescription("Actor map of the Tessaru and Kessani armed groups, their commanders and coalitions. "
            + "Move the time slider to April 2025 to see the FPLT split, and to October 2025 for the FPLT / Wabe-Kassa fallout.");
        chart.setColourBy("type");
        chart.setSizeBy("betweenness");
        List<MosaicObject> ordered = actors.values().stream().filter(shown::contains).map(MosaicObject.class::cast).toList();
        List<MosaicObject> laidOut = new ArrayList<>(ordered);
        all.stream().filter(Relation.class::isInstance).forEach(laidOut::add);
        ModelGraph graph = ModelGraph.of(laidOut).kindNames(List.of("actor")).build();
        // compact: the map should read at the zoom that fits it on a laptop screen
        Positions at = Layouts.layout(graph.graph(), LayoutAlgorithm.STRESS, LayoutOptions.builder().nodeSize(100, 30).spacing(16).build(), null);
        double right = 0;
        for (MosaicObject actor : ordered) {
            int i = graph.nodeOf(actor);
            ChartNode node = f.createChartNode();
            node.setObject(actor);
            node.setX(Math.round(at.x()[i]));
            node.setY(Math.round(at.y()[i]));
            right = Math.max(right, node.getX());
            chart.getNodes().add(node);
        }
        chart.setLayout(LayoutAlgorithm.STRESS.id());
        ChartNote note = f.createChartNote();
        note.setText("FPLT split on 12 April 2025: Samba Ndole leads FPLT-Renouveau.");
        note.setX(right + 200);
        note.setY(0);
        chart.getNotes().add(note);
    }

    private void raiseMarkings() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MosaicObject object : all) {
                List<MosaicObject> owners = new ArrayList<>();
                owners.add(object);
                for (var it = object.eAllContents(); it.hasNext();) {
                    if (it.next() instanceof MosaicObject nested) {
                        owners.add(nested);
                    }
                }
                for (MosaicObject owner : owners) {
                    int own = rules.rank(owner.getMarking());
                    int max = own;
                    List<EObject> holders = new ArrayList<>();
                    holders.add(owner);
                    owner.eAllContents().forEachRemaining(holders::add);
                    for (EObject holder : holders) {
                        for (EReference reference : holder.eClass().getEAllReferences()) {
                            if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                                continue;
                            }
                            Object value = holder.eGet(reference, false);
                            List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
                            for (Object target : targets) {
                                if (target instanceof MosaicObject cited && cited != owner) {
                                    max = Math.max(max, rules.rank(cited.getMarking()));
                                }
                            }
                        }
                    }
                    if (max > own) {
                        owner.getMarking().setClassification(LEVELS.get(max));
                        if (max == 2 && owner.getMarking().getCompartment() == null) {
                            owner.getMarking().setCompartment("jmac-only");
                        }
                        changed = true;
                    }
                }
            }
        }
    }

    private String banner(Marking m) {
        StringBuilder b = new StringBuilder(m.getClassification().replace('_', ' '));
        if (m.getCompartment() != null) {
            b.append(" // ").append(m.getCompartment().toUpperCase(Locale.ROOT));
        }
        if (!m.getReleasableTo().isEmpty()) {
            b.append(" // REL ").append(String.join(", ", m.getReleasableTo()));
        }
        return b.toString();
    }

    private void renderContent() throws IOException {
        for (Map.Entry<Report, List<String>> entry : reportLines.entrySet()) {
            Report r = entry.getKey();
            String banner = banner(r.getMarking());
            byte[] bytes;
            String ext;
            if ("application/pdf".equals(r.getMediaType())) {
                long documentId = UUID.fromString(r.getId()).getMostSignificantBits();
                bytes = Pdf.write(r.getTitle(), r.getAuthor(), r.getSummary(), r.getDate(), documentId, banner, entry.getValue());
                ext = "pdf";
            } else {
                StringBuilder text = new StringBuilder(banner).append("\n\n");
                for (String line : entry.getValue()) {
                    text.append(line).append('\n');
                }
                text.append('\n').append(banner).append('\n');
                bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                ext = "txt";
            }
            String hash = sha256(bytes);
            String path = Workspace.CONTENT_FOLDER + "/" + hash.substring(0, 2) + "/" + hash + "." + ext;
            content.put(path, bytes);
            r.setContentFile(path);
            r.setContentHash(hash);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
