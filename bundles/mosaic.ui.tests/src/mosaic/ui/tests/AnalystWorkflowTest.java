package mosaic.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.MosaicPackage;
import mosaic.model.Threat;
import mosaic.ui.MosaicUi;
import mosaic.ui.Screenshots;
import mosaic.ui.internal.editors.ObjectEditor;
import mosaic.ui.internal.navigator.NavigatorView;
import mosaic.ui.internal.navigator.NewObjectWizard;
import mosaic.ui.session.Sessions;
import mosaic.ui.testing.RecordingPrompter;
import mosaic.ui.testing.Workbenches;

/** What an analyst does with the demo workspace, in the real workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class AnalystWorkflowTest {

    @TempDir
    static Path tmp;

    private Workspace workspace;

    private static IWorkbenchPage page() {
        return Workbenches.page();
    }

    private static void settle() {
        Workbenches.settle();
    }

    private static void shot(String name) throws Exception {
        settle();
        Screenshots.capture(page().getWorkbenchWindow().getShell(), ScreenshotOnFailure.folder().resolve(name + ".png"));
    }

    /** Answers the workbench's questions while a test has registered it. */
    private RecordingPrompter prompts;

    @BeforeEach
    void openDemo() throws Exception {
        assumeTrue(Workbenches.demo() != null, "demo/carana not found above " + Path.of("").toAbsolutePath());
        Path ws = Workbenches.copyDemo(tmp.resolve("carana-" + System.nanoTime()));
        Workbenches.open(ws);
        workspace = Sessions.current().workspace();
        assertEquals(ws.toRealPath(), workspace.root());
        page().showView(MosaicUi.VIEW_WORKSPACE);
        settle();
    }

    @AfterEach
    void closeEditors() {
        if (prompts != null) {
            prompts.close();
            prompts = null;
        }
        page().closeAllEditors(false);
        settle();
    }

    @Test
    void navigatorFiltersToAnAlias() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        assertTrue(navigator.kindLabels().stream().anyMatch(l -> l.matches("Actors \\(\\d+\\)")), navigator.kindLabels().toString());
        Actor actor = workspace.objects(Actor.class).stream().filter(a -> !a.getAliases().isEmpty()).findFirst().orElseThrow();
        String alias = actor.getAliases().get(actor.getAliases().size() - 1);
        // typed the way analysts type: lower case, without the hyphens
        navigator.setFilter(alias.toLowerCase().replace("-", " "));
        settle();
        assertTrue(navigator.visible(MosaicPackage.Literals.ACTOR).contains(actor),
            "filtering by '" + alias + "' shows " + actor.getName() + ": " + navigator.visible(MosaicPackage.Literals.ACTOR));
        assertTrue(navigator.visible(MosaicPackage.Literals.ACTOR).size() < workspace.objects(Actor.class).size());
        navigator.select(actor);
        shot("navigator-filtered");
        navigator.setFilter("");
    }

    @Test
    void createFillUndoRedoSaveReopenAndMarking() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        NewObjectWizard wizard = navigator.newObject(false);
        Actor actor = (Actor) wizard.finish(MosaicPackage.Literals.ACTOR, "New group", "UNCLASSIFIED");
        wizard.getContainer().getShell().close();
        settle();
        assertEquals("New group", actor.getName());
        assertTrue(workspace.get(actor.getId()).isPresent(), "the wizard adds the object to the workspace");
        ObjectEditor editor = (ObjectEditor) page().getActiveEditor();
        assertEquals(actor, editor.object(), "and opens its editor");
        assertTrue(editor.isDirty(), "a new object is dirty until saved");

        Text name = (Text) FormAccess.control(editor, MosaicPackage.Literals.NAMED_OBJECT__NAME);
        name.setFocus();
        name.setText("Kamako Liberation Front");
        FormAccess.commit(editor, MosaicPackage.Literals.NAMED_OBJECT__NAME);
        assertEquals("Kamako Liberation Front", actor.getName());
        Text aliases = (Text) FormAccess.control(editor, MosaicPackage.Literals.NAMED_OBJECT__ALIASES);
        aliases.setText("KLF\nFront de libération de Kamako");
        FormAccess.commit(editor, MosaicPackage.Literals.NAMED_OBJECT__ALIASES);
        assertEquals(2, actor.getAliases().size());

        Sessions.current().domain().getCommandStack().undo();
        settle();
        assertEquals(0, actor.getAliases().size(), "undo takes the aliases back");
        assertEquals("", aliases.getText(), "and the field shows it");
        Sessions.current().domain().getCommandStack().redo();
        settle();
        assertEquals(2, actor.getAliases().size(), "redo puts them again");

        // an invalid value is refused with a message and changes nothing
        Text strength = (Text) FormAccess.control(editor, MosaicPackage.Literals.ACTOR__STRENGTH);
        strength.setText("several hundred");
        FormAccess.commit(editor, MosaicPackage.Literals.ACTOR__STRENGTH);
        assertEquals(null, actor.getStrength());
        assertEquals(IMessageProvider.ERROR, FormAccess.form(editor).getForm().getMessageType());
        assertTrue(FormAccess.form(editor).getForm().getMessage() != null);
        shot("actor-invalid-strength");
        strength.setText("450");
        FormAccess.commit(editor, MosaicPackage.Literals.ACTOR__STRENGTH);
        assertEquals(450, actor.getStrength());

        // marking: raising is one command; the banner follows; lowering asks first
        assertTrue(editor.bannerText().startsWith("UNCLASSIFIED"), editor.bannerText());
        assertTrue(editor.changeClassification("STRICTLY_CONFIDENTIAL"));
        settle();
        assertTrue(editor.bannerText().startsWith("STRICTLY CONFIDENTIAL"), editor.bannerText());
        prompts = RecordingPrompter.register().answer(false);
        assertFalse(editor.changeClassification("UNCLASSIFIED"), "lowering refused when the analyst says no");
        assertEquals(java.util.List.of("Lower the marking?"), prompts.titles(), "the analyst was asked");
        assertEquals("STRICTLY_CONFIDENTIAL", actor.getMarking().getClassification());
        shot("actor-editor-marked");

        editor.doSave(null);
        settle();
        assertFalse(editor.isDirty());
        assertTrue(Files.isRegularFile(workspace.fileOf(actor)));
        page().closeEditor(editor, false);
        settle();

        ObjectEditor reopened = ObjectEditor.open(page(), actor);
        settle();
        assertEquals("Kamako Liberation Front", ((Text) FormAccess.control(reopened, MosaicPackage.Literals.NAMED_OBJECT__NAME)).getText());
        assertEquals("450", ((Text) FormAccess.control(reopened, MosaicPackage.Literals.ACTOR__STRENGTH)).getText());
        Workspace fromDisk = Workspace.open(workspace.root(), null);
        Actor saved = (Actor) fromDisk.get(actor.getId()).orElseThrow();
        assertEquals(2, saved.getAliases().size());
        assertEquals("STRICTLY_CONFIDENTIAL", saved.getMarking().getClassification());
    }

    @Test
    void deletingAReferencedObjectIsRefusedAndAnUnreferencedOneGoes() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        Actor referenced = workspace.objects(Actor.class).stream().filter(a -> !workspace.referencesTo(a).isEmpty()).findFirst().orElseThrow();
        try (RecordingPrompter answers = RecordingPrompter.register().answer(true)) {
            navigator.select(referenced);
            settle();
            assertEquals(java.util.List.of(), navigator.deleteSelection());
            java.util.List<String> refusals = answers.prompts().stream().filter(p -> p.kind().equals("error")).map(RecordingPrompter.Prompt::message).toList();
            assertEquals(1, refusals.size());
            assertTrue(refusals.get(0).contains("is referred to by"), refusals.get(0));
            assertTrue(Files.exists(workspace.fileOf(referenced)), "nothing deleted");
            shot("delete-refused");

            NewObjectWizard wizard = navigator.newObject(false);
            Actor lonely = (Actor) wizard.finish(MosaicPackage.Literals.ACTOR, "Short-lived group", "UNCLASSIFIED");
            wizard.getContainer().getShell().close();
            workspace.save(lonely);
            page().closeAllEditors(false);
            settle();
            navigator.select(lonely);
            settle();
            Path file = workspace.fileOf(lonely);
            assertEquals(java.util.List.of(lonely), navigator.deleteSelection());
            assertFalse(Files.exists(file));
            assertTrue(workspace.get(lonely.getId()).isEmpty());

            // the delete is one command on the shared stack, as on a chart: Undo puts it back
            Sessions.current().domain().getCommandStack().undo();
            settle();
            assertEquals(lonely, workspace.get(lonely.getId()).orElseThrow());
            workspace.saveAll(null);
            assertTrue(Files.exists(file), "saving writes the file again");
            Sessions.current().domain().getCommandStack().redo();
            settle();
            assertTrue(workspace.get(lonely.getId()).isEmpty());
            assertFalse(Files.exists(file));
        }
    }

    @Test
    void threatRiskFollowsLikelihoodAndImpact() throws Exception {
        Threat threat = workspace.objects(Threat.class).stream().filter(t -> "rare".equals(t.getLikelihood()) || "unlikely".equals(t.getLikelihood()))
            .findFirst().orElse(workspace.objects(Threat.class).get(0));
        ObjectEditor editor = ObjectEditor.open(page(), threat);
        settle();
        Combo likelihood = (Combo) FormAccess.control(editor, MosaicPackage.Literals.THREAT__LIKELIHOOD);
        int almostCertain = -1;
        for (int i = 0; i < likelihood.getItemCount(); i++) {
            if (likelihood.getItem(i).startsWith("almost-certain")) {
                almostCertain = i;
            }
        }
        likelihood.select(almostCertain);
        likelihood.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        assertEquals("almost-certain", threat.getLikelihood());
        String expected = workspace.rules().expectedRisk(threat).orElseThrow();
        assertEquals(expected, threat.getRisk(), "the risk cell follows the mission's matrix");
        assertTrue(FormAccess.riskText(editor).startsWith(workspace.rules().label("risk", expected)), FormAccess.riskText(editor));
        shot("threat-editor");
        Sessions.current().domain().getCommandStack().undo();
        settle();
        assertFalse("almost-certain".equals(threat.getLikelihood()), "one undo reverts likelihood and risk together");
    }

    /**
     * The same change made in the Threat editor and by the headless operation the {@code set}
     * command runs gives the same object, field by field (provenance times aside).
     */
    @Test
    void theEditorAndTheSetOperationGiveTheSameThreat() throws Exception {
        Threat threat = workspace.objects(Threat.class).stream().filter(t -> "almost-certain".equals(t.getLikelihood()) || "likely".equals(t.getLikelihood()))
            .findFirst().orElse(workspace.objects(Threat.class).get(0));
        Path copy = tmp.resolve("headless-" + System.nanoTime());
        Workbenches.copyDemo(copy);
        java.util.Map<String, String> change = new java.util.LinkedHashMap<>();
        change.put("likelihood", "rare");
        change.put("impact", "minor");
        change.put("impactChildren", "minor");
        change.put("impactWomenAndGirls", "moderate");

        ObjectEditor editor = ObjectEditor.open(page(), threat);
        settle();
        for (var field : change.entrySet()) {
            Combo combo = (Combo) FormAccess.control(editor, (org.eclipse.emf.ecore.EStructuralFeature) threat.eClass().getEStructuralFeature(field.getKey()));
            int index = java.util.Arrays.asList(combo.getItems()).stream().filter(i -> i.startsWith(field.getValue() + " ") || i.equals(field.getValue()))
                .findFirst().map(i -> java.util.Arrays.asList(combo.getItems()).indexOf(i)).orElseThrow();
            combo.select(index);
            combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            settle();
        }
        editor.doSave(null);
        settle();

        Workspace headless = Workspace.open(copy, null);
        headless.setUser(workspace.user(), mosaic.ui.internal.preferences.AnalystPreferences.component());
        mosaic.ops.SetFieldsOperation set = new mosaic.ops.SetFieldsOperation(headless);
        mosaic.model.MosaicObject other = set.find(threat.getId());
        for (var field : change.entrySet()) {
            set.set(other, field.getKey(), field.getValue());
        }
        headless.saveAll(null);

        Threat fromEditor = (Threat) Workspace.open(workspace.root(), null).get(threat.getId()).orElseThrow();
        Threat fromSet = (Threat) Workspace.open(copy, null).get(threat.getId()).orElseThrow();
        assertEquals("medium", fromEditor.getRisk(), "rare x moderate in the Handbook's matrix");
        assertEquals(withoutTimes(mosaic.ops.Fields.of(fromSet)), withoutTimes(mosaic.ops.Fields.of(fromEditor)));
    }

    /**
     * File &gt; New Object... and {@code ./mosaic create} (the command itself, as the headless
     * product registers it) run the same {@code CreateOperation}: the same analyst creating the
     * same actor and threat by each gets the same objects, field by field (their ids and the times
     * of provenance aside).
     */
    @Test
    void theNewObjectWizardAndTheCreateCommandGiveTheSameObjects() throws Exception {
        Path copy = tmp.resolve("headless-create-" + System.nanoTime());
        Workbenches.copyDemo(copy);
        // the same analyst on both front-ends: the one the command line takes from the environment
        String user = System.getenv().getOrDefault("MOSAIC_USER", System.getProperty("user.name", "analyst"));
        String component = System.getenv("MOSAIC_COMPONENT") == null || System.getenv("MOSAIC_COMPONENT").isBlank() ? null
            : System.getenv("MOSAIC_COMPONENT");
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        Actor actor;
        Threat threat;
        workspace.setUser(user, component);
        try {
            NewObjectWizard wizard = navigator.newObject(false);
            actor = (Actor) wizard.finish(MosaicPackage.Literals.ACTOR, "Kivu Border Brigade", "CONFIDENTIAL");
            wizard.getContainer().getShell().close();
            wizard = navigator.newObject(false);
            threat = (Threat) wizard.finish(MosaicPackage.Literals.THREAT, "Raids on the river crossings", "STRICTLY_CONFIDENTIAL");
            wizard.getContainer().getShell().close();
            settle();
            assertTrue(Sessions.current().domain().getCommandStack().canUndo(), "the creation is on the shared stack");
            workspace.save(actor);
            workspace.save(threat);
        } finally {
            Sessions.current().preferencesChanged();
            page().closeAllEditors(false);
            settle();
        }

        mosaic.cli.Command create = command("create");
        String actorId = runCli(create, "--workspace", copy.toString(), "actor", "name=Kivu Border Brigade", "marking.classification=CONFIDENTIAL");
        String threatId = runCli(create, "--workspace", copy.toString(), "threat", "title=Raids on the river crossings",
            "marking.classification=STRICTLY_CONFIDENTIAL");

        Workspace fromWizard = Workspace.open(workspace.root(), null);
        Workspace fromCommand = Workspace.open(copy, null);
        assertEquals(withoutIdAndTimes(mosaic.ops.Fields.of(fromWizard.get(actor.getId()).orElseThrow())),
            withoutIdAndTimes(mosaic.ops.Fields.of(fromCommand.get(actorId).orElseThrow())));
        assertEquals(withoutIdAndTimes(mosaic.ops.Fields.of(fromWizard.get(threat.getId()).orElseThrow())),
            withoutIdAndTimes(mosaic.ops.Fields.of(fromCommand.get(threatId).orElseThrow())));
    }

    /** The headless command registered as {@code name} (a DS component of its CLI bundle). */
    private static mosaic.cli.Command command(String name) throws Exception {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(AnalystWorkflowTest.class).getBundleContext();
        for (var reference : context.getServiceReferences(mosaic.cli.Command.class, null)) {
            mosaic.cli.Command command = context.getService(reference);
            if (command != null && command.name().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no '" + name + "' command registered");
    }

    /** Runs {@code command} as {@code ./mosaic} would and returns what it printed, stripped. */
    private static String runCli(mosaic.cli.Command command, String... args) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var context = new mosaic.cli.CommandContext(command.name(), java.util.List.of(args), new java.io.PrintStream(out, true, "UTF-8"),
            new java.io.PrintStream(err, true, "UTF-8"), false, java.util.Map.of(command.name(), command));
        assertEquals(mosaic.cli.Command.OK, command.run(context), err.toString("UTF-8"));
        return out.toString("UTF-8").strip();
    }

    private static java.util.Map<String, String> withoutIdAndTimes(java.util.Map<String, String> fields) {
        java.util.Map<String, String> kept = withoutTimes(fields);
        kept.remove("id");
        return kept;
    }

    private static java.util.Map<String, String> withoutTimes(java.util.Map<String, String> fields) {
        java.util.Map<String, String> kept = new java.util.TreeMap<>(fields);
        kept.keySet().removeIf(name -> name.equals("provenance.createdAt") || name.equals("provenance.changedAt"));
        return kept;
    }

    @Test
    void outlineShowsTheObjectAndWhatItContains() throws Exception {
        Threat threat = workspace.objects(Threat.class).stream().filter(t -> !t.getActionPoints().isEmpty()).findFirst().orElseThrow();
        ObjectEditor.open(page(), threat);
        settle();
        var outline = (org.eclipse.ui.views.contentoutline.ContentOutline) page().showView(MosaicUi.VIEW_OUTLINE);
        settle();
        var tree = (org.eclipse.swt.widgets.Tree) ((org.eclipse.ui.part.IPage) outline.getCurrentPage()).getControl();
        assertEquals(1, tree.getItemCount());
        var root = tree.getItem(0);
        assertTrue(root.getText().startsWith("Threat "), root.getText());
        java.util.List<String> children = Stream.of(root.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
        assertTrue(children.size() >= 1 + threat.getActionPoints().size(), children.toString());
        assertTrue(children.stream().anyMatch(c -> c.startsWith("Marking")), children.toString());
        shot("outline");
    }

    @Test
    void clearanceHidesWhatIsAboveItAndF3OpensAReference() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        var store = mosaic.ui.internal.preferences.AnalystPreferences.store();
        String before = store.getString(mosaic.ui.internal.preferences.AnalystPreferences.CLEARANCE);
        try {
            store.setValue(mosaic.ui.internal.preferences.AnalystPreferences.CLEARANCE, "UNCLASSIFIED");
            Sessions.current().preferencesChanged();
            settle();
            for (var kind : mosaic.model.kinds.Kinds.all()) {
                for (var object : navigator.visible(kind)) {
                    assertEquals("UNCLASSIFIED", object.getMarking().getClassification(), "only what the clearance allows is shown");
                }
            }
            assertTrue(navigator.getContentDescription().contains("above your clearance not shown"), navigator.getContentDescription());
            shot("navigator-unclassified-clearance");
        } finally {
            store.setValue(mosaic.ui.internal.preferences.AnalystPreferences.CLEARANCE, before);
            Sessions.current().preferencesChanged();
            settle();
        }

        mosaic.model.Event event = workspace.objects(mosaic.model.Event.class).stream().filter(e -> e.getLocation() != null).findFirst().orElseThrow();
        ObjectEditor editor = ObjectEditor.open(page(), event);
        settle();
        var locationField = FormAccess.control(editor, MosaicPackage.Literals.EVENT__LOCATION);
        locationField.setFocus();
        locationField.notifyListeners(org.eclipse.swt.SWT.FocusIn, new org.eclipse.swt.widgets.Event()); // Xvfb gives no focus events
        editor.openFocusedReference();
        settle();
        assertTrue(page().getActiveEditor() instanceof ObjectEditor opened && opened.object() == event.getLocation(),
            "F3 opens the event's place");
    }

    @Test
    void objectsInsideAnObjectAreEditedInADialogWithOneUndo() throws Exception {
        mosaic.model.Event event = workspace.objects(mosaic.model.Event.class).get(0);
        int before = event.getVictims().size();
        ObjectEditor editor = ObjectEditor.open(page(), event);
        settle();
        try (RecordingPrompter answers = RecordingPrompter.register()) { // opens the dialog without blocking
            Object dialog = FormAccess.call(editor, "addChild", org.eclipse.emf.ecore.EReference.class, MosaicPackage.Literals.EVENT__VICTIMS);
            assertNotNull(dialog);
            assertEquals(java.util.List.of(dialog), answers.dialogs(), "the dialog opened through the prompter");
            assertEquals(before + 1, event.getVictims().size());
            Method control = dialog.getClass().getDeclaredMethod("control", String.class);
            control.setAccessible(true);
            Method ok = dialog.getClass().getDeclaredMethod("ok");
            ok.setAccessible(true);
            Method isOpen = dialog.getClass().getDeclaredMethod("isOpen");
            isOpen.setAccessible(true);
            Method error = dialog.getClass().getDeclaredMethod("error");
            error.setAccessible(true);
            Text count = (Text) control.invoke(dialog, "count");
            count.setText("three");
            ok.invoke(dialog);
            assertTrue((Boolean) isOpen.invoke(dialog), "an invalid count keeps the dialog open");
            assertTrue(String.valueOf(error.invoke(dialog)).startsWith("Count: 'three' is not a number"), String.valueOf(error.invoke(dialog)));
            shot("victims-dialog-invalid");
            count.setText("3");
            Combo sex = (Combo) control.invoke(dialog, "sex");
            sex.select(1); // female
            ok.invoke(dialog);
            settle();
            mosaic.model.VictimGroup added = event.getVictims().get(event.getVictims().size() - 1);
            assertEquals(3, added.getCount());
            assertEquals(mosaic.model.Sex.FEMALE, added.getSex());
            Sessions.current().domain().getCommandStack().undo();
            settle();
            assertEquals(0, added.getCount(), "one undo takes back every field the dialog set");
        }
    }

    @Test
    void openWorkspaceSwitchesAndRemembersIt() throws Exception {
        Path other = tmp.resolve("other-" + System.nanoTime());
        Workspace created = Workspace.init(other, null);
        Actor actor = created.create(MosaicPackage.Literals.ACTOR);
        actor.setName("Only actor");
        created.add(actor);
        created.saveAll(null);
        assertTrue(mosaic.ui.internal.handlers.OpenWorkspaceHandler.open(page().getWorkbenchWindow(), other));
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline && (Sessions.current().workspace() == null || Sessions.current().workspace().size() != 1)) {
            settle();
        }
        assertEquals(1, Sessions.current().workspace().size());
        NavigatorView navigator = (NavigatorView) page().showView(MosaicUi.VIEW_WORKSPACE);
        assertTrue(navigator.kindLabels().contains("Actors (1)"), navigator.kindLabels().toString());
        assertEquals(other.toRealPath().toString(), mosaic.ui.internal.preferences.AnalystPreferences.recent().get(0));
    }

    /** Reaches into the form page (package-private) by reflection, as a test may. */
    static final class FormAccess {
        static Object page(ObjectEditor editor) {
            return editor.formPage();
        }

        static Object call(ObjectEditor editor, String name, Class<?> type, Object arg) throws Exception {
            Object page = page(editor);
            Method method = type == null ? page.getClass().getDeclaredMethod(name) : page.getClass().getDeclaredMethod(name, type);
            method.setAccessible(true);
            return type == null ? method.invoke(page) : method.invoke(page, arg);
        }

        static org.eclipse.swt.widgets.Control control(ObjectEditor editor, org.eclipse.emf.ecore.EStructuralFeature feature) throws Exception {
            call(editor, "expandAll", null, null);
            return (org.eclipse.swt.widgets.Control) call(editor, "control", org.eclipse.emf.ecore.EStructuralFeature.class, feature);
        }

        static void commit(ObjectEditor editor, org.eclipse.emf.ecore.EStructuralFeature feature) throws Exception {
            Object field = call(editor, "field", org.eclipse.emf.ecore.EStructuralFeature.class, feature);
            Method commit = page(editor).getClass().getDeclaredMethod("commit", field.getClass());
            commit.setAccessible(true);
            commit.invoke(page(editor), field);
            settle();
        }

        static org.eclipse.ui.forms.IManagedForm form(ObjectEditor editor) throws Exception {
            return (org.eclipse.ui.forms.IManagedForm) call(editor, "form", null, null);
        }

        static String riskText(ObjectEditor editor) throws Exception {
            return (String) call(editor, "riskText", null, null);
        }
    }
}
