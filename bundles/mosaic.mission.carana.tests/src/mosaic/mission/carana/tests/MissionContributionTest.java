package mosaic.mission.carana.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.internal.Cli;
import mosaic.cli.internal.InitCommand;
import mosaic.core.workspace.MissionConfigurations;
import mosaic.core.workspace.Workspace;
import mosaic.model.MissionConfiguration;
import mosaic.model.config.MissionRules;

/**
 * The mission plug-in contributes its configuration for the mission it names ("carana"): a new
 * workspace gets it only when it picks that mission, never by being created on an installation
 * that holds the demo.
 */
class MissionContributionTest {

    private static final String CARANA_MISSION = "MINUCAR - United Nations Multidimensional Stabilization Mission in Carana";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int init(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("init"));
        all.addAll(List.of(args));
        return Cli.run(all, List.of(new InitCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static void assertCarana(MissionRules rules) {
        assertTrue(rules.hasTerm(MissionRules.VIOLENCE_TYPES, "cattle-raiding"));
        assertTrue(rules.hasTerm(MissionRules.COMPARTMENTS, "crsv-restricted"));
        assertTrue(rules.hasTerm(MissionRules.ACTOR_TYPES, "pastoralist-militia"));
        assertTrue(rules.hasTerm(MissionRules.VIOLENCE_TYPES, "killing"), "the default taxonomy is kept");
        assertEquals("extreme", rules.risk("almost-certain", "severe").orElseThrow(), "risk matrix untouched");
    }

    private static void assertNoCarana(MissionConfiguration configuration) {
        MissionConfiguration defaults = MissionRules.loadDefault();
        assertEquals(defaults.getMission(), configuration.getMission());
        assertEquals(defaults.getCountry(), configuration.getCountry());
        MissionRules rules = new MissionRules(configuration);
        for (String term : List.of("cattle-raiding", "pastoralist-militia", "gold-trafficking-network", "crsv-restricted")) {
            for (String taxonomy : List.of(MissionRules.ACTOR_TYPES, MissionRules.VIOLENCE_TYPES, MissionRules.COMPARTMENTS)) {
                assertFalse(rules.hasTerm(taxonomy, term), taxonomy + " " + term);
            }
        }
    }

    @Test
    void caranaIsAnInstalledMission() {
        assertEquals(Map.of("carana", "Carana (MINUCAR demo)"), MissionConfigurations.missions());
    }

    @Test
    void aNewWorkspaceGetsNothingFromCarana() throws Exception {
        List<String> warnings = new ArrayList<>();
        assertNoCarana(MissionConfigurations.forNewWorkspace(warnings));
        assertEquals(List.of(), warnings);
        assertNoCarana(Workspace.init(tmp.resolve("ws"), null).configuration());
    }

    @Test
    void theCaranaMissionGetsCaranasNameCountryTypesAndCompartments() {
        List<String> warnings = new ArrayList<>();
        MissionConfiguration configuration = MissionConfigurations.forNewWorkspace("carana", warnings);
        assertEquals(List.of(), warnings);
        assertEquals(CARANA_MISSION, configuration.getMission());
        assertEquals("Carana", configuration.getCountry());
        assertCarana(new MissionRules(configuration));
    }

    @Test
    void anUnknownMissionNamesTheInstalledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> MissionConfigurations.forNewWorkspace("nope", new ArrayList<>()));
        assertEquals("unknown mission 'nope'; missions: carana", e.getMessage());
    }

    @Test
    void initWithoutMissionWritesTheDefaultMission() throws Exception {
        Path ws = tmp.resolve("plain");
        assertEquals(0, init("--workspace", ws.toString()));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String xmi = Files.readString(ws.resolve(Workspace.MISSION_FILE));
        assertFalse(xmi.contains("MINUCAR"), xmi);
        assertFalse(xmi.contains("Carana"), xmi);
        assertNoCarana(Workspace.open(ws, null).configuration());
    }

    @Test
    void initMissionCaranaWritesCaranasConfiguration() throws Exception {
        Path ws = tmp.resolve("carana");
        assertEquals(0, init("--workspace", ws.toString(), "--mission", "carana"));
        MissionConfiguration configuration = Workspace.open(ws, null).configuration();
        assertEquals(CARANA_MISSION, configuration.getMission());
        assertEquals("Carana", configuration.getCountry());
        assertCarana(new MissionRules(configuration));
    }

    @Test
    void initNameAndCountryOverrideTheMissionsOwn() throws Exception {
        Path ws = tmp.resolve("renamed");
        assertEquals(0, init("--workspace", ws.toString(), "--mission", "carana", "--name", "MINUCAR Sector West", "--country", "Carana West"));
        MissionConfiguration configuration = Workspace.open(ws, null).configuration();
        assertEquals("MINUCAR Sector West", configuration.getMission());
        assertEquals("Carana West", configuration.getCountry());
        assertCarana(new MissionRules(configuration));
    }

    @Test
    void initUnknownMissionFailsOnOneLineAndCreatesNothing() throws Exception {
        Path ws = tmp.resolve("nope");
        assertEquals(1, init("--workspace", ws.toString(), "--mission", "nope"));
        assertEquals(List.of("mosaic: init: unknown mission 'nope'; missions: carana"), err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(ws), "nothing created");
    }
}
