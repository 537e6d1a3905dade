package mosaic.workspace.git;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * User names and passwords for remotes kept in Eclipse secure storage, never in the workspace:
 * one node per remote host and path under {@value #NODE}, with the keys {@value #USER} and
 * {@value #PASSWORD}, both encrypted. When nothing is stored for a remote, or the server refused
 * what was stored, the {@link Prompt} asks the analyst; an answer is stored only when the
 * analyst asks to remember it (and the storage can encrypt it: else it is logged), otherwise it
 * lasts as long as this provider.
 *
 * <p>Only http(s) remotes are answered: ssh remotes authenticate with keys (see {@link SshSettings}),
 * and a question from the ssh transport (a key's passphrase, an unknown host key) gets no answer, so
 * an unknown host is refused and no passphrase lands in the storage.</p>
 *
 * <p>JGit calls {@link #get} from the thread doing the transport work; a prompt that needs the UI
 * thread must switch to it itself.</p>
 */
public final class SecureStoreCredentials extends CredentialsProvider {

    /** The secure storage node under which every remote has its own node. */
    public static final String NODE = "mosaic.workspace.git";

    /** The key of the user name in a remote's node. */
    public static final String USER = "user";

    /** The key of the password in a remote's node. */
    public static final String PASSWORD = "password";

    /**
     * What the analyst answered.
     *
     * @param remember whether to keep it in secure storage (else only while this provider lives)
     */
    public record Login(String user, char[] password, boolean remember) {

        /** Checks that there is a user name and a password. */
        public Login {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Login[" + user + ", remember=" + remember + "]"; // never the password
        }
    }

    /** Asks the analyst for a user name and password. */
    @FunctionalInterface
    public interface Prompt {

        /**
         * Asks for the login of {@code remote}.
         *
         * @param user the user name known so far (from the address or storage), or empty
         * @param reason why the question is asked, in words for the analyst
         * @return the answer, or empty when the analyst cancelled
         */
        Optional<Login> ask(URIish remote, String user, String reason);
    }

    private static final System.Logger LOG = System.getLogger(SecureStoreCredentials.class.getName());

    private final ISecurePreferences storage;
    private final Prompt prompt;
    private final Map<String, Login> session = new HashMap<>();
    private final Set<String> refused = new HashSet<>();

    /**
     * A provider reading and writing {@code storage} (usually
     * {@code SecurePreferencesFactory.getDefault()}) and asking through {@code prompt}.
     */
    public SecureStoreCredentials(ISecurePreferences storage, Prompt prompt) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
    }

    /** The node name of a remote: host, port and path, without scheme or user (slashes encoded). */
    public static String nodeName(URIish remote) {
        String host = remote.getHost() == null ? "" : remote.getHost();
        String port = remote.getPort() > 0 ? ":" + remote.getPort() : "";
        return EncodingUtils.encodeSlashes(host + port + (remote.getPath() == null ? "" : remote.getPath()));
    }

    /** The secure storage node of {@code remote} (created when missing). */
    public ISecurePreferences node(URIish remote) {
        return storage.node(NODE).node(nodeName(remote));
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized boolean get(URIish remote, CredentialItem... items) throws UnsupportedCredentialItem {
        if (!supports(items)) {
            throw new UnsupportedCredentialItem(remote, "only a user name and a password can be given for " + remote);
        }
        if (!"http".equalsIgnoreCase(remote.getScheme()) && !"https".equalsIgnoreCase(remote.getScheme())) {
            return false;
        }
        String name = nodeName(remote);
        Login login = session.get(name);
        Login stored = null;
        if (login == null) {
            stored = stored(remote);
            if (!refused.contains(name)) {
                login = stored;
            }
        }
        if (login == null) {
            String user = remote.getUser() != null ? remote.getUser() : stored != null ? stored.user() : "";
            String reason = refused.contains(name)
                ? "The server refused the " + (stored != null ? "password kept in secure storage" : "password given") + "."
                : "No password is kept for this remote.";
            Optional<Login> answer = prompt.ask(remote, user, reason);
            if (answer.isEmpty()) {
                return false;
            }
            login = answer.get();
            if (login.remember() && keep(remote, login)) {
                session.remove(name);
            } else {
                if (refused.contains(name) && stored != null) {
                    forget(remote); // it does not work, and the analyst did not give a new one to keep
                }
                session.put(name, login);
            }
            refused.remove(name);
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username username) {
                username.setValue(login.user());
            } else if (item instanceof CredentialItem.Password password) {
                password.setValue(login.password().clone());
            }
        }
        return true;
    }

    /** Called by JGit when the server refused what {@link #get} gave: the next {@link #get} asks again. */
    @Override
    public synchronized void reset(URIish remote) {
        String name = nodeName(remote);
        refused.add(name);
        session.remove(name);
    }

    /** The login kept for {@code remote}, if any. */
    private Login stored(URIish remote) {
        try {
            if (!storage.nodeExists(NODE + "/" + nodeName(remote))) {
                return null;
            }
            ISecurePreferences node = node(remote);
            String user = node.get(USER, null);
            String password = node.get(PASSWORD, null);
            return user == null || password == null ? null : new Login(user, password.toCharArray(), true);
        } catch (StorageException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the password of " + remote + " from secure storage (asking instead): " + e.getMessage(), e);
            return null;
        }
    }

    /** Stores {@code login}; when the storage refuses (no master password), logs why and returns {@code false}. */
    private boolean keep(URIish remote, Login login) {
        try {
            store(remote, login);
            return true;
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; the password is kept for this session only", e);
            return false;
        }
    }

    /**
     * Keeps {@code login} for {@code remote} in secure storage, encrypted, and writes the storage.
     *
     * @throws IllegalStateException when the storage cannot encrypt or be written
     */
    public synchronized void store(URIish remote, Login login) {
        try {
            ISecurePreferences node = node(remote);
            node.put(USER, login.user(), true);
            node.put(PASSWORD, new String(login.password()), true);
            node.flush();
        } catch (StorageException | java.io.IOException e) {
            throw new IllegalStateException("cannot keep the password of " + remote + " in secure storage: " + e.getMessage(), e);
        }
    }

    /** Removes what is kept for {@code remote} from secure storage. */
    public synchronized void forget(URIish remote) {
        if (storage.nodeExists(NODE + "/" + nodeName(remote))) {
            node(remote).removeNode();
            try {
                storage.flush();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot remove the password of " + remote + " from secure storage: " + e.getMessage(), e);
            }
        }
        session.remove(nodeName(remote));
    }
}
