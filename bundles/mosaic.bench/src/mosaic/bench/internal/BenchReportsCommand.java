package mosaic.bench.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Level;
import mosaic.model.Location;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/**
 * {@code bench reports --workspace DIR}: renders the threat matrix over the workspace's threats
 * plus generated ones up to {@code --threats} (default 500; added in memory, never saved), and
 * the actor profile of the most connected actor, each {@code --runs} times (default 5) warm
 * (engine started, design parsed, after three unmeasured renders) and cold (the design parsed
 * again first), interleaved, and prints the medians. The very first render of the process, which
 * also starts BIRT and loads its classes and fonts, is printed on its own: it is the cold start
 * a user of {@code ./mosaic report} waits for.
 */
public final class BenchReportsCommand implements Command {

    @Override
    public String name() {
        return "bench reports";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR [--threats N] [--runs N] [--format " + ReportFormat.codes() + "]";
    }

    @Override
    public String description() {
        return "time the threat matrix with 500 threats and the most connected actor's profile, warm and cold (median)";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of(), List.of("workspace", "threats", "runs", "format"));
        if (!extra.isEmpty()) {
            throw new UsageException("bench reports: unexpected argument " + extra.get(0));
        }
        int threats = context.positiveInt("threats", 500);
        int runs = context.positiveInt("runs", 5);
        String formatCode = context.option("format").orElse("pdf");
        ReportFormat format = ReportFormat.of(formatCode)
            .orElseThrow(() -> new UsageException("bench reports: unknown format '" + formatCode + "' (formats: " + ReportFormat.codes() + ")"));
        Workspace workspace = context.openWorkspace();
        int added = addThreats(workspace, threats);
        Map<String, String> everything = new LinkedHashMap<>();
        List<String> levels = workspace.rules().classificationCodes();
        everything.put("audience", levels.get(levels.size() - 1));
        String compartments = String.join(",", compartments(workspace));
        if (!compartments.isEmpty()) {
            everything.put("compartments", compartments);
        }
        everything.put("from", "1900-01-01");
        Actor hub = mostConnected(workspace);
        Map<String, String> profile = new LinkedHashMap<>(everything);
        profile.remove("from");
        profile.put("actor", hub.getId());
        context.err().printf("bench reports: %d threats (%d generated), profile of %s, %s, %d runs%n",
            workspace.objects(Threat.class).size(), added, hub.getName(), format, runs);

        long first = time(workspace, "threat-matrix", format, everything);
        context.out().printf(Locale.ROOT, "%-34s %8s%n", "first render (BIRT start)", first + " ms");
        context.out().printf(Locale.ROOT, "%-34s %8s %8s%n", "product", "warm", "cold (design parsed again)");
        for (String design : List.of("threat-matrix", "actor-profile")) {
            Map<String, String> params = design.equals("actor-profile") ? profile : everything;
            long[] warm = new long[runs];
            long[] cold = new long[runs];
            for (int i = 0; i < 3; i++) {
                time(workspace, design, format, params); // let the JIT settle: warm means steady state
            }
            // interleaved, so that a busy moment of the machine does not fall on one kind only
            for (int i = 0; i < runs; i++) {
                warm[i] = time(workspace, design, format, params);
                Reports.forgetDesigns();
                cold[i] = time(workspace, design, format, params);
            }
            context.out().printf(Locale.ROOT, "%-34s %8s %8s%n", design + (design.equals("threat-matrix") ? " (" + workspace.objects(Threat.class).size()
                + " threats)" : " (most connected)"), median(warm) + " ms", median(cold) + " ms");
        }
        return OK;
    }

    private static long time(Workspace workspace, String design, ReportFormat format, Map<String, String> params) throws Exception {
        long start = System.nanoTime();
        Reports.render(workspace, design, format, params, OutputStream.nullOutputStream(), new NullProgressMonitor());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static TreeSet<String> compartments(Workspace workspace) {
        TreeSet<String> compartments = new TreeSet<>();
        for (MosaicObject o : workspace.all()) {
            if (o.getMarking() != null && o.getMarking().getCompartment() != null && !o.getMarking().getCompartment().isBlank()) {
                compartments.add(o.getMarking().getCompartment().trim());
            }
        }
        return compartments;
    }

    private static Actor mostConnected(Workspace workspace) throws UsageException {
        Map<Object, Integer> degree = new HashMap<>();
        for (Relation r : workspace.objects(Relation.class)) {
            degree.merge(r.getFrom(), 1, Integer::sum);
            degree.merge(r.getTo(), 1, Integer::sum);
        }
        Actor best = null;
        for (Actor a : workspace.objects(Actor.class)) {
            if (best == null || degree.getOrDefault(a, 0) > degree.getOrDefault(best, 0)) {
                best = a;
            }
        }
        if (best == null) {
            throw new UsageException("bench reports: the workspace has no actors (make one with: mosaic demo --workspace DIR)");
        }
        return best;
    }

    /** Adds generated threats (in memory only) until the workspace holds {@code total}; returns how many. */
    private static int addThreats(Workspace workspace, int total) {
        MissionRules rules = workspace.rules();
        List<String> likelihoods = rules.scale(MissionRules.LIKELIHOOD).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        List<String> impacts = rules.scale(MissionRules.IMPACT).map(s -> s.getLevels().stream().map(Level::getCode).toList()).orElse(List.of());
        List<Actor> actors = workspace.objects(Actor.class);
        List<Location> locations = workspace.objects(Location.class);
        Random random = new Random(7);
        int existing = workspace.objects(Threat.class).size();
        List<Threat> made = new ArrayList<>();
        for (int i = existing; i < total; i++) {
            Threat t = workspace.create(MosaicPackage.Literals.THREAT);
            t.setNumber(i + 1);
            t.setTitle("Generated threat " + (i + 1));
            t.setLikelihood(likelihoods.get(random.nextInt(likelihoods.size())));
            t.setImpact(impacts.get(random.nextInt(impacts.size())));
            t.setRisk(rules.risk(t.getLikelihood(), t.getImpact()).orElse(null));
            t.setPriority(1 + random.nextInt(3));
            t.setSector("Sector " + (1 + random.nextInt(4)));
            if (!locations.isEmpty()) {
                Location l = locations.get(random.nextInt(locations.size()));
                t.getLocations().add(l);
                t.setLocationDetail(l.getName());
            }
            if (!actors.isEmpty()) {
                t.getSourcesOfViolence().add(actors.get(random.nextInt(actors.size())));
            }
            t.setThreatTypeAndScale("Attacks on civilians; pattern of weekly incidents.");
            t.setCiviliansAtRisk("Villagers along the supply route; displaced families.");
            t.setMissionCapacity("One company at the nearest team site.");
            t.setMissionResponse("Day and night patrols; engagement with local authorities.");
            t.setActionRequired("Deploy a temporary operating base; strengthen the community alert network.");
            t.setOpenedOn(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)));
            made.add(t);
        }
        made.forEach(workspace::add);
        return made.size();
    }
}
