package mosaic.ui.internal.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.CreateOperation;
import mosaic.ui.internal.editors.Editors;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/** New object of any kind: kind, name and marking; the editor opens on it for the rest. */
public final class NewObjectWizard extends Wizard {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private final IWorkbenchPage page;
    private final EClass initialKind;
    private Combo kind;
    private Text name;
    private Combo marking;
    private MosaicObject created;

    public NewObjectWizard(IWorkbenchPage page, EClass initialKind) {
        this.page = page;
        this.initialKind = initialKind;
        setWindowTitle("New Object");
    }

    @Override
    public void addPages() {
        addPage(new WizardPage("object", "New object", null) {
            @Override
            public void createControl(Composite parent) {
                setDescription("Choose the kind of object, name it and mark it. The editor opens for everything else.");
                Composite body = new Composite(parent, SWT.NONE);
                body.setLayout(new GridLayout(2, false));
                new Label(body, SWT.NONE).setText("Kind:");
                kind = new Combo(body, SWT.READ_ONLY);
                for (EClass k : Kinds.all()) {
                    kind.add(Kinds.displayName(k));
                }
                kind.select(Math.max(0, Kinds.all().indexOf(initialKind)));
                kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                new Label(body, SWT.NONE).setText("Name or title:");
                name = new Text(body, SWT.BORDER);
                name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                name.addModifyListener(e -> validate(this));
                new Label(body, SWT.NONE).setText("Classification:");
                marking = new Combo(body, SWT.READ_ONLY);
                Workspace workspace = session.workspace();
                for (String code : workspace.rules().classificationCodes()) {
                    marking.add(workspace.rules().classification(code).map(l -> l.getLabel()).orElse(code));
                }
                marking.select(0);
                setControl(body);
                validate(this);
            }
        });
    }

    private void validate(WizardPage wizardPage) {
        boolean ok = name != null && !name.getText().isBlank();
        wizardPage.setErrorMessage(ok || name == null || name.getText().isEmpty() ? null : "Give it a name");
        wizardPage.setPageComplete(ok);
    }

    /** Fills the page and finishes, as a test or a script would. */
    public MosaicObject finish(EClass kindToCreate, String title, String classification) {
        kind.select(Kinds.all().indexOf(kindToCreate));
        name.setText(title);
        List<String> codes = session.workspace().rules().classificationCodes();
        marking.select(codes.indexOf(classification));
        performFinish();
        return created;
    }

    /**
     * Creates the object through {@link CreateOperation}, as {@code ./mosaic create} does: one
     * command on the session's stack (Edit &gt; Undo takes it back), left unsaved for its editor,
     * which opens on it.
     */
    @Override
    public boolean performFinish() {
        Workspace workspace = session.workspace();
        EClass chosen = Kinds.all().get(kind.getSelectionIndex());
        CreateOperation create = new CreateOperation(session.domain(), chosen).title(name.getText())
            .classification(workspace.rules().classificationCodes().get(Math.max(0, marking.getSelectionIndex())));
        try {
            created = create.run(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not saved here: nothing to fail
        }
        Editors.open(page, created);
        return true;
    }

    public MosaicObject created() {
        return created;
    }
}
