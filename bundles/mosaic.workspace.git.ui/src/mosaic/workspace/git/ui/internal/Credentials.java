package mosaic.workspace.git.ui.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import mosaic.ui.Prompter;

import mosaic.workspace.git.SecureStoreCredentials;
import mosaic.workspace.git.SecureStoreCredentials.Login;

/**
 * The workbench's credentials for remotes: Eclipse secure storage (the default one, whose master
 * password Equinox asks for), and the {@link CredentialsDialog} when nothing is stored or the
 * server refused what was. One provider for the whole session, so an answer not remembered is
 * asked once per session: it is held by this OSGi service (the {@code mosaic.workspace.git.ui.credentials}
 * Declarative Services component), whose tracker keeps it from the first use until the bundle stops.
 */
public final class Credentials {

    /** The session's provider, made on first use; guarded by this. */
    private SecureStoreCredentials provider;

    /** Made by Declarative Services; use {@link #provider()}. */
    public Credentials() {
    }

    /**
     * The session's provider on the default secure storage.
     *
     * @throws IllegalStateException when the default secure storage cannot be opened, or the
     *         component is not active
     */
    public static SecureStoreCredentials provider() {
        Credentials service = Tracker.CREDENTIALS.getService();
        if (service == null) {
            throw new IllegalStateException("no credentials: the mosaic.workspace.git.ui.credentials component is not active");
        }
        return service.sessionProvider();
    }

    private synchronized SecureStoreCredentials sessionProvider() {
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
     * whichever thread JGit asks on (a job's), through the {@link Prompter} service, and waits for
 * the answer.
     */
    public static SecureStoreCredentials.Prompt prompt(Display display) {
        return (remote, user, reason) -> {
            AtomicReference<Login> answer = new AtomicReference<>();
            display.syncExec(() -> {
                Shell parent = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
                    ? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() : display.getActiveShell();
                CredentialsDialog dialog = new CredentialsDialog(parent, remote.toString(), user, reason);
                if (Prompter.get().open(dialog) == Window.OK) {
                    answer.set(dialog.login());
                }
            });
            return Optional.ofNullable(answer.get());
        };
    }

    /** Tracks the service from the first look-up on (the bundle is active then). */
    private static final class Tracker {
        static final ServiceTracker<Credentials, Credentials> CREDENTIALS = open();

        private static ServiceTracker<Credentials, Credentials> open() {
            ServiceTracker<Credentials, Credentials> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Credentials.class).getBundleContext(), Credentials.class, null);
            tracker.open();
            return tracker;
        }
    }
}
