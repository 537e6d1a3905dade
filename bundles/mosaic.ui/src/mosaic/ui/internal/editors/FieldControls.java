package mosaic.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
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
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

import mosaic.model.Level;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.Scale;
import mosaic.model.Term;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;
import mosaic.ui.internal.navigator.Matching;

/**
 * The controls of an object form's fields, each registered with the page with how it shows the
 * model's value: text fields whose value is parsed and set as a command, combos of the mission's
 * scales and taxonomies and of enumerations, the threat's risk cell, and type-ahead pickers over
 * names and aliases for references, with their Open links.
 */
final class FieldControls {

    private final ObjectFormPage page;
    private Label riskCell;

    FieldControls(ObjectFormPage page) {
        this.page = page;
    }

    private Label label(FormToolkit toolkit, Composite parent, EStructuralFeature feature) {
        String text = Field.label(feature) + (feature.getLowerBound() > 0 ? " *" : "");
        Label label = toolkit.createLabel(parent, text);
        label.setLayoutData(new GridData(SWT.LEFT, feature instanceof EAttribute a && (Layouts.LONG_TEXT.contains(a.getName()) || a.isMany())
            ? SWT.TOP : SWT.CENTER, false, false));
        return label;
    }

    // ------------------------------------------------------------------------------- fields

    void field(FormToolkit toolkit, Composite parent, EObject owner, EStructuralFeature feature) {
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
                check.addListener(SWT.Selection, e -> page.execute(SetCommand.create(page.domain(), owner, attribute, check.getSelection())));
                page.refreshers.add(() -> check.setSelection(Boolean.TRUE.equals(owner.eGet(attribute))));
                control = check;
            } else {
                control = textField(toolkit, parent, owner, attribute);
            }
        }
        page.controls.put(feature, control);
        if (feature instanceof EReference reference) {
            control.addListener(SWT.FocusIn, e -> page.lastReference = reference);
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
        page.fields.put(attribute, field);
        Runnable commit = () -> page.commit(field);
        text.addListener(SWT.FocusOut, e -> commit.run());
        if (!multi) {
            text.addListener(SWT.DefaultSelection, e -> commit.run());
        }
        page.refreshers.add(() -> {
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
                page.execute(SetCommand.create(page.domain(), owner, attribute, value));
            }
        });
        page.refreshers.add(() -> {
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
    void codeValues(String codes, List<String> values, List<String> labels) {
        values.add(null);
        labels.add("");
        if (codes.startsWith("tax:")) {
            page.rules().configuration().getTaxonomies().stream().filter(t -> t.getName().equals(codes.substring(4))).findFirst()
                .ifPresent(t -> addTerms(t.getTerms(), values, labels, ""));
        } else {
            Scale scale = page.rules().scale(codes).orElse(null);
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
        page.refreshers.add(() -> {
            String risk = threat.getRisk();
            String expected = page.rules().expectedRisk(threat).orElse(null);
            Level level = page.rules().level(MissionRules.RISK, risk).orElse(null);
            String label = level == null ? (risk == null ? "(set likelihood and impact)" : risk) : level.getLabel();
            if (expected != null && !expected.equals(risk)) {
                label += "  (the matrix gives " + page.rules().label(MissionRules.RISK, expected) + ")";
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
                page.execute(SetCommand.create(page.domain(), owner, attribute, value));
            }
        });
        page.refreshers.add(() -> {
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
        for (MosaicObject candidate : page.workspace().all()) {
            if (reference.getEReferenceType().isInstance(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    ContentProposalAdapter proposals(Text text, EReference reference, java.util.function.Consumer<MosaicObject> chosen) {
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
                    Editors.open(page.editor.getSite().getPage(), target);
                }
            }
        });
        proposals(text, reference, target -> {
            if (target != null && target != owner.eGet(reference)) {
                page.execute(SetCommand.create(page.domain(), owner, reference, target));
            }
        });
        text.addListener(SWT.FocusOut, e -> {
            if (text.getText().isBlank() && owner.eGet(reference) != null) {
                page.execute(SetCommand.create(page.domain(), owner, reference, SetCommand.UNSET_VALUE));
            } else {
                page.refresh();
            }
        });
        page.refreshers.add(() -> {
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
                page.execute(AddCommand.create(page.domain(), owner, reference, target));
            }
            add.setText("");
        });
        remove.addListener(SWT.Selection, e -> {
            List<EObject> selected = new ArrayList<>();
            for (int index : list.getSelectionIndices()) {
                selected.add(shown.get(index));
            }
            if (!selected.isEmpty()) {
                page.execute(RemoveCommand.create(page.domain(), owner, reference, selected));
            }
        });
        Runnable openSelected = () -> {
            for (int index : list.getSelectionIndices()) {
                if (shown.get(index) instanceof MosaicObject target && !target.eIsProxy()) {
                    Editors.open(page.editor.getSite().getPage(), target);
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
        page.refreshers.add(() -> {
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

    /** Fills the row but asks for little width, so that long values wrap instead of widening the form. */
    static GridData fill() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        return data;
    }
}
