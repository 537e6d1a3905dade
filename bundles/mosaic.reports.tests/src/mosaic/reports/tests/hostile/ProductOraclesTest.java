package mosaic.reports.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.CommandContext;
import mosaic.core.access.CoverDesignations;
import mosaic.core.workspace.Workspace;
import mosaic.mission.carana.CaranaGenerator;
import mosaic.model.Actor;
import mosaic.model.Evidence;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.Source;
import mosaic.reports.internal.cli.ReportCommand;

/**
 * Issue 23, items 11 to 13, as the attacks were made on a copy of the Carana demo through the
 * {@code report} command, products read back with {@code pdftotext}:
 * <ul>
 * <li>11: {@code --param area=} accepted a secret place's alias and refused a made-up name, so the
 * product told a lower reader the secret name exists; a hidden name and an unknown name must give
 * the same answer.</li>
 * <li>12: products told a lower reader how many items were withheld ("6 items withheld"); the
 * product says material was withheld, the count goes to the issuing analyst's stderr only.</li>
 * <li>13: protected sources appeared as "Protected source 15b63807", the start of the record's
 * id; they appear under a random cover designation kept with the source, stable across renders.</li>
 * </ul>
 */
class ProductOraclesTest {

    private static final String HIDDEN_PLACE_ALIAS = "Tango Depot";
    private static final String MADE_UP = "Qwertyx Vumbo";

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void setUp() throws Exception {
        root = tmp.resolve("carana");
        CaranaGenerator.generate(root, CaranaGenerator.DEFAULT_SEED);
        Workspace workspace = Workspace.open(root, new NullProgressMonitor());
        Location site = workspace.create(MosaicPackage.Literals.LOCATION);
        site.setName("Site Tango");
        site.getAliases().add(HIDDEN_PLACE_ALIAS);
        site.setKind(LocationKind.values()[0]);
        site.getMarking().setClassification("STRICTLY_CONFIDENTIAL");
        workspace.add(site);
        workspace.saveAll(new NullProgressMonitor());
        Path file = root.resolve("location").resolve(site.getId() + ".xmi");
        Location saved = Workspace.open(root, new NullProgressMonitor()).objects(Location.class).stream()
            .filter(l -> l.getId().equals(site.getId())).findFirst().orElseThrow();
        assertEquals("STRICTLY_CONFIDENTIAL", saved.getMarking().getClassification(), Files.exists(file) ? Files.readString(file) : file + " missing");
    }

    private record Run(int status, String out, String err, String failure) {
    }

    private Run report(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--workspace", root.toString()));
        all.addAll(List.of(args));
        CommandContext context = new CommandContext("report", all, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of());
        int status;
        String failure = null;
        try {
            status = new ReportCommand().run(context);
        } catch (Exception e) {
            status = -1;
            failure = e.getClass().getName() + ": " + e.getMessage();
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), failure);
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), txt.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext hangs");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return Files.readString(txt);
    }

    // ------------------------------------------------------------------------------ 11

    @Test
    void aSecretPlacesAliasAsAreaIsAnsweredAsAnUnknownName() {
        for (String design : List.of("threat-matrix", "weekly-threat-assessment")) {
            Run probe = report("--design", design, "--format", "html", "--out", tmp.resolve("probe.html").toString(), "--param",
                "area=" + HIDDEN_PLACE_ALIAS);
            Run control = report("--design", design, "--format", "html", "--out", tmp.resolve("probe.html").toString(), "--param",
                "area=" + MADE_UP);
            assertNotNull(control.failure, "a made-up area is refused");
            assertEquals(new Run(control.status, control.out, control.err, control.failure.replace(MADE_UP, "NAME")),
                new Run(probe.status, probe.out, probe.err, probe.failure == null ? null : probe.failure.replace(HIDDEN_PLACE_ALIAS, "NAME")),
                design + ": a secret place's alias answers differently from a made-up name");
            assertFalse(Files.exists(tmp.resolve("probe.html")));
        }
        // a reader cleared for the place may select it
        Run cleared = report("--design", "threat-matrix", "--format", "html", "--out", tmp.resolve("cleared.html").toString(), "--param",
            "area=" + HIDDEN_PLACE_ALIAS, "--param", "audience=STRICTLY_CONFIDENTIAL");
        assertEquals(0, cleared.status, cleared.failure);
    }

    // ------------------------------------------------------------------------------ 12

    @Test
    void theProductSaysMaterialWasWithheldButNotHowMuch() throws Exception {
        Path pdf = tmp.resolve("matrix.pdf");
        Run run = report("--design", "threat-matrix", "--format", "pdf", "--out", pdf.toString(), "--param", "from=2000-01-01");
        assertEquals(0, run.status, run.failure);
        Matcher count = Pattern.compile("(\\d+) withheld").matcher(run.err);
        assertTrue(count.find(), "the issuing analyst is told how many items were withheld: " + run.err);
        int withheld = Integer.parseInt(count.group(1));
        assertTrue(withheld > 0, run.err);
        String text = pdftotext(pdf);
        assertTrue(text.contains("withheld"), "the product says that material was withheld:\n" + text);
        assertFalse(Pattern.compile("\\d+\\s+items?\\s+withheld").matcher(text).find(), "the product counts what was withheld:\n" + text);
        assertFalse(Pattern.compile("\\b" + withheld + "\\s+(items?\\s+)?withheld").matcher(text).find(), text);
    }

    // ------------------------------------------------------------------------------ 13

    @Test
    void aProtectedSourceAppearsUnderACoverDesignationThatTellsNothingOfItsRecord() throws Exception {
        Workspace workspace = Workspace.open(root, new NullProgressMonitor());
        Actor actor = null;
        Set<String> protectedIds = new TreeSet<>();
        for (Relation r : workspace.objects(Relation.class)) {
            for (Evidence e : r.getEvidence()) {
                if (e.getSource() != null && e.getSource().isProtectedIdentity() && r.getFrom() instanceof Actor from) {
                    actor = actor == null ? from : actor;
                }
            }
        }
        assertNotNull(actor, "the demo has a relation citing a protected source");
        List<String> first = designations(actor.getId(), "first.pdf");
        List<String> second = designations(actor.getId(), "second.pdf");
        assertFalse(first.isEmpty(), "no protected source in the product, so nothing is proved");
        assertEquals(first, second, "the designations change between renders");
        Workspace reread = Workspace.open(root, new NullProgressMonitor());
        for (Source s : reread.objects(Source.class)) {
            if (s.isProtectedIdentity() && CoverDesignations.of(s).isPresent()) {
                protectedIds.add(s.getId());
                String designation = CoverDesignations.of(s).get();
                assertTrue(first.contains(designation), designation + " kept with the source is not the one shown: " + first);
                String id = s.getId().replace("-", "").toUpperCase(Locale.ROOT);
                for (int i = 0; i + 4 <= id.length(); i++) {
                    assertFalse(designation.contains(id.substring(i, i + 4)), designation + " contains part of the id " + s.getId());
                }
                assertFalse(designation.toUpperCase(Locale.ROOT).contains(s.getName().toUpperCase(Locale.ROOT)), designation);
            }
        }
        assertEquals(first.size(), protectedIds.size(), "every designation shown is kept with its source");
    }

    /** The designations an actor's profile shows, read back with pdftotext; no id prefix anywhere. */
    private List<String> designations(String actorId, String name) throws Exception {
        Path pdf = tmp.resolve(name);
        Run run = report("--design", "actor-profile", "--format", "pdf", "--out", pdf.toString(), "--param", "actor=" + actorId,
            "--param", "audience=STRICTLY_CONFIDENTIAL", "--param", "compartments=jmac-only", "--param", "from=2000-01-01");
        assertEquals(0, run.status, run.failure);
        String text = pdftotext(pdf);
        assertFalse(text.contains("Protected source "), "a protected source is shown by the start of its id:\n" + text);
        Workspace workspace = Workspace.open(root, new NullProgressMonitor());
        for (Source s : workspace.objects(Source.class)) {
            if (s.isProtectedIdentity()) {
                assertFalse(text.contains(s.getId().substring(0, 8)), "the product carries the start of " + s.getId());
                assertFalse(text.contains(s.getName()), "the product names a protected source: " + s.getName());
            }
        }
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("Source ([A-Z]+-\\d+)").matcher(text);
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        found.sort(null);
        return found;
    }
}
