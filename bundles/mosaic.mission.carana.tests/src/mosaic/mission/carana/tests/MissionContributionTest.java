package mosaic.mission.carana.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.MissionConfigurations;
import mosaic.core.workspace.Workspace;
import mosaic.model.MissionConfiguration;
import mosaic.model.config.MissionRules;

/** The mission plug-in extends the configuration of new workspaces through the extension point. */
class MissionContributionTest {

    @TempDir
    Path tmp;

    @Test
    void newWorkspacesGetCaranasTypesAndCompartments() throws Exception {
        List<String> warnings = new ArrayList<>();
        MissionConfiguration configuration = MissionConfigurations.forNewWorkspace(warnings);
        assertEquals(List.of(), warnings);
        MissionRules rules = new MissionRules(configuration);
        assertTrue(rules.hasTerm(MissionRules.VIOLENCE_TYPES, "cattle-raiding"));
        assertTrue(rules.hasTerm(MissionRules.COMPARTMENTS, "crsv-restricted"));
        assertTrue(rules.hasTerm(MissionRules.VIOLENCE_TYPES, "killing"), "the default taxonomy is kept");
        assertEquals("Carana", configuration.getCountry());

        Workspace workspace = Workspace.init(tmp.resolve("ws"), null);
        assertTrue(workspace.rules().hasTerm(MissionRules.ACTOR_TYPES, "pastoralist-militia"));
        assertEquals("extreme", workspace.rules().risk("almost-certain", "severe").orElseThrow(), "risk matrix untouched");
    }
}
