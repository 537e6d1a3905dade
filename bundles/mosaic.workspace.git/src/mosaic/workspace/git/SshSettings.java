package mosaic.workspace.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * How {@code ssh://host/path} and {@code user@host:path} remotes are reached, through JGit's
 * Apache MINA SSH transport: either the way OpenSSH does for the user (the ssh directory's
 * {@code config}, {@code known_hosts} and default keys {@code id_ed25519}, {@code id_ecdsa},
 * {@code id_rsa}), or with one explicit private key and known-hosts file, ignoring the ssh
 * config. Host keys are always checked against the known-hosts files; an unknown or changed host
 * is refused, never accepted silently.
 *
 * <p>Immutable. {@link #newFactory()} makes the session factory a connection uses; close it when
 * done.</p>
 */
public final class SshSettings {

    private final Path sshDirectory;
    private final Path identity;
    private final Path knownHosts;

    private SshSettings(Path sshDirectory, Path identity, Path knownHosts) {
        this.sshDirectory = sshDirectory;
        this.identity = identity;
        this.knownHosts = knownHosts;
    }

    /** The user's own {@code ~/.ssh}, as the {@code ssh} command would use it. */
    public static SshSettings user() {
        return directory(Path.of(System.getProperty("user.home"), ".ssh"));
    }

    /** Like {@link #user()}, with {@code sshDirectory} in place of {@code ~/.ssh} (config, known_hosts, id_* keys). */
    public static SshSettings directory(Path sshDirectory) {
        return new SshSettings(sshDirectory.toAbsolutePath().normalize(), null, null);
    }

    /**
     * Exactly one private key and one known-hosts file; the user's ssh config and other keys are
     * not used.
     *
     * @throws IllegalArgumentException naming the file when either is not a readable file
     */
    public static SshSettings key(Path privateKey, Path knownHosts) {
        return new SshSettings(Path.of(System.getProperty("user.home"), ".ssh"), readable(privateKey, "ssh key"),
            readable(knownHosts, "known hosts file"));
    }

    private static Path readable(Path file, String what) {
        Path absolute = Objects.requireNonNull(file, what).toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new IllegalArgumentException(absolute + ": " + what + " not found or not readable");
        }
        return absolute;
    }

    /** The private key given with {@link #key}, or {@code null} when the ssh directory's keys are used. */
    public Path identity() {
        return identity;
    }

    /**
     * A new session factory for these settings. Authentication is by public key only when a key
     * was given (so a refused key fails at once instead of falling back to a password prompt).
     */
    public SshdSessionFactory newFactory() {
        SshdSessionFactoryBuilder builder = new SshdSessionFactoryBuilder().setHomeDirectory(sshDirectory.getParent().toFile())
            .setSshDirectory(sshDirectory.toFile());
        if (identity != null) {
            builder.setDefaultIdentities(ignored -> List.of(identity)).setDefaultKnownHostsFiles(ignored -> List.of(knownHosts))
                .setConfigStoreFactory((home, config, localUser) -> null).setPreferredAuthentications("publickey");
        }
        return builder.build(null);
    }

    /**
     * A callback that gives every ssh transport of one command the session factory {@code factory}
     * (other transports are left alone).
     */
    static TransportConfigCallback callback(SshdSessionFactory factory) {
        return transport -> {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(factory);
            }
        };
    }

    @Override
    public String toString() {
        return identity == null ? "ssh directory " + sshDirectory : "ssh key " + identity + ", known hosts " + knownHosts;
    }
}
