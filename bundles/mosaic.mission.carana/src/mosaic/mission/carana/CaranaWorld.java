package mosaic.mission.carana;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.ActorRole;
import mosaic.model.CapabilityRating;
import mosaic.model.CivilianStatus;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.Source;
import mosaic.model.SourceKind;
import mosaic.model.config.MissionRules;

/**
 * The first stage of the Carana demo: the gazetteer (country, provinces, territories, towns,
 * villages and sites), the actors with their profiles, capability ratings and roles, and the graded
 * sources. The invented names and texts are the {@code data/*.tsv} files of this bundle.
 */
abstract class CaranaWorld extends CaranaBase {

    /** Provinces: name, centre, description, aliases. */
    private static final List<String[]> PROVINCES = CaranaData.rows("provinces.tsv");

    /** Territories: name, province, offset from its centre, chief town, villages. */
    private static final List<String[]> TERRITORIES = CaranaData.rows("territories.tsv");

    /** Mission bases, team sites, hotspots, blind spots, displacement sites, mines and crossings. */
    private static final List<String[]> SITES = CaranaData.rows("sites.tsv");

    CaranaWorld(long seed) {
        super(seed);
    }

    // ================================================================== gazetteer

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

    void gazetteer() {
        place(LocationKind.COUNTRY, "Carana", null, 7.0, 18.5,
            "Republic of Carana: a fictional land-locked country used for peacekeeping training scenarios.",
            "Republique de Carana", "Karana");
        for (String[] p : PROVINCES) {
            place(LocationKind.PROVINCE, p[0], "Carana", Double.parseDouble(p[1]), Double.parseDouble(p[2]), p[3], CaranaData.rest(p, 4));
        }
        for (String[] t : TERRITORIES) {
            String name = t[0];
            Location prov = places.get(t[1]);
            double lat = prov.getLatitude() + Double.parseDouble(t[2]);
            double lon = prov.getLongitude() + Double.parseDouble(t[3]);
            place(LocationKind.TERRITORY, name, t[1], lat, lon, "Territory of " + t[1] + " province.");
            String town = t[4];
            place(LocationKind.TOWN, town, name, lat + 0.02, lon - 0.03,
                town.equals("Kessani") ? "Capital of Carana; about 600,000 inhabitants." : "Chief town of " + name + " territory.");
            String[] villages = CaranaData.rest(t, 5);
            for (int i = 0; i < villages.length; i++) {
                double angle = 2 * Math.PI * i / villages.length + random.nextDouble() * 0.6;
                double r = 0.12 + random.nextDouble() * 0.25;
                place(LocationKind.VILLAGE, villages[i], name, lat + r * Math.sin(angle), lon + r * Math.cos(angle),
                    "Village in " + name + " territory, " + t[1] + " province.");
            }
        }
        for (String[] s : SITES) {
            base(LocationKind.valueOf(s[0]), s[1], s[2], Double.parseDouble(s[3]), Double.parseDouble(s[4]), s[5], CaranaData.rest(s, 6));
        }
    }

    private void base(LocationKind kind, String name, String near, double dLat, double dLon, String description, String... aliases) {
        Location n = places.get(near);
        place(kind, name, near, n.getLatitude() + dLat, n.getLongitude() + dLon, description, aliases);
    }

    // ================================================================== actors

    private record A(String key, ActorKind kind, String type, String name, Integer strength, String areas, String intent,
            String history, String[] aliases) {
    }

    /** Actors: key, kind, type, name, strength, areas of operation, intent, history, aliases. */
    private static final List<A> ACTORS = CaranaData.rows("actors.tsv").stream()
        .map(r -> new A(r[0], ActorKind.valueOf(r[1]), r[2], r[3], r[4].isEmpty() ? null : Integer.valueOf(r[4]), r[5], r[6], r[7],
            CaranaData.rest(r, 8)))
        .toList();

    /** Sources other than human sources: key, kind, name, reliability, classification. */
    private static final List<String[]> SOURCES = CaranaData.rows("sources.tsv");

    private static final String[] DIMENSIONS = {"strength", "armament", "mobility", "command-and-control", "logistics", "finance", "intent"};

    void actors() {
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

    void sources() {
        for (String[] s : SOURCES) {
            source(s[0], SourceKind.valueOf(s[1]), s[2], s[3], false, null, s[4]);
        }
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
}
