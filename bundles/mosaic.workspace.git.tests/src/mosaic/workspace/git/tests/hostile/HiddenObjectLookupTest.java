package mosaic.workspace.git.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.MosaicPackage;
import mosaic.workspace.git.internal.cli.SetCommand;
import mosaic.workspace.git.internal.cli.ShowCommand;

/**
 * Issue 23, item 11, for {@code show} and {@code set}: OBJECT is "an id or a unique name", and an
 * UNCLASSIFIED reader learnt from the answers that a STRICTLY CONFIDENTIAL object exists (found by
 * its name or id, or named as the other half of an ambiguous name with its id). Names now resolve
 * among what the reader ({@code --audience}, default the lowest level) may see: a hidden object
 * answers exactly as a missing one, and does not make a visible one's name ambiguous.
 */
class HiddenObjectLookupTest {

    private static final String MADE_UP = "Qwertyx Vumbo";

    @TempDir
    Path tmp;
    Path root;
    String hiddenId;
    String visibleTwinId;
    String hiddenTwinId;

    @BeforeEach
    void setUp() throws Exception {
        Workspace workspace = Workspace.init(tmp.resolve("ws"), null);
        Actor hidden = actor(workspace, "Obsidian Network", "STRICTLY_CONFIDENTIAL");
        Actor visibleTwin = actor(workspace, "Twin Rivers Militia", "UNCLASSIFIED");
        Actor hiddenTwin = actor(workspace, "Twin Rivers Militia", "STRICTLY_CONFIDENTIAL");
        workspace.saveAll(new NullProgressMonitor());
        root = workspace.root();
        hiddenId = hidden.getId();
        visibleTwinId = visibleTwin.getId();
        hiddenTwinId = hiddenTwin.getId();
    }

    private static Actor actor(Workspace workspace, String name, String classification) {
        Actor a = workspace.create(MosaicPackage.Literals.ACTOR);
        a.setName(name);
        a.setKind(ActorKind.values()[0]);
        a.getMarking().setClassification(classification);
        workspace.add(a);
        return a;
    }

    private record Answer(int status, String out, String err, String failure) {
        Answer named(String name) {
            return new Answer(status, out.replace(name, "NAME"), err.replace(name, "NAME"), failure == null ? null : failure.replace(name, "NAME"));
        }
    }

    private Answer run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--workspace", root.toString()));
        all.addAll(List.of(args));
        int status;
        String failure = null;
        try {
            status = command.run(new CommandContext(command.name(), all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of()));
        } catch (Exception e) {
            status = -1;
            failure = e.getClass().getName() + ": " + e.getMessage();
        }
        return new Answer(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), failure);
    }

    private void sameAnswer(Command command, String hidden, String madeUp, String... rest) {
        List<String> probe = new ArrayList<>(List.of(hidden));
        probe.addAll(List.of(rest));
        List<String> control = new ArrayList<>(List.of(madeUp));
        control.addAll(List.of(rest));
        Answer a = run(command, probe.toArray(String[]::new)).named(hidden);
        Answer b = run(command, control.toArray(String[]::new)).named(madeUp);
        assertNotNull(b.failure, "a made-up object is refused");
        assertEquals(b, a, command.name() + ": a hidden object answers differently from a missing one");
    }

    @Test
    void showAndSetAnswerAHiddenNameOrIdAsAMissingOne() throws Exception {
        String hiddenFile = Files.readString(root.resolve("actor").resolve(hiddenId + ".xmi"));
        sameAnswer(new ShowCommand(), "Obsidian Network", MADE_UP);
        sameAnswer(new ShowCommand(), "obsidian network", MADE_UP.toLowerCase(), "--json");
        sameAnswer(new ShowCommand(), hiddenId, UUID.randomUUID().toString());
        sameAnswer(new SetCommand(), "Obsidian Network", MADE_UP, "strength=5");
        sameAnswer(new SetCommand(), hiddenId, UUID.randomUUID().toString(), "strength=5");
        assertEquals(hiddenFile, Files.readString(root.resolve("actor").resolve(hiddenId + ".xmi")), "set changed a hidden object");
    }

    @Test
    void aHiddenObjectDoesNotMakeAVisibleNameAmbiguous() {
        Answer shown = run(new ShowCommand(), "Twin Rivers Militia", "--json");
        assertEquals(0, shown.status, shown.failure);
        assertTrue(shown.out.contains(visibleTwinId), shown.out);
        assertFalse(shown.out.contains(hiddenTwinId), shown.out);
        Answer set = run(new SetCommand(), "Twin Rivers Militia", "strength=40");
        assertEquals(0, set.status, set.failure);
        assertTrue(set.out.contains(visibleTwinId), set.out);
    }

    @Test
    void aClearedReaderStillFindsIt() {
        Answer shown = run(new ShowCommand(), "Obsidian Network", "--audience", "STRICTLY_CONFIDENTIAL");
        assertEquals(0, shown.status, shown.failure);
        assertTrue(shown.out.contains("name: Obsidian Network"), shown.out);
        Answer ambiguous = run(new ShowCommand(), "Twin Rivers Militia", "--clearance", "STRICTLY_CONFIDENTIAL");
        assertTrue(ambiguous.failure != null && ambiguous.failure.contains("names 2 objects"), String.valueOf(ambiguous.failure));
        Answer bad = run(new ShowCommand(), "Obsidian Network", "--audience", "SECRET");
        assertTrue(bad.failure != null && bad.failure.contains("SECRET"), String.valueOf(bad.failure));
    }
}
