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
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
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
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import mosaic.core.workspace.Workspace;
import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.NamedObject;
import mosaic.model.Provenance;
import mosaic.model.Scale;
import mosaic.model.Term;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;
import mosaic.model.validation.MosaicValidator;
import mosaic.ui.internal.navigator.Matching;
import mosaic.ui.markings.Banner;
import mosaic.ui.session.Session;

/**
 * The form of one object: every field of its class in sections, each change a command on the
 * session's editing domain (undo and redo), the marking banner on top, validation messages on
 * the fields they concern.
 */
final class ObjectFormPage extends FormPage {


    private final ObjectEditor editor;
    private final Map<EStructuralFeature, Field> fields = new LinkedHashMap<>();
    private final Map<EStructuralFeature, Control> controls = new HashMap<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private Banner banner;
    private IManagedForm managedForm;
    private Label riskCell;
    /** Below this width (pixels) the form shows its sections in one column. */
    private static final int TWO_COLUMNS_MIN_WIDTH = 820;
    /** The reference field that last had the focus, for F3. */
    private EReference lastReference;

    ObjectFormPage(ObjectEditor editor) {
        super(editor, "form", "Form");
        this.editor = editor;
    }

    private MosaicObject object() {
        return editor.object();
    }

    private Workspace workspace() {
        return Session.get().workspace();
    }

    private MissionRules rules() {
        return workspace().rules();
    }

    private EditingDomain domain() {
        return Session.get().domain();
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
        layout.numColumns = columns(availableSize(scrolled).x);
        layout.makeColumnsEqualWidth = true;
        body.setLayout(layout);
        scrolled.addListener(SWT.Resize, e -> {
            int width = scrolled.getClientArea().width;
            int columns = columns(width);
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
        visibleHeight = availableSize(scrolled).y;
        estimatedColumns = layout.numColumns;

        EClass eClass = object.eClass();
        Set<String> placed = new java.util.HashSet<>();
        int index = 0;
        for (Map.Entry<String, List<String>> section : Layouts.sections(eClass.getName()).entrySet()) {
            for (String name : section.getValue()) {
                if (eClass.getEStructuralFeature(name) != null) {
                    placed.add(name);
                }
            }
            lazySection(toolkit, body, section.getKey(), index++ < 2, estimate(eClass, section.getValue()), client -> {
                for (String name : section.getValue()) {
                    EStructuralFeature feature = eClass.getEStructuralFeature(name);
                    if (feature != null) {
                        field(toolkit, client, object, feature);
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
            lazySection(toolkit, body, "Details", index < 2, rest.stream().mapToInt(ObjectFormPage::estimate).sum(), client -> {
                for (EStructuralFeature feature : rest) {
                    field(toolkit, client, object, feature);
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
        if (!deferred.isEmpty()) {
            // the sections below the fold are filled once the editor has been drawn, one at a time
            body.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
                @Override
                public void handleEvent(org.eclipse.swt.widgets.Event event) {
                    body.removeListener(SWT.Paint, this);
                    body.getDisplay().asyncExec(ObjectFormPage.this::fillNextDeferred);
                }
            });
        }
    }

    // ------------------------------------------------------------------------------- sections below the fold

    /** Estimated heights, in pixels, used only to tell which sections show when the editor opens. */
    private static final int ROW_ESTIMATE = 32;
    private static final int SECTION_TITLE_ESTIMATE = 30;
    private static final int HEADER_ESTIMATE = 70;
    /** The height the form will have when it opens (0: unknown, then nothing is deferred). */
    private int visibleHeight;
    private int estimatedColumns = 1;
    private int sectionCount;
    private int rowTop = HEADER_ESTIMATE;
    private int rowHeight;
    /** Expanded sections below the fold, in order, whose fields are still to be created. */
    private final java.util.Deque<Runnable> deferred = new java.util.ArrayDeque<>();
    /** When the first section below the fold began to be filled, in {@link System#nanoTime()}; 0 before. */
    private long deferredStartNanos;

    private static int estimate(EClass eClass, List<String> names) {
        int height = 0;
        for (String name : names) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature != null) {
                height += estimate(feature);
            }
        }
        return height;
    }

    private static int estimate(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            return reference.isMany() ? 3 * ROW_ESTIMATE : ROW_ESTIMATE;
        }
        return Layouts.LONG_TEXT.contains(feature.getName()) || feature.isMany() ? 2 * ROW_ESTIMATE + 8 : ROW_ESTIMATE;
    }

    /**
     * Whether a section about to be added, of an estimated height, begins within the part of the
     * form seen when the editor opens (sections go row by row, as many to a row as there are columns).
     */
    private boolean inView(int height) {
        int position = sectionCount++;
        if (position > 0 && position % estimatedColumns == 0) {
            rowTop += rowHeight;
            rowHeight = 0;
        }
        rowHeight = Math.max(rowHeight, SECTION_TITLE_ESTIMATE + height);
        return visibleHeight <= 0 || rowTop < visibleHeight;
    }

    /** Fills the next section below the fold, then lets the UI breathe before the one after. */
    private void fillNextDeferred() {
        if (fillDeferred(false)) {
            managedForm.getForm().getDisplay().asyncExec(this::fillNextDeferred);
        }
    }

    /** Fills every section still waiting below the fold, now (tests, the warm-up, code that shows a field). */
    void fillDeferred() {
        fillDeferred(true);
    }

    /** Fills all the waiting sections, or the next one; whether any is still waiting. */
    private boolean fillDeferred(boolean all) {
        if (managedForm == null || managedForm.getForm().isDisposed() || deferred.isEmpty()) {
            return false;
        }
        if (deferredStartNanos == 0) {
            deferredStartNanos = System.nanoTime();
        }
        do {
            deferred.poll().run();
        } while (all && !deferred.isEmpty());
        refresh(false);
        managedForm.getForm().reflow(true);
        return !deferred.isEmpty();
    }

    /** When the first section below the fold began to be filled ({@link System#nanoTime()}), or 0. */
    long deferredStartNanos() {
        return deferredStartNanos;
    }

    /** A section's client that stands in at its estimated height until its fields are created. */
    private static final class PendingClient extends Composite {
        private final int estimate;
        boolean filled;

        PendingClient(Composite parent, int estimate) {
            super(parent, SWT.NONE);
            this.estimate = estimate;
        }

        @Override
        public org.eclipse.swt.graphics.Point computeSize(int wHint, int hHint, boolean changed) {
            return filled ? super.computeSize(wHint, hHint, changed)
                : new org.eclipse.swt.graphics.Point(wHint == SWT.DEFAULT ? 100 : wHint, estimate);
        }
    }

    /** How many columns of sections fit in a width (2 when the width is not known yet). */
    private static int columns(int width) {
        return width > 0 && width < TWO_COLUMNS_MIN_WIDTH ? 1 : 2;
    }

    /**
     * The size the form will have: its own when it has one, else that of the nearest enclosing
     * composite that has been laid out (the editor area, when a new editor is being created);
     * (0, 0) when none has been.
     */
    private static org.eclipse.swt.graphics.Point availableSize(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            org.eclipse.swt.graphics.Point size = c instanceof Composite composite
                ? new org.eclipse.swt.graphics.Point(composite.getClientArea().width, composite.getClientArea().height) : c.getSize();
            if (size.x > 0) {
                return size;
            }
        }
        return new org.eclipse.swt.graphics.Point(0, 0);
    }

    /**
     * The sections' title style. A full title bar paints through an off-screen picture of the
     * whole section on every paint, which was a tenth of the time to open an editor; the short
     * bar draws its line directly.
     */
    private static final int SECTION_STYLE = Section.SHORT_TITLE_BAR;

    private static boolean isSpecial(EStructuralFeature feature) {
        return feature == MosaicPackage.Literals.MOSAIC_OBJECT__ID || feature == MosaicPackage.Literals.MOSAIC_OBJECT__MARKING
            || feature == MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE || feature == MosaicPackage.Literals.MOSAIC_OBJECT__EVIDENCE
            || (feature instanceof EReference r && r.isContainment());
    }

    /**
     * A section whose fields are created when they are first shown: an editor opens with the
     * sections an analyst reads first, expanded, and pays for the others only when they are
     * opened. An expanded section below the fold gets its fields just after the editor is first
     * drawn (see {@link #fillNextDeferred}).
     *
     * @param estimate the height of its fields, about, in pixels
     */
    private void lazySection(FormToolkit toolkit, Composite body, String title, boolean expanded, int estimate,
                             java.util.function.Consumer<Composite> fill) {
        Section section = toolkit.createSection(body, SECTION_STYLE | Section.TWISTIE | (expanded ? Section.EXPANDED : 0));
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        boolean shown = inView(expanded ? estimate : 0);
        boolean later = expanded && !shown;
        PendingClient pending = later ? new PendingClient(section, estimate) : null;
        if (pending != null) {
            toolkit.adapt(pending);
            section.setClient(pending);
        }
        Runnable create = () -> {
            Composite client = pending != null ? pending : toolkit.createComposite(section);
            GridLayout grid = new GridLayout(2, false);
            grid.horizontalSpacing = 8;
            client.setLayout(grid);
            fill.accept(client);
            if (pending != null) {
                pending.filled = true;
            } else {
                section.setClient(client);
            }
        };
        boolean[] created = {false};
        Runnable createOnce = () -> {
            if (!created[0]) {
                created[0] = true;
                create.run();
            }
        };
        creators.put(title, createOnce);
        if (later) {
            deferred.add(createOnce);
        } else if (expanded) {
            createOnce.run();
        } else {
            section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
                @Override
                public void expansionStateChanging(org.eclipse.ui.forms.events.ExpansionEvent e) {
                    if (!created[0] && e.getState()) {
                        createOnce.run();
                        refresh();
                    }
                }

                @Override
                public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
                    managedForm.getForm().reflow(true);
                }
            });
        }
        sections.put(title, section);
    }

    /** Sections by title, and what creates their fields. */
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, Runnable> creators = new HashMap<>();

    /** Expands a section, creating its fields first (for tests, and for code that shows a field). */
    void expand(String title) {
        Section section = sections.get(title);
        Runnable creator = creators.get(title);
        if (section != null && creator != null) {
            creator.run();
            section.setExpanded(true);
            refresh();
            managedForm.getForm().reflow(true);
        }
    }

    /** Expands every section, for tests. */
    void expandAll() {
        fillDeferred();
        for (String title : new ArrayList<>(sections.keySet())) {
            expand(title);
        }
    }

    private Label label(FormToolkit toolkit, Composite parent, EStructuralFeature feature) {
        String text = Field.label(feature) + (feature.getLowerBound() > 0 ? " *" : "");
        Label label = toolkit.createLabel(parent, text);
        label.setLayoutData(new GridData(SWT.LEFT, feature instanceof EAttribute a && (Layouts.LONG_TEXT.contains(a.getName()) || a.isMany())
            ? SWT.TOP : SWT.CENTER, false, false));
        return label;
    }

    // ------------------------------------------------------------------------------- fields

    private void field(FormToolkit toolkit, Composite parent, EObject owner, EStructuralFeature feature) {
        label(toolkit, parent, feature);
        Control control;
        String className = owner.eClass().getName();
        if (feature instanceof EReference reference) {
            control = reference.isMany() ? manyReference(toolkit, parent, owner, reference) : singleReference(toolkit, parent, owner, reference);
        } else {
            EAttribute attribute = (EAttribute) feature;
            String codes = Layouts.codes(className, attribute.getName());
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (owner instanceof Threat && attribute.getName().equals("risk")) {
                control = riskField(toolkit, parent, (Threat) owner);
            } else if (codes != null && !attribute.isMany()) {
                control = codeCombo(toolkit, parent, owner, attribute, codes);
            } else if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                control = enumCombo(toolkit, parent, owner, attribute, eEnum);
            } else if (type == boolean.class || type == Boolean.class) {
                Button check = toolkit.createButton(parent, "", SWT.CHECK);
                check.addListener(SWT.Selection, e -> execute(SetCommand.create(domain(), owner, attribute, check.getSelection())));
                refreshers.add(() -> check.setSelection(Boolean.TRUE.equals(owner.eGet(attribute))));
                control = check;
            } else {
                control = textField(toolkit, parent, owner, attribute);
            }
        }
        controls.put(feature, control);
        if (feature instanceof EReference reference) {
            control.addListener(SWT.FocusIn, e -> lastReference = reference);
        }
    }

    private Control textField(FormToolkit toolkit, Composite parent, EObject owner, EAttribute attribute) {
        boolean multi = Layouts.LONG_TEXT.contains(attribute.getName()) || attribute.isMany();
        Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        GridData data = fill();
        if (multi) {
            data.heightHint = attribute.isMany() ? 48 : 64;
            data.widthHint = 120;
        }
        text.setLayoutData(data);
        Field field = new Field(owner, attribute, text);
        fields.put(attribute, field);
        Runnable commit = () -> commit(field);
        text.addListener(SWT.FocusOut, e -> commit.run());
        if (!multi) {
            text.addListener(SWT.DefaultSelection, e -> commit.run());
        }
        refreshers.add(() -> {
            if (!text.isFocusControl() || !field.editing) {
                String shown = field.format();
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
                field.editing = false;
            }
        });
        text.addListener(SWT.Modify, e -> {
            if (text.isFocusControl()) {
                field.editing = true;
            }
        });
        return text;
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

    private Control codeCombo(FormToolkit toolkit, Composite parent, EObject owner, EAttribute attribute, String codes) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setLayoutData(fill());
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        codeValues(codes, values, labels);
        combo.setItems(labels.toArray(String[]::new));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            String value = index < 0 ? null : values.get(index);
            if (!java.util.Objects.equals(value, owner.eGet(attribute))) {
                // a threat's risk follows in the same command: the session's domain adds it
                execute(SetCommand.create(domain(), owner, attribute, value));
            }
        });
        refreshers.add(() -> {
            Object value = owner.eGet(attribute);
            int index = values.indexOf(value);
            if (index < 0 && value != null) {
                values.add((String) value);
                combo.add(value + " (not in the mission's list)");
                index = values.size() - 1;
            }
            combo.select(Math.max(index, 0));
        });
        return combo;
    }

    /** The codes (and their labels) a code field offers: a scale's levels or a taxonomy's terms ("tax:NAME"), after a blank. */
    private void codeValues(String codes, List<String> values, List<String> labels) {
        values.add(null);
        labels.add("");
        if (codes.startsWith("tax:")) {
            rules().configuration().getTaxonomies().stream().filter(t -> t.getName().equals(codes.substring(4))).findFirst()
                .ifPresent(t -> addTerms(t.getTerms(), values, labels, ""));
        } else {
            Scale scale = rules().scale(codes).orElse(null);
            if (scale != null) {
                for (Level level : scale.getLevels()) {
                    values.add(level.getCode());
                    labels.add(level.getLabel() == null || level.getLabel().equals(level.getCode()) ? level.getCode()
                        : level.getCode() + " - " + level.getLabel());
                }
            }
        }
    }

    private static void addTerms(List<Term> terms, List<String> values, List<String> labels, String indent) {
        for (Term term : terms) {
            values.add(term.getCode());
            labels.add(indent + (term.getLabel() == null ? term.getCode() : term.getLabel()));
            addTerms(term.getTerms(), values, labels, indent + "  ");
        }
    }

    private Control riskField(FormToolkit toolkit, Composite parent, Threat threat) {
        riskCell = toolkit.createLabel(parent, "", SWT.CENTER);
        GridData data = fill();
        riskCell.setLayoutData(data);
        refreshers.add(() -> {
            String risk = threat.getRisk();
            String expected = rules().expectedRisk(threat).orElse(null);
            Level level = rules().level(MissionRules.RISK, risk).orElse(null);
            String label = level == null ? (risk == null ? "(set likelihood and impact)" : risk) : level.getLabel();
            if (expected != null && !expected.equals(risk)) {
                label += "  (the matrix gives " + rules().label(MissionRules.RISK, expected) + ")";
            }
            riskCell.setText(label);
            if (level != null && level.getColour() != null) {
                riskCell.setBackground(mosaic.ui.markings.MarkingStyle.colour(level.getColour()));
                riskCell.setForeground(riskCell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            }
        });
        return riskCell;
    }

    /** The risk shown in the Threat form, for tests. */
    String riskText() {
        return riskCell == null ? null : riskCell.getText();
    }

    private Control enumCombo(FormToolkit toolkit, Composite parent, EObject owner, EAttribute attribute, EEnum eEnum) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setLayoutData(fill());
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            combo.add(Field.words(literal.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        combo.addListener(SWT.Selection, e -> {
            Object value = eEnum.getELiterals().get(combo.getSelectionIndex()).getInstance();
            if (value != owner.eGet(attribute)) {
                execute(SetCommand.create(domain(), owner, attribute, value));
            }
        });
        refreshers.add(() -> {
            Object value = owner.eGet(attribute);
            for (int i = 0; i < eEnum.getELiterals().size(); i++) {
                if (eEnum.getELiterals().get(i).getInstance() == value) {
                    combo.select(i);
                }
            }
        });
        return combo;
    }

    // ------------------------------------------------------------------------------- references

    private List<MosaicObject> candidates(EReference reference) {
        List<MosaicObject> result = new ArrayList<>();
        for (MosaicObject candidate : workspace().all()) {
            if (reference.getEReferenceType().isInstance(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    private ContentProposalAdapter proposals(Text text, EReference reference, java.util.function.Consumer<MosaicObject> chosen) {
        Map<String, MosaicObject> byProposal = new HashMap<>();
        ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(), (contents, position) -> {
            String key = Matching.key(contents);
            List<IContentProposal> list = new ArrayList<>();
            byProposal.clear();
            for (MosaicObject candidate : candidates(reference)) {
                List<String> names = new ArrayList<>();
                names.add(Kinds.title(candidate));
                if (candidate instanceof NamedObject named) {
                    names.addAll(named.getAliases());
                }
                for (String name : names) {
                    if (Matching.key(name).contains(key)) {
                        String label = name.equals(Kinds.title(candidate)) ? name : Kinds.title(candidate) + " (" + name + ")";
                        String id = candidate.getId();
                        byProposal.put(id, candidate);
                        list.add(new ContentProposal(id, label, Kinds.describe(candidate)));
                        break;
                    }
                }
                if (list.size() >= 50) {
                    break;
                }
            }
            return list.toArray(IContentProposal[]::new);
        }, null, null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
        adapter.setAutoActivationDelay(150);
        adapter.addContentProposalListener(proposal -> chosen.accept(byProposal.get(proposal.getContent())));
        return adapter;
    }

    private Control singleReference(FormToolkit toolkit, Composite parent, EObject owner, EReference reference) {
        Composite row = toolkit.createComposite(parent);
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        row.setLayout(grid);
        row.setLayoutData(fill());
        Text text = toolkit.createText(row, "", SWT.SINGLE);
        text.setLayoutData(fill());
        text.setMessage("Type a name or alias");
        Hyperlink open = toolkit.createHyperlink(row, "Open", SWT.NONE);
        open.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                if (owner.eGet(reference) instanceof MosaicObject target && !target.eIsProxy()) {
                    Editors.open(editor.getSite().getPage(), target);
                }
            }
        });
        proposals(text, reference, target -> {
            if (target != null && target != owner.eGet(reference)) {
                execute(SetCommand.create(domain(), owner, reference, target));
            }
        });
        text.addListener(SWT.FocusOut, e -> {
            if (text.getText().isBlank() && owner.eGet(reference) != null) {
                execute(SetCommand.create(domain(), owner, reference, SetCommand.UNSET_VALUE));
            } else {
                refresh();
            }
        });
        refreshers.add(() -> {
            Object target = owner.eGet(reference);
            String shown = target == null ? "" : target instanceof EObject e && e.eIsProxy() ? "(not available: " + EcoreUtil.getURI(e).lastSegment() + ")"
                : Kinds.title((EObject) target);
            if (!text.isFocusControl()) {
                text.setText(shown);
            }
            open.setEnabled(target instanceof EObject e && !e.eIsProxy());
        });
        return text;
    }

    private Control manyReference(FormToolkit toolkit, Composite parent, EObject owner, EReference reference) {
        Composite box = toolkit.createComposite(parent);
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        box.setLayout(grid);
        box.setLayoutData(fill());
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(box, SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        listData.heightHint = 56;
        list.setLayoutData(listData);
        Button remove = toolkit.createButton(box, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Hyperlink open = toolkit.createHyperlink(box, "Open", SWT.NONE);
        Text add = toolkit.createText(box, "", SWT.SINGLE);
        add.setMessage("Add: type a name or alias");
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        List<EObject> shown = new ArrayList<>();
        proposals(add, reference, target -> {
            @SuppressWarnings("unchecked")
            List<EObject> current = (List<EObject>) owner.eGet(reference);
            if (target != null && !current.contains(target)) {
                execute(AddCommand.create(domain(), owner, reference, target));
            }
            add.setText("");
        });
        remove.addListener(SWT.Selection, e -> {
            List<EObject> selected = new ArrayList<>();
            for (int index : list.getSelectionIndices()) {
                selected.add(shown.get(index));
            }
            if (!selected.isEmpty()) {
                execute(RemoveCommand.create(domain(), owner, reference, selected));
            }
        });
        Runnable openSelected = () -> {
            for (int index : list.getSelectionIndices()) {
                if (shown.get(index) instanceof MosaicObject target && !target.eIsProxy()) {
                    Editors.open(editor.getSite().getPage(), target);
                }
            }
        };
        list.addListener(SWT.DefaultSelection, e -> openSelected.run());
        open.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                openSelected.run();
            }
        });
        refreshers.add(() -> {
            shown.clear();
            list.removeAll();
            for (Object value : (List<?>) owner.eGet(reference)) {
                EObject target = (EObject) value;
                shown.add(target);
                list.add(target.eIsProxy() ? "(not available to you: " + EcoreUtil.getURI(target).lastSegment() + ")" : Kinds.title(target));
            }
        });
        return list;
    }

    // ------------------------------------------------------------------------------- other sections

    private void markingSection(FormToolkit toolkit, Composite body, MosaicObject object) {
        lazySection(toolkit, body, "Marking", true, 3 * ROW_ESTIMATE, client -> {
        Marking marking = object.getMarking();
        toolkit.createLabel(client, "Classification *");
        Combo classification = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(classification, true, false);
        classification.setLayoutData(fill());
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
            field(toolkit, client, marking, MosaicPackage.Literals.MARKING__RELEASABLE_TO);
            field(toolkit, client, marking, MosaicPackage.Literals.MARKING__COMPARTMENT);
        }
        });
    }

    private void childrenSection(FormToolkit toolkit, Composite body, MosaicObject object, EReference containment) {
        lazySection(toolkit, body, Field.label(containment), false, 0, client -> {
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
                mosaic.ui.Prompter.get().open(new ChildDialog(shown.get(index)));
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
        IItemLabelProvider labels = (IItemLabelProvider) Session.get().adapterFactory().adapt(child, IItemLabelProvider.class);
        StringBuilder text = new StringBuilder(labels == null ? child.eClass().getName() : labels.getText(child));
        for (EReference reference : child.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isMany() && child.eGet(reference) instanceof EObject target) {
                text.append(" · ").append(Field.label(reference)).append(": ").append(target.eIsProxy() ? "(not available)" : Kinds.title(target));
            }
        }
        return text.toString();
    }

    private void recordSection(FormToolkit toolkit, Composite body, MosaicObject object) {
        lazySection(toolkit, body, "Record", false, 0, client -> {
        toolkit.createLabel(client, "Id");
        Text id = toolkit.createText(client, object.getId(), SWT.READ_ONLY);
        id.setLayoutData(fill());
        toolkit.createLabel(client, "Provenance");
        Label provenance = toolkit.createLabel(client, "", SWT.WRAP);
        provenance.setLayoutData(fill());
        toolkit.createLabel(client, "File");
        Text file = toolkit.createText(client, workspace().relative(workspace().fileOf(object)), SWT.READ_ONLY);
        file.setLayoutData(fill());
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
        ChildDialog dialog = new ChildDialog(child);
        mosaic.ui.Prompter.get().open(dialog);
        return dialog;
    }

    /**
     * Edits the fields of an object inside this one (evidence, victims, an action point ...): on
     * OK every changed field is set by one compound command, so one undo takes it back.
     */
    final class ChildDialog extends org.eclipse.jface.dialogs.TitleAreaDialog {
        private final EObject child;
        private final Map<EStructuralFeature, java.util.function.Supplier<Object>> readers = new LinkedHashMap<>();

        private final Map<String, Control> byName = new HashMap<>();

        ChildDialog(EObject child) {
            super(editor.getSite().getShell());
            this.child = child;
        }

        /** The control of a field, for tests. */
        Control control(String feature) {
            return byName.get(feature);
        }

        /** Presses OK, for tests. */
        void ok() {
            okPressed();
        }

        /** Whether the dialog is still open (a value was refused), for tests. */
        boolean isOpen() {
            return getShell() != null && !getShell().isDisposed();
        }

        String error() {
            return getErrorMessage();
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle(Field.words(child.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()));
            setMessage("In " + Kinds.describe(object()));
            Composite body = new Composite(area, SWT.NONE);
            body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            body.setLayout(new GridLayout(2, false));
            String className = child.eClass().getName();
            for (EAttribute attribute : child.eClass().getEAllAttributes()) {
                if (attribute.isDerived() || attribute.isTransient()) {
                    continue;
                }
                new Label(body, SWT.NONE).setText(Field.label(attribute) + (attribute.getLowerBound() > 0 ? " *" : ""));
                String codes = Layouts.codes(className, attribute.getName());
                if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                    Combo combo = new Combo(body, SWT.READ_ONLY);
                    for (EEnumLiteral literal : eEnum.getELiterals()) {
                        combo.add(Field.words(literal.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
                        if (literal.getInstance() == child.eGet(attribute)) {
                            combo.select(combo.getItemCount() - 1);
                        }
                    }
                    byName.put(attribute.getName(), combo);
                    readers.put(attribute, () -> combo.getSelectionIndex() < 0 ? child.eGet(attribute)
                        : eEnum.getELiterals().get(combo.getSelectionIndex()).getInstance());
                } else if (codes != null) {
                    List<String> values = new ArrayList<>();
                    List<String> labels = new ArrayList<>();
                    codeValues(codes, values, labels);
                    Combo combo = new Combo(body, SWT.READ_ONLY);
                    combo.setItems(labels.toArray(String[]::new));
                    combo.select(Math.max(0, values.indexOf(child.eGet(attribute))));
                    byName.put(attribute.getName(), combo);
                    readers.put(attribute, () -> values.get(Math.max(0, combo.getSelectionIndex())));
                } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
                    Button check = new Button(body, SWT.CHECK);
                    check.setSelection(Boolean.TRUE.equals(child.eGet(attribute)));
                    byName.put(attribute.getName(), check);
                    readers.put(attribute, check::getSelection);
                } else {
                    Text text = new Text(body, SWT.BORDER | (attribute.isMany() ? SWT.MULTI : SWT.SINGLE));
                    GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                    data.widthHint = 320;
                    text.setLayoutData(data);
                    Field field = new Field(child, attribute, text);
                    text.setText(field.format());
                    byName.put(attribute.getName(), text);
                    readers.put(attribute, () -> field.parse(text.getText()));
                }
            }
            for (EReference reference : child.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isMany()) {
                    continue;
                }
                new Label(body, SWT.NONE).setText(Field.label(reference));
                Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = 320;
                text.setLayoutData(data);
                text.setMessage("Type a name or title");
                Object[] chosen = {child.eGet(reference)};
                if (chosen[0] instanceof EObject target) {
                    text.setText(target.eIsProxy() ? "(not available)" : Kinds.title(target));
                }
                proposals(text, reference, target -> {
                    chosen[0] = target;
                    text.setText(Kinds.title(target));
                });
                byName.put(reference.getName(), text);
                readers.put(reference, () -> text.getText().isBlank() ? null : chosen[0]);
            }
            return area;
        }

        @Override
        protected void okPressed() {
            CompoundCommand compound = new CompoundCommand("Edit " + Field.words(child.eClass().getName()).toLowerCase());
            for (Map.Entry<EStructuralFeature, java.util.function.Supplier<Object>> entry : readers.entrySet()) {
                Object value;
                try {
                    value = entry.getValue().get();
                } catch (IllegalArgumentException e) {
                    setErrorMessage(Field.label(entry.getKey()) + ": " + e.getMessage());
                    return;
                }
                if (!java.util.Objects.equals(value, child.eGet(entry.getKey()))) {
                    compound.append(SetCommand.create(domain(), child, entry.getKey(), value == null ? SetCommand.UNSET_VALUE : value));
                }
            }
            if (!compound.isEmpty()) {
                execute(compound);
            }
            super.okPressed();
        }
    }

    // ------------------------------------------------------------------------------- updating

    private void execute(Command command) {
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

    private void refresh(boolean layout) {
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

    /** Fills the row but asks for little width, so that long values wrap instead of widening the form. */
    private static GridData fill() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        return data;
    }
}
