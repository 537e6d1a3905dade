package mosaic.reports.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import mosaic.reports.DesignInfo;
import mosaic.reports.ParameterInfo;

/** One text field per parameter of a design, each described; empty fields take the default. */
final class ParametersDialog extends Dialog {

    private final DesignInfo design;
    private final Map<String, String> values;
    private final Map<String, Text> fields = new LinkedHashMap<>();

    ParametersDialog(Shell parent, DesignInfo design, Map<String, String> initial) {
        super(parent);
        this.design = design;
        this.values = new LinkedHashMap<>(initial);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(design.title() + ": parameters");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        for (ParameterInfo p : design.parameters()) {
            Label label = new Label(area, SWT.NONE);
            label.setText(p.name() + (p.required() ? " *" : ""));
            Text text = new Text(area, SWT.BORDER);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.setMessage(p.description());
            text.setToolTipText(p.description());
            text.setText(values.getOrDefault(p.name(), ""));
            fields.put(p.name(), text);
        }
        ((GridData) area.getLayoutData()).widthHint = 560;
        return area;
    }

    @Override
    protected void okPressed() {
        values.clear();
        fields.forEach((name, text) -> {
            if (!text.getText().isBlank()) {
                values.put(name, text.getText().trim());
            }
        });
        super.okPressed();
    }

    /** The values entered, without the empty ones. */
    Map<String, String> values() {
        return values;
    }
}
