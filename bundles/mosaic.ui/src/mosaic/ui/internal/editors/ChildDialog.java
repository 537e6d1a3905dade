package mosaic.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import mosaic.model.kinds.Kinds;

/**
 * Edits the fields of an object inside the one an {@link ObjectFormPage} shows (evidence, victims,
 * an action point ...): on OK every changed field is set by one compound command, so one undo
 * takes it back.
 */
final class ChildDialog extends org.eclipse.jface.dialogs.TitleAreaDialog {

    private final ObjectFormPage page;
    private final EObject child;
    private final Map<EStructuralFeature, java.util.function.Supplier<Object>> readers = new LinkedHashMap<>();

    private final Map<String, Control> byName = new HashMap<>();

    ChildDialog(ObjectFormPage page, EObject child) {
        super(page.editor.getSite().getShell());
        this.page = page;
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
        setMessage("In " + Kinds.describe(page.object()));
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
                page.fieldControls.codeValues(codes, values, labels);
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
            page.fieldControls.proposals(text, reference, target -> {
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
                compound.append(SetCommand.create(page.domain(), child, entry.getKey(), value == null ? SetCommand.UNSET_VALUE : value));
            }
        }
        if (!compound.isEmpty()) {
            page.execute(compound);
        }
        super.okPressed();
    }
}
