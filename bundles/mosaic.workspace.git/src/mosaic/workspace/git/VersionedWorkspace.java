package mosaic.workspace.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.treewalk.TreeWalk;

import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;

/**
 * A Mosaic workspace that is a git repository: explicit commits with the analyst's identity and
 * component, tags, status, and sync (commit pending work, fetch, model-aware merge, push).
 *
 * <p>Saving objects never commits; only {@link #commit} and {@link #sync} do. XMI files are never
 * merged as text: every file both sides changed goes through {@link ModelMerger}, and conflicts
 * are kept (in the per-user state folder) until {@link #resolve resolved}. A sync that fails part
 * way leaves the files and HEAD as they were, or a complete local merge commit that the next sync
 * pushes.</p>
 *
 * <p>Not thread-safe; close it when done.</p>
 *
 * <p>This class is the repository handle (opening, cloning, remotes, credentials, status); each
 * operation is a class of its own working through it: {@link CommitOperations},
 * {@link TagOperations}, {@link SyncOperation}, {@link ResolveOperation} and
 * {@link CompartmentOperations}.</p>
 */
public final class VersionedWorkspace implements AutoCloseable {

    /** The name of the default remote, set by the first sync with a remote address. */
    public static final String DEFAULT_REMOTE = "origin";

    private final Path root;
    private final Path workspaceRoot;
    private final Git git;
    private final ConflictStore conflictStore;
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private CredentialsProvider credentials;
    private SshSettings ssh = SshSettings.user();
    private SshdSessionFactory sshFactory;

    private VersionedWorkspace(Path root, Path workspaceRoot, Git git) {
        this.root = root;
        this.workspaceRoot = workspaceRoot;
        this.git = git;
        this.conflictStore = new ConflictStore(root, problems::add);
    }

    /**
     * Opens the workspace in {@code folder} as a repository, making it one (branch {@code main},
     * per-user folder ignored, XMI files never merged as text by git) when it is not yet.
     *
     * @throws WorkspaceException when the folder is not a Mosaic workspace or git cannot open it
     */
    public static VersionedWorkspace open(Path folder) throws WorkspaceException {
        Path root = WorkspaceLocation.of(folder).root();
        if (!Workspace.isWorkspace(root)) {
            throw new WorkspaceException(root, "folder is not a Mosaic workspace (no " + Workspace.MISSION_FILE + ")");
        }
        try {
            if (!Files.isDirectory(root.resolve(Constants.DOT_GIT))) {
                Git.init().setDirectory(root.toFile()).setInitialBranch("main").call().close();
                addLine(root.resolve(Constants.GITIGNORE_FILENAME), WorkspaceLocation.STATE_FOLDER + "/");
                addLine(root.resolve(Constants.GITIGNORE_FILENAME), Workspace.COMPARTMENTS_FOLDER + "/");
                addLine(root.resolve(Constants.DOT_GIT_ATTRIBUTES), "*.xmi -merge");
            }
            return repository(root, root);
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(root, "cannot open the workspace's git repository: " + e.getMessage());
        }
    }

    static VersionedWorkspace repository(Path repositoryRoot, Path workspaceRoot) throws IOException {
        Repository repository = new FileRepositoryBuilder().setWorkTree(repositoryRoot.toFile())
            .setGitDir(repositoryRoot.resolve(Constants.DOT_GIT).toFile()).setMustExist(true).build();
        return new VersionedWorkspace(repositoryRoot, workspaceRoot, new Git(repository, true));
    }

    /**
     * Clones the workspace at {@code url} (a folder, file://, git://, http(s):// or ssh) into
     * {@code folder}, which must be missing or empty; the url becomes the default remote. ssh
     * remotes are reached with the user's {@code ~/.ssh}.
     */
    public static VersionedWorkspace clone(String url, Path folder, CredentialsProvider credentials) throws WorkspaceException {
        return clone(url, folder, credentials, SshSettings.user());
    }

    /**
     * Clones the workspace at {@code url} into {@code folder} (missing or empty), reaching ssh
     * remotes as {@code ssh} says; the url becomes the default remote, and the returned workspace
     * keeps the credentials and ssh settings for its syncs.
     */
    public static VersionedWorkspace clone(String url, Path folder, CredentialsProvider credentials, SshSettings ssh) throws WorkspaceException {
        Path target = folder.toAbsolutePath().normalize();
        List<String> refused;
        try (SshdSessionFactory factory = ssh.newFactory()) {
            TransportConfigCallback transport = SshSettings.callback(factory);
            if (Files.exists(target)) {
                try (var entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new WorkspaceException(target, "folder is not empty; clone into a new or empty folder");
                    }
                }
            }
            var command = Git.cloneRepository().setURI(url).setDirectory(target.toFile()).setRemote(DEFAULT_REMOTE)
                .setCredentialsProvider(credentials).setTransportConfigCallback(transport).setNoCheckout(true);
            defaultBranch(url, credentials, transport).ifPresent(command::setBranch);
            try (Git clone = command.call()) {
                refused = checkoutAccepted(clone.getRepository(), target);
                refreshIndex(clone);
            }
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(target, "cannot clone " + url + ": " + rootMessage(e));
        }
        if (!Workspace.isWorkspace(target)) {
            throw new WorkspaceException(target, url + " is a git repository but not a Mosaic workspace (no " + Workspace.MISSION_FILE + ")");
        }
        VersionedWorkspace workspace = open(target);
        refused.forEach(workspace::problem);
        workspace.setCredentials(credentials);
        workspace.setSsh(ssh);
        return workspace;
    }

    /**
     * Checks out HEAD of a fresh clone without the entries no workspace takes from a repository
     * ({@link RepositoryPaths}: per-user state, symbolic links, submodules, paths outside): they
     * stay out of the working tree and the index, so the first sync commits their removal.
     *
     * @return one problem line for each entry left out
     */
    static List<String> checkoutAccepted(Repository repository, Path root) throws IOException {
        List<String> refused = new java.util.ArrayList<>();
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return refused;
        }
        RepositoryPaths paths = new RepositoryPaths(root);
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository);
                org.eclipse.jgit.lib.ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit commit = walk.parseCommit(head);
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            org.eclipse.jgit.dircache.DirCache accepted = org.eclipse.jgit.dircache.DirCache.newInCore();
            org.eclipse.jgit.dircache.DirCacheBuilder builder = accepted.builder();
            while (tree.next()) {
                String refusal = paths.refusal(tree.getPathString(), tree.getFileMode(0));
                if (refusal != null) {
                    refused.add(tree.getPathString() + " (commit " + commit.abbreviate(8).name() + "): " + refusal + "; not checked out");
                    continue;
                }
                org.eclipse.jgit.dircache.DirCacheEntry entry = new org.eclipse.jgit.dircache.DirCacheEntry(tree.getPathString());
                entry.setFileMode(tree.getFileMode(0));
                entry.setObjectId(tree.getObjectId(0));
                builder.add(entry);
            }
            builder.finish();
            ObjectId treeId = accepted.writeTree(inserter);
            inserter.flush();
            org.eclipse.jgit.dircache.DirCache index = repository.lockDirCache();
            try {
                new org.eclipse.jgit.dircache.DirCacheCheckout(repository, index, walk.parseTree(treeId)).checkout();
            } finally {
                index.unlock();
            }
        }
        return refused;
    }

    /**
     * Records the size and time of every checked-out file in the index. Files written in the same
     * instant as the index are "racily clean" and would be read and hashed again by every status
     * until then; git's own clone leaves a refreshed index too.
     */
    static void refreshIndex(Git git) throws GitAPIException {
        git.add().addFilepattern(".").setUpdate(true).call();
    }

    /**
     * The branch to check out of a remote: the one its HEAD names, else {@code main}, else its only
     * branch (a bare repository made by {@code git init --bare} may name a branch nobody pushed).
     */
    private static Optional<String> defaultBranch(String url, CredentialsProvider credentials, TransportConfigCallback transport)
            throws GitAPIException {
        Map<String, Ref> refs = Git.lsRemoteRepository().setRemote(url).setCredentialsProvider(credentials).setTransportConfigCallback(transport)
            .callAsMap();
        Ref head = refs.get(Constants.HEAD);
        if (head != null && head.getObjectId() != null) {
            return Optional.empty();
        }
        if (refs.containsKey(Constants.R_HEADS + "main")) {
            return Optional.of(Constants.R_HEADS + "main");
        }
        List<String> branches = refs.keySet().stream().filter(name -> name.startsWith(Constants.R_HEADS)).sorted().toList();
        return branches.size() == 1 ? Optional.of(branches.get(0)) : Optional.empty();
    }

    static void addLine(Path file, String line) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!text.lines().anyMatch(line::equals)) {
            Files.writeString(file, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + line + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The message of {@code e} and of its root cause, on one line (JGit's ssh errors list every
     * authentication attempt on lines of their own), with a hint when an ssh host key was refused.
     */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage();
        String text = cause == e || message != null && message.contains(String.valueOf(cause.getMessage())) ? message
            : message + " (" + cause.getMessage() + ")";
        text = String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", "; ");
        return text.contains("Server key did not validate") ? text + " (the host's key is not in known_hosts, or it changed)" : text;
    }

    /** The workspace folder. */
    public Path root() {
        return root;
    }

    /** The repository, for history queries. */
    public Repository repository() {
        return git.getRepository();
    }

    /** Credentials for remotes (never stored in the workspace); {@code null} for none. */
    public void setCredentials(CredentialsProvider credentials) {
        this.credentials = credentials;
    }

    /** How ssh remotes are reached (the user's {@code ~/.ssh} unless set). */
    public void setSsh(SshSettings settings) {
        this.ssh = Objects.requireNonNull(settings, "ssh settings");
        closeSsh();
    }

    /** The ssh session factory for this workspace's transports, made on first use. */
    TransportConfigCallback transport() {
        return transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(sshFactory());
            }
        };
    }

    SshdSessionFactory sshFactory() {
        if (sshFactory == null) {
            sshFactory = ssh.newFactory();
        }
        return sshFactory;
    }

    private void closeSsh() {
        if (sshFactory != null) {
            sshFactory.close();
            sshFactory = null;
        }
    }

    /** The default remote's address, if one was set. */
    public Optional<String> defaultRemote() {
        return Optional.ofNullable(repository().getConfig().getString("remote", DEFAULT_REMOTE, "url"));
    }

    // ------------------------------------------------------------------------------ commit

    /**
     * Commits every change in the workspace's files (new, changed and deleted objects).
     *
     * @return the new commit, or empty when nothing had changed
     */
    public Optional<RevCommit> commit(String message, Identity who) throws IOException {
        return new CommitOperations(this).commit(message, who);
    }

    /** The commit HEAD points to, or {@code null} in a repository without commits. */
    public ObjectId head() throws IOException {
        return repository().resolve(Constants.HEAD);
    }

    // ------------------------------------------------------------------------------ tags

    /**
     * Tags HEAD as an issued version. The tag's ref name is {@code name} with spaces and other
     * characters git does not allow in names replaced by '-'; its message is {@code name} as given.
     *
     * @return the ref name of the tag
     */
    public String tag(String name, Identity who) throws IOException {
        return new TagOperations(this).tag(name, who);
    }

    /** The ref name (under refs/tags/) a tag called {@code name} gets. */
    public static String tagRefName(String name) {
        return TagOperations.tagRefName(name);
    }

    // ------------------------------------------------------------------------------ status

    /**
     * Where the workspace stands against its default remote as last fetched.
     *
     * @param ahead local commits the remote does not have
     * @param behind remote commits not merged here
     * @param conflicts open conflicts
     * @param uncommitted files changed, added or deleted since the last commit
     */
    public record Status(int ahead, int behind, int conflicts, int uncommitted) {
    }

    /** Ahead / behind / conflicts / uncommitted changes. */
    public Status status() throws IOException {
        ObjectId head = head();
        Ref tracking = repository().exactRef(trackingRef(DEFAULT_REMOTE));
        int ahead = 0;
        int behind = 0;
        if (head != null && tracking != null) {
            ahead = count(head, tracking.getObjectId());
            behind = count(tracking.getObjectId(), head);
        } else if (head != null) {
            ahead = count(head, null);
        }
        int uncommitted;
        try {
            var status = git.status().call();
            uncommitted = status.getUncommittedChanges().size() + status.getUntracked().size();
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot read status: " + rootMessage(e), e);
        }
        return new Status(ahead, behind, conflicts().size(), uncommitted);
    }

    private int count(ObjectId from, ObjectId notIn) throws IOException {
        try (RevWalk walk = new RevWalk(repository())) {
            walk.markStart(walk.parseCommit(from));
            if (notIn != null) {
                walk.markUninteresting(walk.parseCommit(notIn));
            }
            int n = 0;
            while (walk.next() != null) {
                n++;
            }
            return n;
        }
    }

    String branch() throws IOException {
        return repository().getBranch();
    }

    /** Where the default remote's copy of the workspace's branch is kept: its upstream's, else its own name's. */
    private String trackingRef(String remote) throws IOException {
        String branch = branch();
        String remoteBranch = DEFAULT_REMOTE.equals(remote) ? upstream(branch).orElse(branch) : branch;
        return Constants.R_REMOTES + remote + "/" + remoteBranch;
    }

    /** The branch of the default remote that {@code branch} syncs with ({@code branch.NAME.merge}), if set. */
    Optional<String> upstream(String branch) {
        StoredConfig config = repository().getConfig();
        String merge = config.getString("branch", branch, "merge");
        if (DEFAULT_REMOTE.equals(config.getString("branch", branch, "remote")) && merge != null && merge.startsWith(Constants.R_HEADS)) {
            return Optional.of(merge.substring(Constants.R_HEADS.length()));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------ conflicts

    /** The open conflicts, oldest first. */
    public List<Conflict> conflicts() throws IOException {
        return conflictStore.read();
    }

    /**
     * What this handle found wrong and went past so far, one line each naming the file and the
     * problem: per-user state rebuilt (a malformed or hostile line of {@code .mosaic/conflicts.tsv}
     * dropped), versions of history that cannot be read. A sync's own are in its {@link SyncResult#problems()}.
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Records a problem line (see {@link #problems()}). */
    void problem(String line) {
        problems.add(line);
    }

    /** The bytes of {@code path} in {@code commit}, or {@code null} when the file is not there. */
    public byte[] read(ObjectId commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository()); TreeWalk tree = TreeWalk.forPath(repository(), path, walk.parseCommit(commit).getTree())) {
            return tree == null ? null : repository().open(tree.getObjectId(0)).getBytes();
        }
    }

    /**
     * Settles one open conflict and commits the outcome, naming the value that lost.
     *
     * @param object the object's id (or, for a non-model file, its path)
     * @param field the conflicting field
     * @param choice {@code mine}, {@code theirs}, or a new value (for a field of a model object)
     * @return the commit that records the resolution
     * @throws IllegalArgumentException when there is no such open conflict or the value does not fit
     */
    public RevCommit resolve(String object, String field, String choice, Identity who) throws IOException, WorkspaceException {
        return new ResolveOperation(this).resolve(object, field, choice, who);
    }

    // ------------------------------------------------------------------------------ sync

    /**
     * Commits pending work, fetches from the remote, merges model-aware and pushes.
     *
     * @param remoteUrl the remote to sync with; {@code null} for the default remote. When the
     *        workspace has no default remote yet, this one becomes it.
     * @throws IOException when the remote cannot be reached or read: the workspace is left as it
     *         was (pending work committed)
     * @throws IllegalStateException when there is no remote to sync with
     */
    public SyncResult sync(String remoteUrl, Identity who, IProgressMonitor monitor) throws IOException {
        // the checkout and merge write the workspace's files: no save of any process meanwhile
        try (var lock = mosaic.core.workspace.WriteLock.acquire(workspaceRoot)) {
            return new SyncOperation(this).sync(remoteUrl, who, monitor);
        }
    }

    // ------------------------------------------------------------------------------ compartments

    /** The mounted compartments (folders under compartments/ that are repositories), by name. */
    public List<Compartment> compartments() throws IOException {
        return new CompartmentOperations(this).compartments();
    }

    /** The repository of a mounted compartment; close it when done. */
    public VersionedWorkspace compartment(String name) throws IOException {
        return new CompartmentOperations(this).compartment(name);
    }

    /**
     * Creates a new compartment repository in this workspace with the given ceiling (sync it with
     * a remote to share it).
     *
     * @throws IllegalArgumentException when the name is taken or the classification unknown
     */
    public Compartment createCompartment(String name, String classification, List<String> markings, String releasableTo, Identity who)
            throws IOException {
        return new CompartmentOperations(this).createCompartment(name, classification, markings, releasableTo, who);
    }

    /** Mounts the compartment at {@code url} (a clone, with url as its default remote) as {@code compartments/<name>/}. */
    public Compartment mount(String name, String url) throws IOException {
        return new CompartmentOperations(this).mount(name, url);
    }

    /**
     * Releases an object into a compartment: checks the marking of the object, of everything it
     * contains and of every report its evidence cites against the compartment's ceiling, moves its
     * file there and commits in both repositories, the check recorded in the messages.
     *
     * @param object id or unique name
     * @throws IllegalArgumentException naming each object whose marking is above the ceiling
     */
    public RevCommit release(String object, String compartmentName, Identity who) throws IOException, WorkspaceException {
        return new CompartmentOperations(this).release(object, compartmentName, who);
    }

    // ------------------------------------------------------------------------------ for the operations

    Git git() {
        return git;
    }

    /** The workspace this repository belongs to: its own root, or for a compartment the workspace's. */
    Path workspaceRoot() {
        return workspaceRoot;
    }

    ConflictStore conflictStore() {
        return conflictStore;
    }

    CredentialsProvider credentials() {
        return credentials;
    }

    SshSettings ssh() {
        return ssh;
    }

    /** Stages every new, changed and deleted file (see {@link CommitOperations#stageAll()}). */
    void stageAll() throws IOException, GitAPIException {
        new CommitOperations(this).stageAll();
    }

    @Override
    public void close() {
        closeSsh();
        git.close();
    }
}
