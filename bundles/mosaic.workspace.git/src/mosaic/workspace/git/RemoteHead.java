package mosaic.workspace.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.PacketLineIn;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.RemoteSession2;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.QuotedString;

/**
 * The branch the HEAD of a remote repository without branches names: the branch {@code git clone}
 * checks out, so the one a first push into that repository must create. {@code git init --bare}
 * names {@code master} unless {@code init.defaultBranch} says otherwise; a push of {@code main}
 * into it leaves HEAD naming a branch that does not exist, and a plain {@code git clone} then
 * checks out nothing ("remote HEAD refers to nonexistent ref").
 *
 * <p>A folder or file:// remote is read directly. Over the network, only git's protocol v2 tells
 * where an unborn HEAD points: its {@code ls-refs} command answers {@code unborn HEAD
 * symref-target:refs/heads/NAME} to a client that asks with the {@code unborn} argument (git 2.31
 * and later advertise it). JGit's own fetch does not ask, so this class sends that one command
 * itself, for git:// ({@code git daemon}), http(s) (smart HTTP with the {@code Git-Protocol}
 * header, through JGit's HTTP connection factory, with the remote's credentials when the server
 * asks for them) and ssh (where the server must accept the {@code GIT_PROTOCOL} variable, as git's
 * documentation says for protocol v2 over ssh). Where the remote does not say (protocol v0, a git
 * older than 2.31, another transport), the answer is empty and the caller keeps its own branch
 * name, as a plain {@code git push} would.</p>
 */
final class RemoteHead {

    /** Milliseconds to wait for a server that does not answer; the sync goes on without the answer. */
    private static final int TIMEOUT_MILLIS = 30_000;

    private RemoteHead() {
    }

    /**
     * The short name of the branch the remote's HEAD names (for example {@code master}), when
     * the remote says.
     *
     * @param ssh the ssh session factory the workspace's transports use (made only when asked for)
     */
    static Optional<String> branch(String url, CredentialsProvider credentials, Supplier<? extends SshSessionFactory> ssh) {
        try {
            URIish uri = new URIish(url);
            String scheme = uri.getScheme();
            String target;
            if (scheme == null && uri.getHost() == null || "file".equals(scheme)) {
                target = local(uri);
            } else if ("git".equals(scheme)) {
                target = daemon(uri);
            } else if (scheme == null || "ssh".equals(scheme) || "ssh+git".equals(scheme) || "git+ssh".equals(scheme)) {
                target = ssh(uri, credentials, ssh.get());
            } else if ("http".equals(scheme) || "https".equals(scheme)) {
                target = http(url, uri, credentials);
            } else {
                target = null;
            }
            return target != null && target.startsWith(Constants.R_HEADS) && Repository.isValidRefName(target)
                ? Optional.of(target.substring(Constants.R_HEADS.length())) : Optional.empty();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            System.getLogger(RemoteHead.class.getName()).log(System.Logger.Level.DEBUG, "cannot tell where the HEAD of " + url + " points", e);
            return Optional.empty();
        }
    }

    /** The target of the HEAD of the repository in a folder (bare or not), read with JGit. */
    private static String local(URIish uri) throws IOException {
        File folder = new File(uri.getPath()).getAbsoluteFile(); // relative paths are the working directory's, as JGit's local transport takes them
        File gitDir = RepositoryCache.FileKey.resolve(folder, FS.DETECTED);
        if (gitDir == null) {
            return null;
        }
        try (Repository remote = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build()) {
            Ref head = remote.exactRef(Constants.HEAD);
            return head != null && head.isSymbolic() ? head.getTarget().getName() : null;
        }
    }

    /** git:// : the request line asks {@code git daemon} for protocol v2, then one ls-refs. */
    private static String daemon(URIish uri) throws IOException {
        int port = uri.getPort() > 0 ? uri.getPort() : 9418;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            new PacketLineOut(out).writeString("git-upload-pack " + uri.getPath() + "\0host=" + host + "\0\0version=2\0");
            out.flush();
            return lsRefsHead(socket.getInputStream(), out);
        }
    }

    /** ssh: {@code git-upload-pack} run with {@code GIT_PROTOCOL=version=2}, then one ls-refs. */
    private static String ssh(URIish uri, CredentialsProvider credentials, SshSessionFactory factory) throws IOException {
        RemoteSession session = factory.getSession(uri, credentials, FS.DETECTED, TIMEOUT_MILLIS);
        try {
            if (!(session instanceof RemoteSession2 withEnvironment)) {
                return null;
            }
            String path = uri.getPath();
            if (uri.getScheme() != null && path.startsWith("/~")) {
                path = path.substring(1);
            }
            String quoted = path.startsWith("~") ? QuotedString.BOURNE_USER_PATH.quote(path) : QuotedString.BOURNE.quote(path);
            Process process = withEnvironment.exec("git-upload-pack " + quoted, Map.of("GIT_PROTOCOL", "version=2"), TIMEOUT_MILLIS / 1000);
            try {
                return lsRefsHead(process.getInputStream(), process.getOutputStream());
            } finally {
                process.destroy();
            }
        } finally {
            factory.releaseSession(session);
        }
    }

    /**
     * Smart HTTP: the capability advertisement ({@code GET info/refs}) and the ls-refs command
     * ({@code POST git-upload-pack}) each in a request of its own, as protocol v2 over HTTP goes.
     */
    private static String http(String url, URIish uri, CredentialsProvider credentials) throws IOException {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Http http = new Http(uri, credentials);
        HttpConnection advertisement = http.request("GET", base + "/info/refs?service=git-upload-pack", null);
        String objectFormat;
        try (InputStream in = advertisement.getInputStream()) {
            PacketLineIn lines = new PacketLineIn(in);
            String first = lines.readString();
            if (strip(first).startsWith("# service=")) {
                while (!PacketLineIn.isEnd(first)) {
                    first = lines.readString();
                }
                first = lines.readString();
            }
            objectFormat = capabilities(first, lines);
        }
        if (objectFormat == null) {
            return null;
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        writeRequest(body, objectFormat);
        HttpConnection answer = http.request("POST", base + "/git-upload-pack", body.toByteArray());
        try (InputStream in = answer.getInputStream()) {
            return readHead(new PacketLineIn(in));
        }
    }

    /** HTTP requests as JGit makes them (its connection factory, the system's proxy), with basic authentication after a 401. */
    private static final class Http {
        private final URIish uri;
        private final CredentialsProvider credentials;
        private String authorization;

        Http(URIish uri, CredentialsProvider credentials) {
            this.uri = uri;
            this.credentials = credentials;
        }

        HttpConnection request(String method, String address, byte[] body) throws IOException {
            for (int attempt = 0;; attempt++) {
                URL url = URI.create(address).toURL();
                List<Proxy> proxies = ProxySelector.getDefault() == null ? List.of() : ProxySelector.getDefault().select(URI.create(address));
                HttpConnection connection = HttpTransport.getConnectionFactory().create(url, proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0));
                connection.setRequestMethod(method);
                connection.setUseCaches(false);
                connection.setConnectTimeout(TIMEOUT_MILLIS);
                connection.setReadTimeout(TIMEOUT_MILLIS);
                connection.setRequestProperty("Git-Protocol", "version=2");
                connection.setRequestProperty("Accept", body == null ? "application/x-git-upload-pack-advertisement"
                    : "application/x-git-upload-pack-result");
                if (authorization != null) {
                    connection.setRequestProperty("Authorization", authorization);
                }
                if (body != null) {
                    connection.setRequestProperty("Content-Type", "application/x-git-upload-pack-request");
                    connection.setDoOutput(true);
                    connection.setFixedLengthStreamingMode(body.length);
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body);
                    }
                }
                int status = connection.getResponseCode();
                if (status == HttpConnection.HTTP_OK) {
                    return connection;
                }
                if (status != HttpConnection.HTTP_UNAUTHORIZED || attempt > 0 || !login()) {
                    throw new IOException(address + ": " + status + " " + connection.getResponseMessage());
                }
            }
        }

        /** The remote's user and password (from the address, else the credentials provider), as a basic authorization. */
        private boolean login() {
            String user = uri.getUser();
            String password = uri.getPass();
            if (user == null || password == null) {
                CredentialItem.Username name = new CredentialItem.Username();
                CredentialItem.Password secret = new CredentialItem.Password();
                if (credentials == null || !credentials.supports(name, secret) || !credentials.get(uri, name, secret)
                        || name.getValue() == null || secret.getValue() == null) {
                    return false;
                }
                user = name.getValue();
                password = new String(secret.getValue());
            }
            authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return true;
        }
    }

    /**
     * Reads a protocol v2 capability advertisement and, when the server's ls-refs takes
     * {@code unborn}, asks for HEAD with its symbolic target; {@code null} when the server speaks
     * an older protocol or cannot tell.
     */
    private static String lsRefsHead(InputStream in, OutputStream out) throws IOException {
        PacketLineIn lines = new PacketLineIn(in);
        String objectFormat = capabilities(lines.readString(), lines);
        if (objectFormat == null) {
            return null;
        }
        writeRequest(out, objectFormat);
        return readHead(lines);
    }

    /**
     * Reads the capabilities that follow {@code first}: the object format line to send (empty for
     * the default), or {@code null} when this is not protocol v2 (v0 advertises no unborn HEAD) or
     * ls-refs does not take {@code unborn}.
     */
    private static String capabilities(String first, PacketLineIn lines) throws IOException {
        if (!"version 2".equals(strip(first))) {
            return null;
        }
        boolean unborn = false;
        String objectFormat = "";
        for (String line = lines.readString(); !PacketLineIn.isEnd(line); line = lines.readString()) {
            line = strip(line);
            if (line.startsWith("ls-refs=")) {
                unborn = List.of(line.substring("ls-refs=".length()).split(" ")).contains("unborn");
            } else if (line.startsWith("object-format=")) {
                objectFormat = line;
            }
        }
        return unborn ? objectFormat : null;
    }

    private static void writeRequest(OutputStream out, String objectFormat) throws IOException {
        PacketLineOut request = new PacketLineOut(out);
        request.writeString("command=ls-refs\n");
        if (!objectFormat.isEmpty()) {
            request.writeString(objectFormat + "\n");
        }
        request.writeDelim();
        request.writeString("symrefs\n");
        request.writeString("unborn\n");
        request.writeString("ref-prefix " + Constants.HEAD + "\n");
        request.end();
    }

    /** HEAD's symbolic target in an ls-refs answer ({@code unborn HEAD symref-target:refs/heads/NAME}). */
    private static String readHead(PacketLineIn lines) throws IOException {
        String target = null;
        for (String line = lines.readString(); !PacketLineIn.isEnd(line); line = lines.readString()) {
            String[] parts = strip(line).split(" ");
            if (parts.length >= 2 && parts[1].equals(Constants.HEAD)) {
                for (int i = 2; i < parts.length; i++) {
                    if (parts[i].startsWith("symref-target:")) {
                        target = parts[i].substring("symref-target:".length());
                    }
                }
            }
        }
        return target;
    }

    private static String strip(String line) {
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
