package mosaic.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.internal.ObjectResource;
import mosaic.core.workspace.Problem;
import mosaic.core.workspace.SyntheticObjects;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceEvent;
import mosaic.core.workspace.WorkspaceException;
import mosaic.model.Actor;
import mosaic.model.Event;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.kinds.Kinds;

/** The workspace on disk: round trips, deterministic bytes, bad files, dangling references, size. */
class WorkspaceStorageTest {

    @TempDir
    Path tmp;

    private Path root;
    private Workspace workspace;

    @BeforeEach
    void init() throws Exception {
        root = tmp.resolve("ws");
        workspace = Workspace.init(root, null);
        workspace.setUser("test.analyst", "JMAC");
    }

    private Workspace reopen() throws WorkspaceException {
        return Workspace.open(root, new NullProgressMonitor());
    }

    // ------------------------------------------------------------------ round trips

    /** Sets every attribute and reference of {@code object} (recursively for containments). */
    private static void fill(EObject object, Random random, List<MosaicObject> targets) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()
                || attribute == MosaicPackage.Literals.MOSAIC_OBJECT__ID) {
                continue;
            }
            Object value = sample(attribute, random);
            if (attribute.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) object.eGet(attribute);
                list.add(value);
                list.add(sample(attribute, random));
            } else {
                object.eSet(attribute, value);
            }
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!reference.isChangeable() || reference.isContainer() || reference.isDerived()) {
                continue;
            }
            if (reference.isContainment()) {
                EClass type = reference.getEReferenceType();
                if (type.isAbstract() || MosaicPackage.Literals.MOSAIC_OBJECT.isSuperTypeOf(type)) {
                    continue; // nested information requirements are filled one level deep
                }
                EObject child = EcoreUtil.create(type);
                fill(child, random, targets);
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) object.eGet(reference);
                    list.add(child);
                } else {
                    object.eSet(reference, child);
                }
            } else {
                for (MosaicObject target : targets) {
                    if (reference.getEReferenceType().isInstance(target) && target != object) {
                        if (reference.isMany()) {
                            @SuppressWarnings("unchecked")
                            List<Object> list = (List<Object>) object.eGet(reference);
                            list.add(target);
                        } else {
                            object.eSet(reference, target);
                        }
                        break;
                    }
                }
            }
        }
    }

    private static Object sample(EAttribute attribute, Random random) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
        }
        if (type == String.class) {
            return "value \"" + random.nextInt(1000) + "\" <&> é ☂\nsecond line";
        }
        if (type == int.class || type == Integer.class) {
            return 1 + random.nextInt(3);
        }
        if (type == double.class || type == Double.class) {
            return random.nextInt(90) + 0.125;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-0" + (1 + random.nextInt(9)) + "T10:15:30Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        throw new AssertionError("no sample for " + attribute);
    }

    @Test
    void everyKindRoundTripsWithEveryField() throws Exception {
        Random random = new Random(7);
        List<MosaicObject> created = new ArrayList<>();
        for (EClass kind : Kinds.all()) {
            created.add(workspace.create(kind));
        }
        for (MosaicObject object : created) {
            fill(object, random, created);
            workspace.add(object);
        }
        assertEquals(created.size(), workspace.saveAll(new NullProgressMonitor()));

        Workspace loaded = reopen();
        assertEquals(List.of(), loaded.loadProblems());
        assertEquals(Kinds.all().size(), loaded.size());
        for (MosaicObject original : created) {
            MosaicObject copy = loaded.get(original.getId()).orElseThrow();
            EcoreUtil.resolveAll(copy);
            EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper() {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
                    if (reference.isContainment()) {
                        return super.haveEqualReference(a, b, reference);
                    }
                    // cross-file references: compare by id
                    Object x = a.eGet(reference);
                    Object y = b.eGet(reference);
                    return ids(x).equals(ids(y));
                }
            };
            assertTrue(equality.equals(original, copy), Kinds.describe(original) + " differs after reload");
        }
    }

    private static List<String> ids(Object value) {
        List<String> ids = new ArrayList<>();
        for (Object o : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            ids.add(((MosaicObject) o).getId());
        }
        return ids;
    }

    @Test
    void savingAgainGivesTheSameBytesAndWritesNothing() throws Exception {
        for (MosaicObject object : SyntheticObjects.generate(200, 3)) {
            workspace.add(object);
        }
        workspace.saveAll(new NullProgressMonitor());
        Workspace loaded = reopen();
        assertEquals(0, loaded.saveAll(new NullProgressMonitor()), "nothing changed, nothing written");
        for (MosaicObject object : loaded.all()) {
            byte[] again = ((ObjectResource) object.eResource()).serialize();
            assertArrayEquals(Files.readAllBytes(loaded.fileOf(object)), again, loaded.relative(loaded.fileOf(object)));
        }
        String text = Files.readString(loaded.fileOf(loaded.objects(Relation.class).get(0)));
        assertTrue(text.contains("href=\"../actor/"), "references are relative paths to the other file:\n" + text);
        assertFalse(text.contains("\r"), "LF line ends only");
    }

    @Test
    void changedObjectIsStampedAndOnlyItIsWritten() throws Exception {
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Kamako Defence Front");
        workspace.add(actor);
        Actor other = workspace.create(MosaicPackage.Literals.ACTOR);
        other.setName("Other");
        workspace.add(other);
        workspace.saveAll(new NullProgressMonitor());
        byte[] otherBytes = Files.readAllBytes(workspace.fileOf(other));

        Workspace loaded = reopen();
        loaded.setUser("u2.analyst", "U2");
        Actor copy = (Actor) loaded.get(actor.getId()).orElseThrow();
        copy.getAliases().add("KDF");
        assertEquals(List.of(copy), loaded.dirtyObjects());
        assertEquals(1, loaded.saveAll(new NullProgressMonitor()));
        Actor again = (Actor) reopen().get(actor.getId()).orElseThrow();
        assertEquals(List.of("KDF"), again.getAliases());
        assertEquals("u2.analyst", again.getProvenance().getChangedBy());
        assertEquals("test.analyst", again.getProvenance().getCreatedBy());
        assertArrayEquals(otherBytes, Files.readAllBytes(workspace.fileOf(other)));
        try (Stream<Path> files = Files.walk(root)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    // ------------------------------------------------------------------ bad files

    @Test
    void badFilesAreReportedWithPathAndLineLeftUntouchedAndTheRestLoads() throws Exception {
        List<MosaicObject> good = SyntheticObjects.generate(60, 11);
        good.forEach(workspace::add);
        workspace.saveAll(new NullProgressMonitor());
        Path actors = root.resolve("actor");
        Actor sample = workspace.objects(Actor.class).get(0);
        String valid = Files.readString(workspace.fileOf(sample));

        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("00000000-0000-4000-8000-000000000001.xmi", valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8));
        bad.put("00000000-0000-4000-8000-000000000002.xmi", new byte[0]);
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        bad.put("00000000-0000-4000-8000-000000000003.xmi", binary);
        bad.put("00000000-0000-4000-8000-000000000004.xmi",
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n".getBytes(StandardCharsets.UTF_8));
        bad.put("00000000-0000-4000-8000-000000000005.xmi",
            valid.replace("<marking", "<favouriteColour\n      value=\"blue\"/>\n  <marking").getBytes(StandardCharsets.UTF_8));
        bad.put("00000000-0000-4000-8000-000000000006.xmi", valid.getBytes(StandardCharsets.UTF_8)); // duplicate id
        byte[] huge = new byte[(int) Workspace.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        bad.put("00000000-0000-4000-8000-000000000007.xmi", huge);
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            Files.write(actors.resolve(entry.getKey()), entry.getValue());
        }

        Workspace loaded = reopen();
        assertEquals(good.size(), loaded.size(), "every good object loads");
        List<Problem> problems = loaded.loadProblems();
        for (String name : bad.keySet()) {
            Problem problem = problems.stream().filter(p -> p.file().equals("actor/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for " + name + " in " + problems));
            assertTrue(problem.isError(), problem.toString());
            assertTrue(problem.message().contains("left untouched") || problem.message().contains("not loaded"), problem.toString());
        }
        Problem truncated = find(problems, "000000000001");
        assertTrue(truncated.line() > 1, "truncated file names the line: " + truncated);
        Problem unknownField = find(problems, "000000000005");
        assertTrue(unknownField.message().contains("favouriteColour"), unknownField.toString());
        int expectedLine = valid.substring(0, valid.indexOf("<marking")).split("\n", -1).length;
        // the parser reports the line where the offending start tag ends (it spans two lines here)
        assertEquals(expectedLine + 1, unknownField.line(), unknownField.toString());
        assertTrue(find(problems, "000000000004").message().contains("not a Mosaic file"), find(problems, "000000000004").toString());
        assertTrue(find(problems, "000000000006").message().contains("duplicate id"));
        assertTrue(find(problems, "000000000007").message().contains("too large"));

        // Saving everything never writes over a file that could not be loaded.
        loaded.all().forEach(o -> o.eResource().setModified(true));
        loaded.saveAll(new NullProgressMonitor());
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            assertArrayEquals(entry.getValue(), Files.readAllBytes(actors.resolve(entry.getKey())), entry.getKey());
        }
    }

    private static Problem find(List<Problem> problems, String idPart) {
        return problems.stream().filter(p -> p.file().contains(idPart)).findFirst().orElseThrow();
    }

    @Test
    void corruptMissionConfigurationFallsBackToTheDefaultAndSaysSo() throws Exception {
        Files.writeString(root.resolve(Workspace.MISSION_FILE), "<not xml");
        Workspace loaded = reopen();
        assertNotNull(loaded.rules().risk("likely", "major").orElse(null));
        assertTrue(loaded.loadProblems().stream().anyMatch(p -> p.file().equals("mission.xmi") && p.isError()),
            loaded.loadProblems().toString());
        assertEquals("<not xml", Files.readString(root.resolve(Workspace.MISSION_FILE)), "left untouched");
    }

    @Test
    void danglingReferenceIsReportedNotFatal() throws Exception {
        Actor a = workspace.create(MosaicPackage.Literals.ACTOR);
        a.setName("A");
        Actor b = workspace.create(MosaicPackage.Literals.ACTOR);
        b.setName("B");
        Relation relation = workspace.create(MosaicPackage.Literals.RELATION);
        relation.setType("alliance");
        relation.setFrom(a);
        relation.setTo(b);
        workspace.add(a);
        workspace.add(b);
        workspace.add(relation);
        workspace.saveAll(new NullProgressMonitor());
        Files.delete(workspace.fileOf(b));

        Workspace loaded = reopen();
        assertEquals(2, loaded.size());
        Problem dangling = loaded.loadProblems().stream().filter(p -> p.objectId() != null && p.objectId().equals(relation.getId()))
            .findFirst().orElseThrow(() -> new AssertionError(loaded.loadProblems().toString()));
        assertTrue(dangling.message().contains("to: refers to an object that is not in the workspace"), dangling.toString());
        assertTrue(dangling.message().contains("actor/" + b.getId() + ".xmi"), dangling.toString());
        Relation copy = (Relation) loaded.get(relation.getId()).orElseThrow();
        assertTrue(copy.getTo().eIsProxy(), "stays an unresolved reference");
        assertEquals(0, loaded.resourceSet().getResources().stream().filter(r -> r.getContents().isEmpty()).count(),
            "no empty resource was demand-loaded for the missing file");
    }

    // ------------------------------------------------------------------ init, delete, listeners

    @Test
    void initRefusesAFolderThatIsNotEmptyAndNotAWorkspace() throws Exception {
        Path folder = tmp.resolve("notes");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("mine.txt"), "keep me");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.init(folder, null));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("keep me", Files.readString(folder.resolve("mine.txt")));
        assertThrows(WorkspaceException.class, () -> Workspace.init(root, null), "already a workspace");
        assertThrows(WorkspaceException.class, () -> Workspace.open(folder, null), "not a workspace");
    }

    @Test
    void deleteTellsWhoRefersAndListenersHear() throws Exception {
        List<WorkspaceEvent.Type> heard = new ArrayList<>();
        workspace.addListener(event -> heard.add(event.type()));
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Perpetrator");
        Event event = workspace.create(MosaicPackage.Literals.EVENT);
        event.setTitle("Attack");
        event.getPerpetrators().add(actor);
        workspace.add(actor);
        workspace.add(event);
        workspace.saveAll(null);
        assertEquals(List.of(event), workspace.referencesTo(actor));
        workspace.delete(event);
        assertFalse(Files.exists(workspace.fileOf(event)));
        assertEquals(List.of(), workspace.referencesTo(actor));
        assertEquals(List.of(WorkspaceEvent.Type.ADDED, WorkspaceEvent.Type.ADDED, WorkspaceEvent.Type.SAVED, WorkspaceEvent.Type.REMOVED), heard);
    }

    // ------------------------------------------------------------------ size

    @Test
    void tenThousandObjectsLoadAndSave() throws Exception {
        List<MosaicObject> objects = SyntheticObjects.generate(10_000, 99);
        objects.forEach(workspace::add);
        assertEquals(10_000, workspace.saveAll(new NullProgressMonitor()));
        Workspace loaded = reopen();
        assertEquals(10_000, loaded.size());
        assertEquals(List.of(), loaded.loadProblems());
        List<Problem> errors = loaded.validate(new NullProgressMonitor()).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors.subList(0, Math.min(5, errors.size())));
        Relation relation = loaded.objects(Relation.class).get(0);
        assertFalse(((EObject) relation.getFrom()).eIsProxy(), "references resolve across files");
        assertEquals(0, loaded.saveAll(new NullProgressMonitor()));
        relation.setWeight(2.5);
        assertEquals(1, loaded.saveAll(new NullProgressMonitor()));
    }

    @Test
    void filesAreNamedByIdInAFolderPerKind() throws IOException {
        Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
        actor.setName("X");
        workspace.add(actor);
        workspace.save(actor);
        assertTrue(Files.isRegularFile(root.resolve("actor").resolve(actor.getId() + ".xmi")));
        assertTrue(actor.getId().matches("[0-9a-f-]{36}"));
        assertTrue(Files.readString(root.resolve(".gitignore")).contains(".mosaic/"));
    }
}
