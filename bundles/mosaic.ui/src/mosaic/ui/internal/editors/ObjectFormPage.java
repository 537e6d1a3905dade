package mosaic.ui.internal.editors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import mosaic.core.workspace.Workspace;
import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Provenance;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;
import mosaic.model.validation.MosaicValidator;
import mosaic.ui.markings.Banner;
import mosaic.ui.session.Sessions;

/**
 * The form of one object: every field of its class in sections, each change a command on the
 * session's editing domain (undo and redo), the marking banner on top, validation messages on
 * the fields they concern.
 *
 * <p>The sections are {@link LazySections}, created when first shown; the field controls are
 * {@link FieldControls}'; an object inside this one is edited in a {@link ChildDialog}.</p>
 */
final class ObjectFormPage extends FormPage {

    final ObjectEditor editor;
    /** The text fields, the control showing each feature, and what shows the model's values in them. */
    final Map<EStructuralFeature, Field> fields = new LinkedHashMap<>();
    final Map<EStructuralFeature, Control> controls = new HashMap<>();
    final List<Runnable> refreshers = new ArrayList<>();
    final FieldControls fieldControls = new FieldControls(this);
    private final LazySections lazy = new LazySections(this);
    private Banner banner;
    private IManagedForm managedForm;
    /** The reference field that last had the focus, for F3. */
    EReference lastReference;

    ObjectFormPage(ObjectEditor editor) {
        super(editor, "form", "Form");
        this.editor = editor;
    }

    MosaicObject object() {
        return editor.object();
    }

    Workspace workspace() {
        return Sessions.current().workspace();
    }

    MissionRules rules() {
        return workspace().rules();
    }

    EditingDomain domain() {
        return Sessions.current().domain();
    }

    @Override
    protected void createFormContent(IManagedForm form) {
        managedForm = form;
        FormToolkit toolkit = form.getToolkit();
        ScrolledForm scrolled = form.getForm();
        MosaicObject object = object();
        // no decorateFormHeading: its separator makes the heading paint through an off-screen picture of itself on every paint
        heading(object);
        Composite body = scrolled.getBody();
        TableWrapLayout layout = new TableWrapLayout();
        // two columns of sections when there is room, one when the editor is narrow; chosen now from
        // the editor area's width, so that the first layout is the right one (changing the columns
        // afterwards lays the whole form out again)
        layout.numColumns = LazySections.columns(LazySections.availableSize(scrolled).x);
        layout.makeColumnsEqualWidth = true;
        body.setLayout(layout);
        scrolled.addListener(SWT.Resize, e -> {
            int width = scrolled.getClientArea().width;
            int columns = LazySections.columns(width);
            if (width > 0 && layout.numColumns != columns) {
                layout.numColumns = columns;
                if (banner.getLayoutData() instanceof TableWrapData data) {
                    data.colspan = columns;
                }
                scrolled.reflow(true);
            }
        });

        banner = new Banner(body);
        TableWrapData bannerData = new TableWrapData(TableWrapData.FILL_GRAB);
        bannerData.colspan = layout.numColumns;
        banner.setLayoutData(bannerData);
        lazy.start(LazySections.availableSize(scrolled).y, layout.numColumns);

        EClass eClass = object.eClass();
        Set<String> placed = new java.util.HashSet<>();
        int index = 0;
        for (Map.Entry<String, List<String>> section : Layouts.sections(eClass.getName()).entrySet()) {
            for (String name : section.getValue()) {
                if (eClass.getEStructuralFeature(name) != null) {
                    placed.add(name);
                }
            }
            lazy.lazySection(toolkit, body, section.getKey(), index++ < 2, LazySections.estimate(eClass, section.getValue()), client -> {
                for (String name : section.getValue()) {
                    EStructuralFeature feature = eClass.getEStructuralFeature(name);
                    if (feature != null) {
                        fieldControls.field(toolkit, client, object, feature);
                    }
                }
            });
        }
        List<EStructuralFeature> rest = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!placed.contains(feature.getName()) && !isSpecial(feature)) {
                rest.add(feature);
            }
        }
        if (!rest.isEmpty()) {
            lazy.lazySection(toolkit, body, "Details", index < 2, rest.stream().mapToInt(LazySections::estimate).sum(), client -> {
                for (EStructuralFeature feature : rest) {
                    fieldControls.field(toolkit, client, object, feature);
                }
            });
        }
        markingSection(toolkit, body, object);
        for (EReference containment : eClass.getEAllContainments()) {
            if (containment.isMany() && !isSpecial(containment)) {
                childrenSection(toolkit, body, object, containment);
            }
        }
        childrenSection(toolkit, body, object, MosaicPackage.Literals.MOSAIC_OBJECT__EVIDENCE);
        recordSection(toolkit, body, object);
        // no layout here: the form lays itself out once, when the editor is given its size
        refresh(false);
        if (lazy.hasDeferred()) {
            // the sections below the fold are filled once the editor has been drawn, one at a time
            body.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
                @Override
                public void handleEvent(org.eclipse.swt.widgets.Event event) {
                    body.removeListener(SWT.Paint, this);
                    body.getDisplay().asyncExec(lazy::fillNextDeferred);
                }
            });
        }
    }

    private static boolean isSpecial(EStructuralFeature feature) {
        return feature == MosaicPackage.Literals.MOSAIC_OBJECT__ID || feature == MosaicPackage.Literals.MOSAIC_OBJECT__MARKING
            || feature == MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE || feature == MosaicPackage.Literals.MOSAIC_OBJECT__EVIDENCE
            || (feature instanceof EReference r && r.isContainment());
    }

    // ------------------------------------------------------------------------------- sections and fields (LazySections, FieldControls)

    /** Fills every section still waiting below the fold, now (tests, the warm-up, code that shows a field). */
    void fillDeferred() {
        lazy.fillDeferred();
    }

    /** When the first section below the fold began to be filled ({@link System#nanoTime()}), or 0. */
    long deferredStartNanos() {
        return lazy.deferredStartNanos();
    }

    /** Expands a section, creating its fields first (for tests, and for code that shows a field). */
    void expand(String title) {
        lazy.expand(title);
    }

    /** Expands every section, for tests. */
    void expandAll() {
        lazy.expandAll();
    }

    /** Applies a text field's value as a command, or shows why it cannot be applied. */
    void commit(Field field) {
        if (field.control.isDisposed()) {
            return;
        }
        String key = "parse:" + field.feature.getName();
        Object value;
        try {
            value = field.parse(((Text) field.control).getText());
        } catch (IllegalArgumentException e) {
            managedForm.getMessageManager().addMessage(key, Field.label(field.feature) + ": " + e.getMessage(), null,
                IMessageProvider.ERROR, field.control);
            return;
        }
        managedForm.getMessageManager().removeMessage(key, field.control);
        field.editing = false;
        Object current = field.owner.eGet(field.feature);
        if (java.util.Objects.equals(current, value) || (value instanceof Collection<?> c && c.equals(current))) {
            return;
        }
        execute(SetCommand.create(domain(), field.owner, field.feature, value));
    }

    /** The risk shown in the Threat form, for tests. */
    String riskText() {
        return fieldControls.riskText();
    }

    // ------------------------------------------------------------------------------- other sections

    private void markingSection(FormToolkit toolkit, Composite body, MosaicObject object) {
        lazy.lazySection(toolkit, body, "Marking", true, 3 * LazySections.ROW_ESTIMATE, client -> {
        Marking marking = object.getMarking();
        toolkit.createLabel(client, "Classification *");
        Combo classification = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(classification, true, false);
        classification.setLayoutData(FieldControls.fill());
        List<String> codes = rules().classificationCodes();
        for (String code : codes) {
            classification.add(rules().classification(code).map(Level::getLabel).orElse(code));
        }
        classification.addListener(SWT.Selection, e -> {
            String chosen = codes.get(classification.getSelectionIndex());
            if (!editor.changeClassification(chosen)) {
                refresh();
            }
        });
        controls.put(MosaicPackage.Literals.MARKING__CLASSIFICATION, classification);
        refreshers.add(() -> classification.select(Math.max(0, codes.indexOf(object.getMarking() == null ? null : object.getMarking().getClassification()))));
        if (marking != null) {
            fieldControls.field(toolkit, client, marking, MosaicPackage.Literals.MARKING__RELEASABLE_TO);
            fieldControls.field(toolkit, client, marking, MosaicPackage.Literals.MARKING__COMPARTMENT);
        }
        });
    }

    private void childrenSection(FormToolkit toolkit, Composite body, MosaicObject object, EReference containment) {
        lazy.lazySection(toolkit, body, Field.label(containment), false, 0, client -> {
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(client, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER | SWT.H_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        data.heightHint = 60;
        data.widthHint = 200;
        list.setLayoutData(data);
        Button add = toolkit.createButton(client, "Add", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button remove = toolkit.createButton(client, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button edit = toolkit.createButton(client, "Edit...", SWT.PUSH);
        edit.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        List<EObject> shown = new ArrayList<>();
        Runnable editSelected = () -> {
            int index = list.getSelectionIndex();
            if (index >= 0) {
                mosaic.ui.Prompter.get().open(new ChildDialog(this, shown.get(index)));
            }
        };
        edit.addListener(SWT.Selection, e -> editSelected.run());
        list.addListener(SWT.DefaultSelection, e -> editSelected.run());
        add.addListener(SWT.Selection, e -> addChild(containment));
        remove.addListener(SWT.Selection, e -> {
            int index = list.getSelectionIndex();
            if (index >= 0) {
                execute(RemoveCommand.create(domain(), object, containment, shown.get(index)));
            }
        });
        refreshers.add(() -> {
            shown.clear();
            list.removeAll();
            for (Object child : (List<?>) object.eGet(containment)) {
                shown.add((EObject) child);
                list.add(describeChild((EObject) child));
            }
        });
        controls.put(containment, list);
        });
    }

    private String describeChild(EObject child) {
        IItemLabelProvider labels = (IItemLabelProvider) Sessions.current().adapterFactory().adapt(child, IItemLabelProvider.class);
        StringBuilder text = new StringBuilder(labels == null ? child.eClass().getName() : labels.getText(child));
        for (EReference reference : child.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && child.eGet(reference) instanceof EObject target) {
                text.append(" · ").append(Field.label(reference)).append(": ").append(target.eIsProxy() ? "(not available)" : Kinds.title(target));
            }
        }
        return text.toString();
    }

    private void recordSection(FormToolkit toolkit, Composite body, MosaicObject object) {
        lazy.lazySection(toolkit, body, "Record", false, 0, client -> {
        toolkit.createLabel(client, "Id");
        Text id = toolkit.createText(client, object.getId(), SWT.READ_ONLY);
        id.setLayoutData(FieldControls.fill());
        toolkit.createLabel(client, "Provenance");
        Label provenance = toolkit.createLabel(client, "", SWT.WRAP);
        provenance.setLayoutData(FieldControls.fill());
        toolkit.createLabel(client, "File");
        Text file = toolkit.createText(client, workspace().relative(workspace().fileOf(object)), SWT.READ_ONLY);
        file.setLayoutData(FieldControls.fill());
        refreshers.add(() -> {
            Provenance p = object.getProvenance();
            provenance.setText(p == null ? "" : "created by " + p.getCreatedBy() + " " + time(p.getCreatedAt())
                + (p.getChangedBy() == null ? "" : "; changed by " + p.getChangedBy() + " " + time(p.getChangedAt())));
        });
        });
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString().replace('T', ' ').replace("Z", " UTC");
    }

    /** Adds a new object inside this one (a victim group, evidence ...) and opens it for editing. */
    ChildDialog addChild(EReference containment) {
        EObject child = EcoreUtil.create(containment.getEReferenceType());
        execute(AddCommand.create(domain(), object(), containment, child));
        if (!((List<?>) object().eGet(containment)).contains(child)) {
            return null;
        }
        ChildDialog dialog = new ChildDialog(this, child);
        mosaic.ui.Prompter.get().open(dialog);
        return dialog;
    }

    // ------------------------------------------------------------------------------- updating

    void execute(Command command) {
        if (command.canExecute()) {
            domain().getCommandStack().execute(command);
        } else {
            refresh();
        }
    }

    /**
     * Sets the form's heading to the object's kind and title. Set on the {@link org.eclipse.ui.forms.widgets.Form}
     * rather than the {@link ScrolledForm}: the latter lays the whole form out again after each of
     * its setters, which is needed only once the form has been laid out (a rename), not while it
     * is being created.
     */
    private void heading(MosaicObject object) {
        ScrolledForm scrolled = managedForm.getForm();
        var form = scrolled.getForm();
        boolean changed = false;
        String title = Kinds.displayName(object.eClass()) + ": " + Kinds.title(object);
        if (!title.equals(form.getText())) {
            form.setText(title);
            changed = true;
        }
        var image = mosaic.ui.internal.navigator.Icons.of(object);
        if (image != form.getImage()) {
            form.setImage(image);
            changed = true;
        }
        if (changed && scrolled.getSize().x > 0) { // laid out already: a rename
            scrolled.reflow(true);
        }
    }

    /** Shows the model's current values and its validation messages. */
    void refresh() {
        refresh(true);
    }

    void refresh(boolean layout) {
        if (managedForm == null || managedForm.getForm().isDisposed()) {
            return;
        }
        MosaicObject object = object();
        heading(object);
        banner.show(object.getMarking(), rules());
        for (Runnable refresher : refreshers) {
            refresher.run();
        }
        validate();
        if (layout) {
            managedForm.getForm().getBody().layout(true, true);
        }
    }

    private void validate() {
        IMessageManager messages = managedForm.getMessageManager();
        messages.setAutoUpdate(false);
        for (Map.Entry<EStructuralFeature, Control> entry : controls.entrySet()) {
            if (!entry.getValue().isDisposed()) {
                messages.removeMessage("rule:" + entry.getKey().getName(), entry.getValue());
            }
        }
        messages.removeMessage("rule:*");
        BasicDiagnostic diagnostic = Diagnostician.INSTANCE.createDefaultDiagnostic(object());
        Map<Object, Object> context = new HashMap<>();
        context.put(MosaicValidator.RULES, rules());
        Diagnostician.INSTANCE.validate(object(), diagnostic, context);
        for (Diagnostic child : flatten(diagnostic)) {
            if (child.getSeverity() < Diagnostic.WARNING) {
                continue;
            }
            int type = child.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING;
            EStructuralFeature feature = child.getData().size() > 1 && child.getData().get(1) instanceof EStructuralFeature f ? f : null;
            Control control = feature == null ? null : controls.get(feature);
            String text = child.getMessage();
            if (control != null && !control.isDisposed()) {
                messages.addMessage("rule:" + feature.getName(), text, null, type, control);
            } else {
                messages.addMessage("rule:*", text, null, type);
            }
        }
        messages.setAutoUpdate(true);
    }

    private static List<Diagnostic> flatten(Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            all.add(child);
            all.addAll(flatten(child));
        }
        return all;
    }

    /** Opens the target of the reference whose field has the focus, if any. */
    void openFocusedReference() {
        for (Map.Entry<EStructuralFeature, Control> entry : controls.entrySet()) {
            Control control = entry.getValue();
            if (entry.getKey() instanceof EReference reference && !reference.isContainment() && !control.isDisposed()
                && (control.isFocusControl() || reference == lastReference)) {
                EObject owner = object();
                Object value = owner.eGet(reference);
                if (value instanceof List<?> list && control instanceof org.eclipse.swt.widgets.List widget) {
                    int index = widget.getSelectionIndex();
                    value = index >= 0 && index < list.size() ? list.get(index) : list.isEmpty() ? null : list.get(0);
                }
                if (value instanceof MosaicObject target && !target.eIsProxy()) {
                    Editors.open(editor.getSite().getPage(), target);
                }
                return;
            }
        }
    }

    /** The control showing a feature, for tests. */
    Control control(EStructuralFeature feature) {
        fillDeferred();
        return controls.get(feature);
    }

    Field field(EStructuralFeature feature) {
        fillDeferred();
        return fields.get(feature);
    }

    IManagedForm form() {
        return managedForm;
    }

    Banner banner() {
        return banner;
    }

}
