package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import mosaic.core.workspace.ObjectFiles;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Attribute;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.workspace.git.Conflict;
import mosaic.ops.Fields;
import mosaic.workspace.git.ModelMerger;

/** The three-way merge of one object file, on the model. */
class ModelMergerTest {

    private static final Path ROOT = Path.of("/tmp/mosaic-merge-test");
    private static final String PATH = "actor/11111111-2222-3333-4444-555555555555.xmi";

    private final ModelMerger merger = new ModelMerger(ROOT, "0123456789abcdef0123456789abcdef01234567");

    private static Actor base() {
        Actor actor = MosaicFactory.eINSTANCE.createActor();
        actor.setId("11111111-2222-3333-4444-555555555555");
        actor.setName("Ex-Seleka Coalition");
        actor.setKind(ActorKind.ARMED_GROUP);
        actor.getAliases().addAll(List.of("ExS", "Seleka"));
        Marking marking = MosaicFactory.eINSTANCE.createMarking();
        marking.setClassification("UNCLASSIFIED");
        actor.setMarking(marking);
        return actor;
    }

    private static byte[] bytes(Consumer<Actor> change) throws IOException {
        Actor actor = base();
        change.accept(actor);
        return ObjectFiles.serialize(ROOT.resolve(PATH), actor);
    }

    private static Actor load(byte[] bytes) throws IOException {
        return (Actor) ObjectFiles.parse(ROOT.resolve(PATH), bytes);
    }

    @Test
    void changesOnDifferentFieldsAllArrive() throws Exception {
        byte[] base = bytes(a -> { });
        byte[] mine = bytes(a -> {
            a.setDescription("north-east");
            a.getMarking().setClassification("CONFIDENTIAL");
        });
        byte[] theirs = bytes(a -> {
            a.setStrength(1200);
            a.getMarking().getReleasableTo().add("U2");
        });
        ModelMerger.Result result = merger.merge(PATH, base, mine, theirs);
        assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
        Actor merged = load(result.merged());
        assertEquals("north-east", merged.getDescription());
        assertEquals(1200, merged.getStrength());
        assertEquals("CONFIDENTIAL", merged.getMarking().getClassification());
        assertEquals(List.of("U2"), merged.getMarking().getReleasableTo());
    }

    @Test
    void listsMergeAddsAndRemovesFromBothSides() throws Exception {
        byte[] base = bytes(a -> { });
        byte[] mine = bytes(a -> {
            a.getAliases().remove("ExS");
            a.getAliases().add("FPRC");
            a.getAttributes().add(attribute("leader", "Nourredine Adam"));
        });
        byte[] theirs = bytes(a -> {
            a.getAliases().add("MPC");
            a.getAttributes().add(attribute("hq", "Birao"));
        });
        ModelMerger.Result result = merger.merge(PATH, base, mine, theirs);
        Actor merged = load(result.merged());
        assertEquals(List.of("Seleka", "FPRC", "MPC"), merged.getAliases());
        assertEquals(List.of("leader", "hq"), merged.getAttributes().stream().map(Attribute::getKey).toList());
        assertTrue(result.conflicts().isEmpty());
    }

    @Test
    void sameFieldChangedDifferentlyIsAConflictThatKeepsMine() throws Exception {
        byte[] base = bytes(a -> { });
        byte[] mine = bytes(a -> a.getMarking().setClassification("CONFIDENTIAL"));
        byte[] theirs = bytes(a -> a.getMarking().setClassification("STRICTLY_CONFIDENTIAL"));
        ModelMerger.Result result = merger.merge(PATH, base, mine, theirs);
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals("marking.classification", conflict.field());
        assertEquals(List.of("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), List.of(conflict.base(), conflict.mine(), conflict.theirs()));
        assertEquals("Ex-Seleka Coalition", conflict.title());
        assertEquals("CONFIDENTIAL", load(result.merged()).getMarking().getClassification());
        assertTrue(conflict.describe().contains("lost theirs 'STRICTLY_CONFIDENTIAL'"), conflict.describe());
    }

    @Test
    void sameChangeOnBothSidesIsNoConflict() throws Exception {
        byte[] base = bytes(a -> { });
        byte[] mine = bytes(a -> {
            a.setName("FPRC");
            a.setHistory("mine");
        });
        byte[] theirs = bytes(a -> a.setName("FPRC"));
        ModelMerger.Result result = merger.merge(PATH, base, mine, theirs);
        assertTrue(result.conflicts().isEmpty());
        assertEquals("FPRC", load(result.merged()).getName());
        assertEquals("mine", load(result.merged()).getHistory());
    }

    @Test
    void deleteAgainstEditKeepsTheEditedObject() throws Exception {
        byte[] base = bytes(a -> { });
        byte[] theirs = bytes(a -> a.setDescription("edited"));
        ModelMerger.Result result = merger.merge(PATH, base, null, theirs);
        assertArrayEquals(theirs, result.merged());
        assertEquals(Conflict.DELETED, result.conflicts().get(0).field());
        assertEquals(Conflict.Side.THEIRS, result.conflicts().get(0).kept());
        ModelMerger.Result deletedBoth = merger.merge(PATH, base, null, null);
        assertNull(deletedBoth.merged());
        assertTrue(deletedBoth.conflicts().isEmpty());
    }

    @Test
    void unreadableVersionNamesTheFile() throws Exception {
        byte[] base = bytes(a -> { });
        byte[] mine = bytes(a -> a.setDescription("x"));
        IOException e = assertThrows(IOException.class,
            () -> merger.merge(PATH, base, mine, "<not xmi".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(PATH) && e.getMessage().contains("theirs"), e.getMessage());
    }

    @Test
    void fieldsDiffNamesChangedFields() throws Exception {
        Actor before = base();
        Actor after = EcoreUtil.copy(before);
        after.setStrength(40);
        after.getAliases().add("X");
        var diff = Fields.diff(before, after);
        assertEquals(List.of("aliases", "strength"), List.copyOf(diff.keySet()));
        assertArrayEquals(new String[] {"ExS, Seleka", "ExS, Seleka, X"}, diff.get("aliases"));
    }

    private static Attribute attribute(String key, String value) {
        Attribute attribute = MosaicFactory.eINSTANCE.createAttribute();
        attribute.setKey(key);
        attribute.setValue(value);
        return attribute;
    }
}
