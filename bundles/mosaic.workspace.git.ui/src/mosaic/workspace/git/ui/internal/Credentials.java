package mosaic.workspace.git.ui.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import mosaic.workspace.git.SecureStoreCredentials;
import mosaic.workspace.git.SecureStoreCredentials.Login;

/**
 * The workbench's credentials for remotes: Eclipse secure storage (the default one, whose master
 * password Equinox asks for), and the {@link CredentialsDialog} when nothing is stored or the
 * server refused what was. One provider for the whole session, so an answer not remembered is
 * asked once per session.
 */
public final class Credentials {

    private static SecureStoreCredentials provider;

    private Credentials() {
    }

    /**
     * The session's provider on the default secure storage.
     *
     * @throws IllegalStateException when the default secure storage cannot be opened
     */
    public static synchronized SecureStoreCredentials provider() {
        if (provider == null) {
            ISecurePreferences storage = SecurePreferencesFactory.getDefault();
            if (storage == null) {
                throw new IllegalStateException("Eclipse secure storage cannot be opened; remote passwords cannot be kept");
            }
            provider = new SecureStoreCredentials(storage, prompt(Display.getDefault()));
        }
        return provider;
    }

    /**
     * A prompt that opens the {@link CredentialsDialog} on the UI thread of {@code display}, from
     * whichever thread JGit asks on (a job's), and waits for the answer.
     */
    public static SecureStoreCredentials.Prompt prompt(Display display) {
        return (remote, user, reason) -> {
            AtomicReference<Login> answer = new AtomicReference<>();
            display.syncExec(() -> {
                Shell parent = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
                    ? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() : display.getActiveShell();
                CredentialsDialog dialog = new CredentialsDialog(parent, remote.toString(), user, reason);
                if (dialog.open() == Window.OK) {
                    answer.set(dialog.login());
                }
            });
            return Optional.ofNullable(answer.get());
        };
    }
}
