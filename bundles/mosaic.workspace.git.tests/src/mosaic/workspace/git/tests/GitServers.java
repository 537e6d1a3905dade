package mosaic.workspace.git.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Real git servers on loopback for the tests: {@code git daemon}, and {@code git http-backend}
 * behind a minimal HTTP/1.1 server written here (one request per connection, CGI as git
 * documents it), plus the {@code git} command line.
 */
final class GitServers {

    private GitServers() {
    }

    /** Runs {@code git args} in {@code dir}; returns its standard output; fails on a non-zero exit. */
    static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Plain Git", "-c", "user.email=plain@git.invalid",
            "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        byte[] err = process.getErrorStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir + ": " + new String(err, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** What a {@code git} command wrote on its standard output and standard error. */
    record Output(String out, String err) {
    }

    /**
     * Runs {@code git args} in {@code dir} exactly as a user would type it (no {@code -c}
     * settings added), with {@code environment} added to the process's; fails on a non-zero exit.
     */
    static Output plainGit(Path dir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().putAll(environment);
        Process process = builder.start();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errText = new String(err.join(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir + ": " + errText);
        }
        return new Output(out, errText);
    }

    /** A fresh bare repository that accepts pushes to its checked-out branch name {@code main}. */
    static Path bare(Path dir) throws IOException, InterruptedException {
        java.nio.file.Files.createDirectories(dir);
        git(dir, "init", "-q", "--bare", "--initial-branch=main");
        return dir;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** {@code git daemon} serving every repository under {@code base} on a free loopback port, push enabled. */
    static final class Daemon implements AutoCloseable {
        final int port;
        private final Process process;

        Daemon(Path base) throws IOException, InterruptedException {
            port = freePort();
            process = new ProcessBuilder("git", "daemon", "--export-all", "--enable=receive-pack", "--reuseaddr", "--listen=127.0.0.1",
                "--port=" + port, "--base-path=" + base, base.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitPort(process, port, () -> "git daemon did not start on port " + port);
        }

        String url(String repository) {
            return "git://127.0.0.1:" + port + "/" + repository;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * {@code git http-backend} as CGI behind a small HTTP server on a free loopback port; with a
     * user and password, every request needs them (HTTP basic authentication).
     */
    static final class Http implements AutoCloseable {
        private final Path base;
        private final String authorization;
        /** Requests answered 401 because the login was missing or wrong. */
        final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        private final ServerSocket server;
        private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "test-git-http");
            thread.setDaemon(true);
            return thread;
        });

        Http(Path base) throws IOException {
            this(base, null, null);
        }

        Http(Path base, String user, String password) throws IOException {
            this.base = base;
            this.authorization = user == null ? null
                : "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            workers.execute(this::accept);
        }

        String url(String repository) {
            return "http://127.0.0.1:" + server.getLocalPort() + "/git/" + repository;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    workers.execute(() -> serve(socket));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket socket) {
            try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
                String requestLine = line(in);
                Map<String, String> headers = new LinkedHashMap<>();
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
                }
                byte[] body = body(in, headers);
                if (authorization != null && !authorization.equals(headers.get("authorization"))) {
                    refused.incrementAndGet();
                    out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"mosaic-test\"\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return;
                }
                String[] parts = requestLine.split(" ");
                String target = parts[1];
                String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
                String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
                ProcessBuilder cgi = new ProcessBuilder("git", "http-backend");
                Map<String, String> env = cgi.environment();
                env.put("GIT_PROJECT_ROOT", base.toString());
                env.put("GIT_HTTP_EXPORT_ALL", "1");
                env.put("REMOTE_USER", "tester");
                env.put("REMOTE_ADDR", "127.0.0.1");
                env.put("REQUEST_METHOD", parts[0]);
                env.put("PATH_INFO", path.substring("/git".length()));
                env.put("QUERY_STRING", query);
                env.put("CONTENT_TYPE", headers.getOrDefault("content-type", ""));
                env.put("CONTENT_LENGTH", Integer.toString(body.length));
                if (headers.containsKey("content-encoding")) {
                    env.put("HTTP_CONTENT_ENCODING", headers.get("content-encoding"));
                }
                if (headers.containsKey("git-protocol")) {
                    env.put("GIT_PROTOCOL", headers.get("git-protocol"));
                }
                Process process = cgi.redirectError(ProcessBuilder.Redirect.DISCARD).start();
                workers.execute(() -> {
                    try (OutputStream stdin = process.getOutputStream()) {
                        stdin.write(body);
                    } catch (IOException ignored) {
                        // the backend stopped reading; its answer says why
                    }
                });
                byte[] response = process.getInputStream().readAllBytes();
                process.waitFor();
                int split = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                int skip = 4;
                if (split < 0) {
                    split = indexOf(response, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
                    skip = 2;
                }
                String cgiHeaders = new String(response, 0, Math.max(split, 0), StandardCharsets.ISO_8859_1);
                String status = "200 OK";
                StringBuilder head = new StringBuilder();
                for (String header : cgiHeaders.split("\r?\n")) {
                    if (header.regionMatches(true, 0, "Status:", 0, 7)) {
                        status = header.substring(7).strip();
                    } else if (!header.isEmpty()) {
                        head.append(header).append("\r\n");
                    }
                }
                int start = split < 0 ? 0 : split + skip;
                out.write(("HTTP/1.1 " + status + "\r\n" + head + "Content-Length: " + (response.length - start) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
                out.write(response, start, response.length - start);
                out.flush();
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the client went away; nothing to answer
            }
        }

        private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                while (true) {
                    String size = line(in);
                    int semicolon = size.indexOf(';');
                    int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
                    if (n == 0) {
                        while (!line(in).isEmpty()) {
                            // trailers
                        }
                        return body.toByteArray();
                    }
                    body.write(in.readNBytes(n));
                    line(in);
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            return in.readNBytes(length);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    line.write(c);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        private static int indexOf(byte[] data, byte[] pattern) {
            outer: for (int i = 0; i + pattern.length <= data.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            server.close();
            workers.shutdownNow();
        }
    }

    /**
     * A real OpenSSH server on a free loopback port, running as the current user with its own
     * generated host key, accepting only the generated client key (public key authentication
     * only). Also writes a known_hosts file for the client and an ssh config that names the
     * server {@code mosaic-test} (for {@code user@host:path} addresses).
     */
    static final class Sshd implements AutoCloseable {
        final int port;
        final Path clientKey;
        final Path otherKey;
        final Path knownHosts;
        final Path sshDirectory;
        final String user = System.getProperty("user.name");
        private final Process process;
        private final Path log;

        Sshd(Path dir) throws IOException, InterruptedException {
            java.nio.file.Files.createDirectories(dir);
            Path hostKey = keygen(dir.resolve("host_key"));
            clientKey = keygen(dir.resolve("client_key"));
            otherKey = keygen(dir.resolve("other_key"));
            java.nio.file.Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
            port = freePort();
            knownHosts = dir.resolve("known_hosts");
            java.nio.file.Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + java.nio.file.Files.readString(dir.resolve("host_key.pub")));
            sshDirectory = java.nio.file.Files.createDirectories(dir.resolve("home/.ssh"));
            java.nio.file.Files.writeString(sshDirectory.resolve("config"), "Host mosaic-test\n  HostName 127.0.0.1\n  Port " + port
                + "\n  User " + user + "\n  IdentityFile " + clientKey + "\n  UserKnownHostsFile " + knownHosts + "\n  StrictHostKeyChecking yes\n");
            Path config = dir.resolve("sshd_config");
            // AcceptEnv GIT_PROTOCOL: git's documented setting for protocol v2 over ssh
            java.nio.file.Files.writeString(config, String.join("\n", "HostKey " + hostKey, "AcceptEnv GIT_PROTOCOL", "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "ListenAddress 127.0.0.1", "StrictModes no", "UsePAM no", "PidFile " + dir.resolve("sshd.pid"), "PubkeyAuthentication yes",
                "PasswordAuthentication no", "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password", "") );
            Path sshd = executable();
            if ("root".equals(user)) {
                // sshd started by root wants its privilege separation folder (systemd makes it for the service)
                java.nio.file.Files.createDirectories(Path.of("/run/sshd"));
            }
            log = dir.resolve("sshd.log");
            process = new ProcessBuilder(sshd.toString(), "-D", "-e", "-f", config.toString(), "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Path sshdLog = log;
            awaitPort(process, port, () -> "sshd did not start on port " + port + ": " + readQuietly(sshdLog));
        }

        private static Path executable() throws IOException {
            List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/sbin/sshd")));
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "sshd"));
                }
            }
            return candidates.stream().filter(java.nio.file.Files::isExecutable).findFirst()
                .orElseThrow(() -> new IOException("no sshd found in /usr/sbin or on PATH; install it: apt-get install -y openssh-server"));
        }

        private static Path keygen(Path key) throws IOException, InterruptedException {
            Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", key.getFileName().toString(), "-f", key.toString())
                .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("ssh-keygen failed for " + key + ": " + out);
            }
            return key;
        }

        /** {@code ssh://user@127.0.0.1:port/absolute/path}. */
        String url(Path repository) {
            return "ssh://" + user + "@127.0.0.1:" + port + repository.toAbsolutePath();
        }

        /** The environment that makes the {@code git} command reach this server with the generated client key and known_hosts only. */
        Map<String, String> gitEnvironment() {
            return Map.of("GIT_SSH_COMMAND", "ssh -F /dev/null -i " + clientKey + " -o IdentitiesOnly=yes -o UserKnownHostsFile=" + knownHosts
                + " -o StrictHostKeyChecking=yes -o BatchMode=yes");
        }

        /** The scp-like form through the generated ssh config: {@code user@mosaic-test:/absolute/path}. */
        String scpLike(Path repository) {
            return user + "@mosaic-test:" + repository.toAbsolutePath();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    /** Waits (at most 10 s) until a server process accepts connections on a loopback port. */
    static void awaitPort(Process process, int port, java.util.function.Supplier<String> failure) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    process.destroyForcibly();
                    throw new IOException(failure.get(), notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
