package mosaic.mission.carana;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import mosaic.model.Actor;
import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.ChartNote;
import mosaic.model.Marking;
import mosaic.model.MissionConfiguration;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;

/**
 * Generates the fictional Carana demo workspace: a gazetteer, actors with profiles and
 * capability ratings, two years of relations and events, a JOC report archive (text and PDF),
 * graded sources, threats, indicators, information requirements and assessments.
 *
 * <p>Everything is invented. The output depends on the seed only: the same seed gives the same
 * files, byte for byte (no clock, no hash order, fixed PDF ids and dates).</p>
 *
 * <p>The work is done in stages, one class each, from {@link CaranaWorld} to this one (see
 * {@link CaranaBase}); the invented data are the {@code data/*.tsv} files of this bundle.</p>
 */
public final class CaranaGenerator extends CaranaAnalysis {

    /** This mission's additions to the default configuration, also contributed to new workspaces. */
    public static final String MISSION_CONFIGURATION = "config/carana-mission.xmi";

    /** The seed of the committed demo workspace. */
    public static final long DEFAULT_SEED = 2026;

    private CaranaGenerator(long seed) {
        super(seed);
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

    // ================================================================== markings and content

    /** Marks every object at least as high as everything it references (the workspace's rule). */
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
