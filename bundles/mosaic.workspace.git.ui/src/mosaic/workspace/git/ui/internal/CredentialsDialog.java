package mosaic.workspace.git.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import mosaic.workspace.git.SecureStoreCredentials.Login;

/**
 * Asks for the user name and password of a remote, and whether to remember them in secure
 * storage; says why it asks (nothing stored, or the server refused the stored password).
 */
final class CredentialsDialog extends TitleAreaDialog {

    private final String remote;
    private final String reason;
    private final String initialUser;
    private Text user;
    private Text password;
    private Button remember;
    private Login login;

    CredentialsDialog(Shell parent, String remote, String user, String reason) {
        super(parent);
        this.remote = remote;
        this.initialUser = user == null ? "" : user;
        this.reason = reason;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Sign in to remote");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(remote);
        setMessage(reason + " Enter the user name and password for this remote.");
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        new Label(fields, SWT.NONE).setText("&User:");
        user = new Text(fields, SWT.BORDER | SWT.SINGLE);
        user.setText(initialUser);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(user);
        new Label(fields, SWT.NONE).setText("&Password:");
        password = new Text(fields, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        remember = new Button(fields, SWT.CHECK);
        remember.setText("&Remember in secure storage");
        remember.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(remember);
        user.addModifyListener(e -> update());
        (initialUser.isEmpty() ? user : password).setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!user.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        login = new Login(user.getText().strip(), password.getTextChars(), remember.getSelection());
        super.okPressed();
    }

    /** What was entered, once OK was pressed; else {@code null}. */
    Login login() {
        return login;
    }

    /** The user, password and remember fields, for tests that fill them in. */
    Text user() {
        return user;
    }

    Text password() {
        return password;
    }

    Button remember() {
        return remember;
    }
}
