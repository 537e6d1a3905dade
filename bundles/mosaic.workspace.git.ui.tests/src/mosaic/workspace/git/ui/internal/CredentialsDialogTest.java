package mosaic.workspace.git.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.workspace.git.SecureStoreCredentials;

/**
 * The credentials dialog as JGit meets it: asked from a worker thread, it opens on the UI thread;
 * what the analyst types goes to the transport and, when "Remember" is ticked, into a real secure
 * storage file (encrypted); Cancel gives nothing.
 */
class CredentialsDialogTest {

    @TempDir
    Path tmp;

    private ISecurePreferences storage() throws Exception {
        Files.createDirectories(tmp.resolve("secure"));
        return SecurePreferencesFactory.open(tmp.resolve("secure/secure_storage").toUri().toURL(),
            Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
    }

    private static Button button(Control control, int id) {
        if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T finish(CompletableFuture<T> asking) throws Exception {
        Display display = Display.getCurrent();
        asking.whenComplete((result, failure) -> display.wake());
        while (!asking.isDone()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return asking.get(1, TimeUnit.SECONDS);
    }

    @Test
    void theDialogAnswersFromTheUiThreadAndRemembersInSecureStorage() throws Exception {
        ISecurePreferences storage = storage();
        SecureStoreCredentials credentials = new SecureStoreCredentials(storage, Credentials.prompt(Display.getCurrent()));
        URIish remote = new URIish("https://git.mission.invalid/jmac/shared.git");
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();
        // what the dialog showed before the analyst typed, read when it opens (inside its own event loop)
        List<Object> shown = new ArrayList<>();
        AtomicReference<String> answered = Bench.answer("OK", shell -> {
            CredentialsDialog dialog = (CredentialsDialog) shell.getData();
            Button ok = button(shell, IDialogConstants.OK_ID);
            shown.addAll(List.of(dialog.user().getText(), ok.isEnabled(), dialog.remember().getSelection(), dialog.getMessage()));
            dialog.user().setText("jo.mac");
            dialog.password().setText("Bangui-2026");
            shown.add(ok.isEnabled());
            while (shell.getDisplay().readAndDispatch()) {
                // paint what was typed before the picture
            }
            try {
                Bench.screenshot(shell, "CredentialsDialogTest-ask");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<Boolean> asking = CompletableFuture.supplyAsync(() -> credentials.get(remote, user, password));
        assertTrue(finish(asking));
        assertNotNull(answered.get(), "the dialog opened");
        assertEquals("", shown.get(0), "no user known yet");
        assertEquals(false, shown.get(1), "OK waits for a user name");
        assertEquals(true, shown.get(2), "remembering is the default");
        assertTrue(((String) shown.get(3)).contains("No password is kept"), String.valueOf(shown.get(3)));
        assertEquals(true, shown.get(4), "OK once there is a user name");
        assertEquals("jo.mac", user.getValue());
        assertArrayEquals("Bangui-2026".toCharArray(), password.getValue());
        ISecurePreferences node = storage.node(SecureStoreCredentials.NODE).node(SecureStoreCredentials.nodeName(remote));
        assertEquals("Bangui-2026", node.get(SecureStoreCredentials.PASSWORD, null));
        assertTrue(node.isEncrypted(SecureStoreCredentials.PASSWORD));
        assertTrue(node.isEncrypted(SecureStoreCredentials.USER));

        // the server refuses it: asked again, with the stored user filled in; Cancel gives nothing
        credentials.reset(remote);
        List<String> second = new ArrayList<>();
        Bench.answer("Cancel", shell -> {
            CredentialsDialog dialog = (CredentialsDialog) shell.getData();
            second.addAll(List.of(dialog.user().getText(), dialog.getMessage()));
        });
        CompletableFuture<Boolean> again = CompletableFuture.supplyAsync(() -> credentials.get(remote, new CredentialItem.Username(),
            new CredentialItem.Password()));
        assertFalse(finish(again));
        assertEquals("jo.mac", second.get(0), "the stored user is filled in");
        assertTrue(second.get(1).contains("refused"), second.get(1));
    }
}
