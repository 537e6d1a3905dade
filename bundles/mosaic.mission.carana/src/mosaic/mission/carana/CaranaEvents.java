package mosaic.mission.carana;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mosaic.model.Actor;
import mosaic.model.AgeGroup;
import mosaic.model.Event;
import mosaic.model.Harm;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.LocationPrecision;
import mosaic.model.Marking;
import mosaic.model.Sex;
import mosaic.model.TimePrecision;
import mosaic.model.VerificationStatus;
import mosaic.model.VictimGroup;

/**
 * The second stage of the Carana demo: two years of events drawn day by day from the patterns of
 * violence in {@code data/patterns.tsv} (a Poisson draw per pattern, more in the dry season), each
 * with its place, victims, verification and the text the reports quote.
 */
abstract class CaranaEvents extends CaranaWorld {

    CaranaEvents(long seed) {
        super(seed);
    }

    /** A source of violence active in some places over some period. */
    private record Pattern(String actor, String other, String areas, LocalDate from, LocalDate to, double rate, String violence) {
    }

    /** Patterns of violence: actor, other actor (clashes), places, from, to, daily rate, violence types. */
    private static final List<Pattern> PATTERNS = CaranaData.rows("patterns.tsv").stream()
        .map(r -> new Pattern(r[0], CaranaData.orNull(r[1]), r[2], LocalDate.parse(r[3]), LocalDate.parse(r[4]), Double.parseDouble(r[5]),
            r[6]))
        .toList();

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

    void events() {
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
}
