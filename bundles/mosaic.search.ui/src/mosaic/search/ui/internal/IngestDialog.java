package mosaic.search.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import mosaic.model.config.MissionRules;
import mosaic.search.Ingest;

/**
 * Which files and folders to ingest, and the type, classification and compartment given to files
 * that carry no metadata of their own (a file's own marking, or its sidecar, always wins).
 */
final class IngestDialog extends TitleAreaDialog {

    private final MissionRules rules;
    private final List<Path> paths;
    private org.eclipse.swt.widgets.List list;
    private Combo type;
    private Combo classification;
    private Combo compartment;
    private Ingest.Options options = Ingest.Options.NONE;

    IngestDialog(Shell shell, MissionRules rules, List<Path> paths) {
        super(shell);
        this.rules = rules;
        this.paths = new ArrayList<>(paths);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Ingest Reports");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Ingest reports into the workspace");
        setMessage("PDF, Word, Excel, PowerPoint, OpenDocument text, RTF, HTML, e-mail (.eml, .msg), zip, image and text files; folders are read recursively. The same file twice is one report.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(3, false));

        new Label(body, SWT.NONE).setText("Files and folders:");
        list = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 140;
        listData.widthHint = 460;
        list.setLayoutData(listData);
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "Add Files...", this::addFiles);
        button(buttons, "Add Folder...", this::addFolder);
        button(buttons, "Remove", () -> {
            for (int i : list.getSelectionIndices()) {
                paths.set(i, null);
            }
            paths.removeIf(java.util.Objects::isNull);
            fill();
        });

        type = combo(body, "Report type:", codes(MissionRules.REPORT_TYPES));
        classification = combo(body, "Classification:", rules.classificationCodes());
        compartment = combo(body, "Compartment:", codes(MissionRules.COMPARTMENTS));
        Label note = new Label(body, SWT.WRAP);
        note.setText("These apply only to files without a marking, date or type of their own.");
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        noteData.widthHint = 460;
        note.setLayoutData(noteData);
        fill();
        return area;
    }

    private List<String> codes(String taxonomy) {
        return rules.configuration().getTaxonomies().stream().filter(t -> t.getName().equals(taxonomy))
            .flatMap(t -> t.getTerms().stream()).map(t -> t.getCode()).toList();
    }

    private static void button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> run.run());
    }

    private static Combo combo(Composite parent, String label, List<String> values) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        List<String> items = new ArrayList<>();
        items.add("(as the file says, or none)");
        items.addAll(values);
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] {"*.pdf;*.docx;*.html;*.htm;*.eml;*.txt", "*"});
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                paths.add(Path.of(dialog.getFilterPath(), name));
            }
            fill();
        }
    }

    private void addFolder() {
        String folder = new DirectoryDialog(getShell()).open();
        if (folder != null) {
            paths.add(Path.of(folder));
            fill();
        }
    }

    private void fill() {
        list.setItems(paths.stream().map(Path::toString).toArray(String[]::new));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!paths.isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Ingest", true).setEnabled(!paths.isEmpty());
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        options = new Ingest.Options(value(type), value(classification), value(compartment));
        super.okPressed();
    }

    private static String value(Combo combo) {
        return combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex());
    }

    List<Path> paths() {
        return List.copyOf(paths);
    }

    Ingest.Options options() {
        return options;
    }
}
