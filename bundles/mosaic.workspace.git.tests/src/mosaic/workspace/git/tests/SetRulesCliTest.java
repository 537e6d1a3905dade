package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicPackage;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.workspace.git.internal.cli.SetCommand;

/** {@code set} keeps the domain rules the object editor keeps: the risk follows the matrix, a marking is lowered only on purpose. */
class SetRulesCliTest {

    @TempDir
    Path tmp;

    private String id;

    @BeforeEach
    void setUp() throws Exception {
        Workspace workspace = Workspace.init(tmp, MissionRules.loadDefault());
        Threat threat = workspace.create(MosaicPackage.Literals.THREAT);
        threat.setTitle("Raids on the northern villages");
        threat.setLikelihood("almost-certain");
        threat.setImpact("major");
        threat.setRisk("extreme");
        threat.getMarking().setClassification("STRICTLY_CONFIDENTIAL");
        workspace.add(threat);
        workspace.saveAll(new NullProgressMonitor());
        id = threat.getId();
    }

    private int set(String... fields) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--workspace", tmp.toString(), id, "--audience", "STRICTLY_CONFIDENTIAL"));
        args.addAll(List.of(fields));
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            return new SetCommand().run(new CommandContext("set", args, out, out, false, Map.of()));
        }
    }

    private Threat saved() throws Exception {
        return (Threat) Workspace.open(tmp, new NullProgressMonitor()).get(id).orElseThrow();
    }

    @Test
    void theRiskFollowsLikelihoodAndImpactsAndValidates() throws Exception {
        assertEquals(0, set("likelihood=rare", "impact=minor", "impactChildren=minor", "impactWomenAndGirls=minor"));
        assertEquals("low", saved().getRisk(), "rare x minor in the Handbook's matrix");
        Workspace reopened = Workspace.open(tmp, new NullProgressMonitor());
        assertTrue(reopened.validate(new NullProgressMonitor()).stream().noneMatch(p -> p.message().contains("risk")),
            reopened.validate(new NullProgressMonitor()).toString());
        assertEquals(0, set("impactChildren=severe"));
        assertEquals("high", saved().getRisk(), "the most severe impact counts");
    }

    @Test
    void loweringAMarkingNeedsLowerMarking() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> set("title=Raids", "marking.classification=UNCLASSIFIED"));
        assertTrue(refused.getMessage().contains("--lower-marking") && refused.getMessage().contains("STRICTLY_CONFIDENTIAL"),
            refused.getMessage());
        Threat unchanged = saved();
        assertEquals("STRICTLY_CONFIDENTIAL", unchanged.getMarking().getClassification());
        assertEquals("Raids on the northern villages", unchanged.getTitle(), "nothing of the refused command is saved");
        assertEquals(0, set("marking.classification=UNCLASSIFIED", "--lower-marking"));
        assertEquals("UNCLASSIFIED", saved().getMarking().getClassification());
        assertEquals(0, set("marking.classification=CONFIDENTIAL"), "raising needs nothing");
    }
}
