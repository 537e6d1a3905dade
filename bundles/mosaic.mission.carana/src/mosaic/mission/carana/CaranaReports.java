package mosaic.mission.carana;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import mosaic.model.Event;
import mosaic.model.Marking;
import mosaic.model.Report;
import mosaic.model.Source;
import mosaic.model.VictimGroup;

/**
 * The third stage of the Carana demo: the JOC report archive, flash reports (PDF) for the serious
 * events and a daily situation report (text) every working day covering the others, and the
 * evidence that ties each event to the report that first told of it.
 */
abstract class CaranaReports extends CaranaEvents {

    CaranaReports(long seed) {
        super(seed);
    }

    private boolean flashWorthy(Event e) {
        String v = e.getViolenceType();
        return e.getFatalities() >= 4 || v.equals("attack-on-peacekeepers") || v.equals("attack-on-humanitarians")
            || v.equals("explosive-ordnance") && e.getFatalities() > 0
            || e.getMarking().getClassification().equals(SC)
            || v.equals("abduction") && e.getVictims().stream().mapToInt(VictimGroup::getCount).sum() >= 8;
    }

    void reports() {
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
}
