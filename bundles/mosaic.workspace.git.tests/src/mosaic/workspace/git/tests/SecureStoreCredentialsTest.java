package mosaic.workspace.git.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.workspace.git.SecureStoreCredentials;
import mosaic.workspace.git.SecureStoreCredentials.Login;
import mosaic.workspace.git.SyncResult;

/**
 * Passwords for an HTTP remote with basic authentication ({@code git http-backend} behind the test
 * server) kept in a real secure storage file in a temporary folder: a refused stored password
 * makes the provider ask again, the right one is stored encrypted and used without asking, and
 * no file of the workspace ever holds the password.
 */
class SecureStoreCredentialsTest {

    private static final String USER = "analyst";
    private static final String PASSWORD = "Kaga-Bandoro-7731";

    @TempDir
    Path tmp;

    /** The answers the analyst gives, in order, and the questions asked. */
    private static final class Answers implements SecureStoreCredentials.Prompt {
        final List<Optional<Login>> answers;
        final List<String> asked = new ArrayList<>();

        Answers(List<Optional<Login>> answers) {
            this.answers = new ArrayList<>(answers);
        }

        @Override
        public Optional<Login> ask(URIish remote, String user, String reason) {
            asked.add(user + ": " + reason);
            if (answers.isEmpty()) {
                fail("asked once more than expected: " + reason);
            }
            return answers.remove(0);
        }
    }

    private ISecurePreferences storage() throws IOException {
        URL file = tmp.resolve("secure/secure_storage").toUri().toURL();
        Files.createDirectories(tmp.resolve("secure"));
        return SecurePreferencesFactory.open(file, Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master password".toCharArray()),
            IProviderHints.PROMPT_USER, Boolean.FALSE));
    }

    @Test
    void aRefusedStoredPasswordIsAskedAgainAndTheRightOneIsKeptEncrypted() throws Exception {
        Path served = tmp.resolve("served");
        GitServers.bare(served.resolve("shared.git"));
        try (GitServers.Http http = new GitServers.Http(served, USER, PASSWORD);
                Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC,
                    "Ex-Seleka Coalition")) {
            String url = http.url("shared.git");
            URIish remote = new URIish(url);
            // a password kept from before, which the server no longer accepts
            SecureStoreCredentials before = new SecureStoreCredentials(storage(), (r, u, why) -> fail("not asked"));
            before.store(remote, new Login(USER, "old-password".toCharArray(), true));

            Answers analyst = new Answers(List.of(Optional.of(new Login(USER, PASSWORD.toCharArray(), true))));
            jmac.repo.setCredentials(new SecureStoreCredentials(storage(), analyst));
            SyncResult synced = jmac.sync(url);
            assertTrue(synced.pushed(), String.valueOf(synced.pushProblem()));
            assertEquals(List.of(USER + ": The server refused the password kept in secure storage."), analyst.asked);
            assertTrue(http.refused.get() >= 2, "the first try without a login and the one with the old password: " + http.refused);
            assertEquals(GitServers.git(jmac.repo.root(), "rev-parse", "HEAD"), GitServers.git(served.resolve("shared.git"), "rev-parse", "main"));

            // kept encrypted: a new provider on the storage file syncs without asking
            ISecurePreferences reopened = storage();
            assertEquals(PASSWORD, reopened.node(SecureStoreCredentials.NODE).node(SecureStoreCredentials.nodeName(remote)).get("password", null));
            assertTrue(reopened.node(SecureStoreCredentials.NODE).node(SecureStoreCredentials.nodeName(remote)).isEncrypted("password"));
            jmac.set("Ex-Seleka Coalition", "strength", "900");
            jmac.repo.setCredentials(new SecureStoreCredentials(reopened, (r, u, why) -> fail("asked although the password is stored: " + why)));
            assertTrue(jmac.sync().pushed());

            assertNowhereUnder(jmac.repo.root(), PASSWORD);
            assertNowhereUnder(jmac.repo.root(), "old-password");
            assertNowhereUnder(tmp.resolve("secure"), PASSWORD); // the storage file holds it encrypted
        }
    }

    @Test
    void nothingStoredAsksAndCancellingLeavesTheWorkspaceAsItWas() throws Exception {
        Path served = tmp.resolve("served");
        GitServers.bare(served.resolve("shared.git"));
        try (GitServers.Http http = new GitServers.Http(served, USER, PASSWORD);
                Analyst jmac = Analyst.create(tmp.resolve("jmac"), ConcurrentEditTest.JMAC,
                    "Ex-Seleka Coalition")) {
            String url = http.url("shared.git");
            var head = jmac.repo.head();
            Answers cancels = new Answers(List.of(Optional.empty()));
            jmac.repo.setCredentials(new SecureStoreCredentials(storage(), cancels));
            IOException e = assertThrows(IOException.class, () -> jmac.sync(url));
            assertTrue(e.getMessage().contains(url), e.getMessage());
            assertEquals(List.of(": No password is kept for this remote."), cancels.asked);
            assertEquals(head, jmac.repo.head());

            // a login not remembered works for this session and is not stored
            Answers once = new Answers(List.of(Optional.of(new Login(USER, PASSWORD.toCharArray(), false))));
            ISecurePreferences storage = storage();
            jmac.repo.setCredentials(new SecureStoreCredentials(storage, once));
            assertTrue(jmac.sync(url).pushed());
            assertTrue(jmac.sync().pushed(), "the same provider does not ask twice");
            assertEquals(1, once.asked.size());
            assertFalse(storage.nodeExists(SecureStoreCredentials.NODE + "/" + SecureStoreCredentials.nodeName(new URIish(url))));
            assertNowhereUnder(jmac.repo.root(), PASSWORD);
        }
    }

    @Test
    void sshQuestionsAreNotAnswered() throws Exception {
        SecureStoreCredentials credentials = new SecureStoreCredentials(storage(), (r, u, why) -> fail("asked for " + r));
        CredentialItem.Password passphrase = new CredentialItem.Password("Passphrase for /home/jo/.ssh/id_ed25519");
        assertFalse(credentials.get(new URIish("ssh://jo@git.mission.invalid/shared.git"), passphrase));
        assertEquals(null, passphrase.getValue());
    }

    private static void assertNowhereUnder(Path folder, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        fail(file + " contains the password");
                    }
                }
            }
        }
    }
}
