package mosaic.search.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.internal.Cli;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.MosaicPackage;
import mosaic.search.internal.cli.IngestCommand;
import mosaic.search.internal.cli.SearchCommand;

/**
 * Issue 23, item 11, as the attack was made: an UNCLASSIFIED reader probes names through
 * {@code search}. An alias that only a STRICTLY CONFIDENTIAL actor carries, used with
 * {@code --mentions} or in the query text, returned the reports about that actor; {@code --near}
 * with a secret place's alias found the reports around it (its coordinates could be narrowed down
 * by varying {@code --km}). A hidden name must give exactly the answer of a name nobody carries:
 * the same output, the same error line (but for the name itself), the same exit status.
 */
class HiddenNamesTest {

    private static final String HIDDEN_ACTOR_ALIAS = "Zephyrus";
    private static final String HIDDEN_PLACE_ALIAS = "Tango Depot";
    private static final String MADE_UP = "Qwertyx Vumbo";

    @TempDir
    Path dir;
    Path root;

    @BeforeEach
    void setUp() throws Exception {
        Workspace workspace = Workspace.init(dir.resolve("ws"), null);
        // a secret actor: its name appears in open reporting, its alias is what the attacker guesses
        Actor secret = workspace.create(MosaicPackage.Literals.ACTOR);
        secret.setName("Obsidian Network");
        secret.getAliases().add(HIDDEN_ACTOR_ALIAS);
        secret.setKind(ActorKind.values()[0]);
        secret.getMarking().setClassification("STRICTLY_CONFIDENTIAL");
        // a secret place with coordinates, next to an open one
        Location site = workspace.create(MosaicPackage.Literals.LOCATION);
        site.setName("Site Tango");
        site.getAliases().add(HIDDEN_PLACE_ALIAS);
        site.setKind(LocationKind.values()[0]);
        site.setLatitude(1.50);
        site.setLongitude(30.20);
        site.getMarking().setClassification("STRICTLY_CONFIDENTIAL");
        Location bunia = workspace.create(MosaicPackage.Literals.LOCATION);
        bunia.setName("Bunia");
        bunia.setKind(LocationKind.values()[0]);
        bunia.setLatitude(1.56);
        bunia.setLongitude(30.25);
        workspace.add(secret);
        workspace.add(site);
        workspace.add(bunia);
        workspace.saveAll(null);
        root = workspace.root();
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("open.txt"), "The Obsidian Network moved fuel through Bunia market at night.");
        Files.writeString(inbox.resolve("other.txt"), "Rains closed the northern road for a week.");
        Run ingest = run("ingest", inbox.toString());
        assertEquals(0, ingest.status, ingest.err);
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(command, "--workspace", root.toString()));
        all.addAll(List.of(args));
        int status = Cli.run(all, List.of(new IngestCommand(), new SearchCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A search with a name, its output made independent of the name and of the time it took. */
    private Run search(String name, String... args) {
        List<String> all = new ArrayList<>();
        for (String a : args) {
            all.add(a.replace("NAME", name));
        }
        Run r = run("search", all.toArray(String[]::new));
        return new Run(r.status, r.out.replace(name, "NAME").replaceAll("\\(\\d+ ms\\)", "(T ms)"), r.err.replace(name, "NAME"));
    }

    private void sameAnswer(String hidden, String... args) {
        Run probe = search(hidden, args);
        Run control = search(MADE_UP, args);
        assertEquals(control, probe, "a hidden name answers differently from a made-up one: " + List.of(args));
    }

    @Test
    void aHiddenActorsAliasInMentionsIsAnUnknownName() {
        sameAnswer(HIDDEN_ACTOR_ALIAS, "--query", "", "--mentions", "NAME");
        sameAnswer(HIDDEN_ACTOR_ALIAS, "--query", "", "--mentions", "NAME", "--json");
        Run probe = search(HIDDEN_ACTOR_ALIAS, "--query", "", "--mentions", "NAME");
        assertEquals(1, probe.status, probe.out + probe.err);
        assertFalse(probe.out.contains("Obsidian"), probe.out);
    }

    @Test
    void aHiddenActorsAliasInTheQueryTextFindsOnlyWhatTheWordFinds() {
        sameAnswer(HIDDEN_ACTOR_ALIAS, "--query", "NAME", "--json");
        sameAnswer(HIDDEN_ACTOR_ALIAS, "--query", "NAME", "--simple");
        Run probe = search(HIDDEN_ACTOR_ALIAS, "--query", "NAME");
        assertTrue(probe.out.startsWith("0 reports"), probe.out);
    }

    @Test
    void aHiddenPlacesAliasInNearIsAnUnknownPlaceWhateverTheRadius() {
        for (String km : List.of("1", "10", "100", "20000")) {
            sameAnswer(HIDDEN_PLACE_ALIAS, "--query", "", "--near", "NAME", "--km", km);
        }
        Run probe = search(HIDDEN_PLACE_ALIAS, "--query", "", "--near", "NAME", "--km", "20");
        assertEquals(1, probe.status, probe.out + probe.err);
        assertFalse(probe.out.contains("Obsidian"), probe.out);
        // the visible place still works: the refusal above is not a broken --near
        Run open = run("search", "--query", "", "--near", "Bunia", "--km", "20");
        assertEquals(0, open.status, open.err);
        assertTrue(open.out.contains("Obsidian Network moved fuel"), open.out);
    }

    @Test
    void facetsNameNoHiddenActorOrPlace() {
        Run facets = run("search", "--query", "fuel", "--facets");
        assertEquals(0, facets.status, facets.err);
        assertTrue(facets.out.contains("Bunia"), facets.out);
        for (String line : facets.out.lines().filter(l -> l.startsWith("facet actor") || l.startsWith("facet place")).toList()) {
            assertFalse(line.contains("Site Tango") || line.contains(HIDDEN_ACTOR_ALIAS), line);
        }
        assertFalse(facets.out.lines().anyMatch(l -> l.startsWith("facet actor")), "the only actor mentioned is hidden:\n" + facets.out);
    }

    @Test
    void aReaderClearedForTheActorStillResolvesItsAlias() {
        Run cleared = run("search", "--query", "", "--mentions", HIDDEN_ACTOR_ALIAS, "--clearance", "STRICTLY_CONFIDENTIAL");
        assertEquals(0, cleared.status, cleared.err);
        assertTrue(cleared.out.startsWith("1 reports"), cleared.out);
    }
}
