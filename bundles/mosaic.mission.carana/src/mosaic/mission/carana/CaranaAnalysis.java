package mosaic.mission.carana;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import mosaic.model.ActionPoint;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Assessment;
import mosaic.model.AssessmentStatus;
import mosaic.model.Attribute;
import mosaic.model.CollectionTask;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.Indicator;
import mosaic.model.IndicatorStatus;
import mosaic.model.InformationRequirement;
import mosaic.model.Location;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.Observation;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.RequirementLevel;
import mosaic.model.RequirementStatus;
import mosaic.model.Source;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;

/**
 * The fourth stage of the Carana demo, the analysts' work on the events and reports: relations
 * between actors and places, early-warning indicators, the threat matrix, information requirements,
 * weekly and forward-looking assessments, and the mission capability matrix.
 */
abstract class CaranaAnalysis extends CaranaReports {

    /** Named relations between actors: type, from, to, valid from, valid to, directed, classification, with a source, description. */
    private static final List<String[]> RELATIONS = CaranaData.rows("relations.tsv");

    /** Indicators: category, name, baseline, areas. */
    private static final List<String[]> INDICATORS = CaranaData.rows("indicators.tsv");

    CaranaAnalysis(long seed) {
        super(seed);
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

    void relations() {
        Map<String, Actor> a = actors;
        for (String[] r : RELATIONS) {
            relation(r[0], a.get(r[1]), a.get(r[2]), LocalDate.parse(r[3]), r[4].isEmpty() ? null : LocalDate.parse(r[4]),
                Boolean.parseBoolean(r[5]), r[8], r[6], Boolean.parseBoolean(r[7]));
        }
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

    void indicators() {
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

    /** Threats: the columns of {@link T}, one threat a line. */
    private static final List<T> THREATS = CaranaData.rows("threats.tsv").stream()
        .map(r -> new T(r[0], r[1], r[2], r[3], r[4], r[5], r[6], CaranaData.orNull(r[7]), CaranaData.orNull(r[8]),
            Boolean.parseBoolean(r[9]), CaranaData.orNull(r[10]), CaranaData.orNull(r[11]), r[12]))
        .toList();

    void threats() {
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

    void requirements() {
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

    void assessments() {
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
    void missionCapabilities() {
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
}
