package mosaic.ui.internal.about;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import mosaic.core.ComponentVersions;
import mosaic.core.ComponentVersions.Component;
import mosaic.ui.Columns;

/**
 * The About dialog: Mosaic's version and the versions of the components it is built on, with a
 * button that copies them for a support request.
 */
public final class AboutDialog extends TitleAreaDialog {

    /** Button id of "Copy Versions". */
    public static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final ComponentVersions versions;
    private Image image;
    private TableViewer table;

    public AboutDialog(Shell parent, ComponentVersions versions) {
        super(parent);
        this.versions = versions;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Mosaic");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        String version = versions.mosaicVersion();
        int qualifier = version.indexOf('.', version.indexOf('.', version.indexOf('.') + 1) + 1);
        setTitle(qualifier < 0 ? "Mosaic " + version
                : "Mosaic " + version.substring(0, qualifier) + " (build " + version.substring(qualifier + 1) + ")");
        setMessage("Analyst workbench for UN peacekeeping missions: JMAC and U2 actor mapping, "
                + "report search, threat assessment and shared analysis.");
        image = ImageDescriptor.createFromURL(getClass().getResource("/icons/mosaic64.png")).createImage();
        setTitleImage(image);

        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        new Label(body, SWT.NONE).setText("Built on:");
        table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 300;
        data.widthHint = 520;
        table.getTable().setLayoutData(data);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(table, Component.class, "Component", 230, Component::name);
        Columns.add(table, Component.class, "Version", 270, Component::version);
        table.setInput(versions.components());
        return area;
    }


    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy Versions", false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { versions.toText() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** The rows shown, for tests. */
    public int rowCount() {
        return table.getTable().getItemCount();
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed && image != null) {
            image.dispose();
        }
        return closed;
    }
}
