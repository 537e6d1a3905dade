package mosaic.core.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.Provenance;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.Sex;
import mosaic.model.AgeGroup;
import mosaic.model.VictimGroup;

/**
 * Deterministic filler objects for benchmarks and load tests: a mix of locations, actors,
 * relations, events and report records in proportions like a real workspace's, with
 * references between them. Names are synthetic ("Actor 00042"); this is not demo content.
 */
public final class SyntheticObjects {

    private static final String[] CLASSIFICATIONS = {"UNCLASSIFIED", "UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"};
    private static final String[] VIOLENCE = {"attack", "killing", "abduction", "looting", "displacement", "crsv", "arson"};
    private static final String[] RELATIONS = {"alliance", "rivalry", "command", "military-support", "affiliation"};

    private SyntheticObjects() {
    }

    /** {@code count} objects made from {@code seed}: the same arguments give the same objects. */
    public static List<MosaicObject> generate(int count, long seed) {
        Random random = new Random(seed);
        MosaicFactory f = MosaicFactory.eINSTANCE;
        int locations = Math.max(1, count / 20);
        int actors = Math.max(1, count / 10);
        int relations = count / 5;
        int reports = count / 5;
        int events = Math.max(0, count - locations - actors - relations - reports);
        List<MosaicObject> all = new ArrayList<>(count);
        List<Location> places = new ArrayList<>();
        List<Actor> people = new ArrayList<>();
        List<Report> archive = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < locations; i++) {
            Location location = init(f.createLocation(), random, "UNCLASSIFIED");
            location.setName(String.format("Place %05d", i));
            location.getAliases().add(String.format("Plc-%05d", i));
            location.setKind(LocationKind.values()[random.nextInt(LocationKind.values().length)]);
            location.setLatitude(Math.round((-5 + random.nextDouble() * 10) * 1e5) / 1e5);
            location.setLongitude(Math.round((20 + random.nextDouble() * 10) * 1e5) / 1e5);
            if (i > 0) {
                location.setParent(places.get(random.nextInt(i)));
            }
            places.add(location);
            all.add(location);
        }
        for (int i = 0; i < actors; i++) {
            Actor actor = init(f.createActor(), random, null);
            actor.setName(String.format("Actor %05d", i));
            actor.getAliases().add(String.format("A-%05d", i));
            actor.setKind(ActorKind.values()[random.nextInt(ActorKind.values().length)]);
            actor.setDescription("Synthetic actor for load measurements.");
            actor.setIntentAndMotivation("Control of territory and revenue.");
            actor.getAreasOfOperation().add(places.get(random.nextInt(places.size())));
            people.add(actor);
            all.add(actor);
        }
        for (int i = 0; i < reports; i++) {
            Report report = init(f.createReport(), random, null);
            report.setTitle(String.format("Daily situation report %05d", i));
            report.setReportType("daily-sitrep");
            report.setDate(start.plusSeconds(86_400L * (i % 730)));
            report.setComponent("JOC");
            archive.add(report);
            all.add(report);
        }
        for (int i = 0; i < relations; i++) {
            Relation relation = init(f.createRelation(), random, "STRICTLY_CONFIDENTIAL");
            relation.setType(RELATIONS[random.nextInt(RELATIONS.length)]);
            Actor from = people.get(random.nextInt(people.size()));
            Actor to = people.get(random.nextInt(people.size()));
            relation.setFrom(from);
            relation.setTo(to == from ? people.get((people.indexOf(from) + 1) % people.size()) : to);
            LocalDate since = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            relation.setValidFrom(since);
            if (random.nextBoolean()) {
                relation.setValidTo(since.plusDays(random.nextInt(300)));
            }
            all.add(relation);
        }
        for (int i = 0; i < events; i++) {
            Event event = init(f.createEvent(), random, null);
            event.setTitle(String.format("Incident %05d", i));
            event.setOccurredAt(start.plusSeconds(random.nextInt(730 * 86_400)));
            event.setViolenceType(VIOLENCE[random.nextInt(VIOLENCE.length)]);
            event.setLocation(places.get(random.nextInt(places.size())));
            Actor perpetrator = people.get(random.nextInt(people.size()));
            event.getPerpetrators().add(perpetrator);
            event.getMarking().setClassification(higher(event.getMarking().getClassification(),
                perpetrator.getMarking().getClassification()));
            event.setFatalities(random.nextInt(4));
            VictimGroup victims = f.createVictimGroup();
            victims.setSex(Sex.values()[random.nextInt(Sex.values().length)]);
            victims.setAgeGroup(AgeGroup.values()[random.nextInt(AgeGroup.values().length)]);
            victims.setCount(1 + random.nextInt(20));
            event.getVictims().add(victims);
            if (!archive.isEmpty()) {
                Evidence evidence = f.createEvidence();
                Report report = archive.get(random.nextInt(archive.size()));
                evidence.setReport(report);
                evidence.setCredibility(Integer.toString(1 + random.nextInt(6)));
                evidence.setPassage("para. " + (1 + random.nextInt(9)));
                event.getEvidence().add(evidence);
                // cite only what the event may cite: mark it at least as high as the report
                event.getMarking().setClassification(higher(event.getMarking().getClassification(),
                    report.getMarking().getClassification()));
            }
            all.add(event);
        }
        return all;
    }

    private static String higher(String a, String b) {
        List<String> order = List.of("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL");
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    private static <T extends MosaicObject> T init(T object, Random random, String classification) {
        object.setId(UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        Marking marking = MosaicFactory.eINSTANCE.createMarking();
        marking.setClassification(classification != null ? classification : CLASSIFICATIONS[random.nextInt(CLASSIFICATIONS.length)]);
        object.setMarking(marking);
        Provenance provenance = MosaicFactory.eINSTANCE.createProvenance();
        provenance.setCreatedBy("bench");
        provenance.setCreatedAt(Instant.parse("2025-01-01T00:00:00Z"));
        object.setProvenance(provenance);
        return object;
    }
}
