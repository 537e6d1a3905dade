package mosaic.workspace.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.model.Evidence;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.workspace.git.Conflict.Side;
import mosaic.ops.Fields;
import mosaic.ops.SetFieldsOperation;

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
 */
public final class VersionedWorkspace implements AutoCloseable {

    /** The name of the default remote, set by the first sync with a remote address. */
    public static final String DEFAULT_REMOTE = "origin";

    private final Path root;
    private final Path workspaceRoot;
    private final Git git;
    private final ConflictStore conflictStore;
    private CredentialsProvider credentials;
    private SshSettings ssh = SshSettings.user();
    private SshdSessionFactory sshFactory;

    private VersionedWorkspace(Path root, Path workspaceRoot, Git git) {
        this.root = root;
        this.workspaceRoot = workspaceRoot;
        this.git = git;
        this.conflictStore = new ConflictStore(root);
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

    private static VersionedWorkspace repository(Path repositoryRoot, Path workspaceRoot) throws IOException {
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
                .setCredentialsProvider(credentials).setTransportConfigCallback(transport);
            defaultBranch(url, credentials, transport).ifPresent(command::setBranch);
            try (Git clone = command.call()) {
                refreshIndex(clone);
            }
        } catch (IOException | GitAPIException e) {
            throw new WorkspaceException(target, "cannot clone " + url + ": " + rootMessage(e));
        }
        if (!Workspace.isWorkspace(target)) {
            throw new WorkspaceException(target, url + " is a git repository but not a Mosaic workspace (no " + Workspace.MISSION_FILE + ")");
        }
        VersionedWorkspace workspace = open(target);
        workspace.setCredentials(credentials);
        workspace.setSsh(ssh);
        return workspace;
    }

    /**
     * Records the size and time of every checked-out file in the index. Files written in the same
     * instant as the index are "racily clean" and would be read and hashed again by every status
     * until then; git's own clone leaves a refreshed index too.
     */
    private static void refreshIndex(Git git) throws GitAPIException {
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

    private static void addLine(Path file, String line) throws IOException {
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
    private TransportConfigCallback transport() {
        return transport -> {
            if (transport instanceof SshTransport sshTransport) {
                sshTransport.setSshSessionFactory(sshFactory());
            }
        };
    }

    private SshdSessionFactory sshFactory() {
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
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a commit needs a message");
        }
        try {
            stageAll();
            PersonIdent person = new PersonIdent(who.name(), who.email());
            return Optional.of(git.commit().setMessage(who.withTrailer(message)).setAuthor(person).setCommitter(person)
                .setAllowEmpty(false).setSign(false).call());
        } catch (EmptyCommitException e) {
            return Optional.empty();
        } catch (GitAPIException e) {
            throw new IOException(root + ": commit failed: " + rootMessage(e), e);
        }
    }

    /**
     * Stages every new, changed and deleted file, like {@code git add -A}, but writes only the
     * entries that changed: the working tree is compared with the index once (stat data, as
     * {@code git status} does), then the changed files are stored and the index edited in place.
     * Object files are normalized to LF line ends, as the workspace's .gitattributes asks.
     */
    private void stageAll() throws IOException, GitAPIException {
        org.eclipse.jgit.api.Status status = git.status().call();
        Set<String> write = new TreeSet<>(status.getModified());
        write.addAll(status.getUntracked());
        Set<String> delete = status.getMissing();
        if (write.isEmpty() && delete.isEmpty()) {
            return;
        }
        Repository repository = repository();
        DirCache index = repository.lockDirCache();
        try (ObjectInserter inserter = inserter(repository, write.size())) {
            DirCacheEditor editor = index.editor();
            for (String path : write) {
                Path file = root.resolve(path);
                byte[] bytes = Files.readAllBytes(file);
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, path.endsWith(".xmi") ? withLf(bytes) : bytes);
                editor.add(new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                        entry.setLength(attributes.size());
                        entry.setLastModified(attributes.lastModifiedTime().toInstant());
                    }
                });
            }
            for (String path : delete) {
                editor.add(new DirCacheEditor.DeletePath(path));
            }
            inserter.flush();
            editor.commit();
        } finally {
            index.unlock();
        }
    }

    /** Above this many new files, a commit writes one pack instead of a loose object per file. */
    private static final int PACK_THRESHOLD = 64;

    /**
     * Where a commit's new objects go: for many, one pack file (git writes each as its own file;
     * on this storage each file costs more than its bytes, and a pack also sends as it is); for a
     * few, loose objects as git writes them.
     */
    private static ObjectInserter inserter(Repository repository, int objects) {
        if (objects > PACK_THRESHOLD && repository.getObjectDatabase() instanceof org.eclipse.jgit.internal.storage.file.ObjectDirectory directory) {
            return directory.newPackInserter();
        }
        return repository.newObjectInserter();
    }

    private static byte[] withLf(byte[] bytes) {
        int crlf = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                crlf++;
            }
        }
        if (crlf == 0) {
            return bytes;
        }
        byte[] lf = new byte[bytes.length - crlf];
        int j = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                lf[j++] = bytes[i];
            }
        }
        return lf;
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
        String refName = tagRefName(name);
        try {
            if (repository().findRef(Constants.R_TAGS + refName) != null) {
                throw new IllegalArgumentException("tag '" + name + "' already exists");
            }
            PersonIdent person = new PersonIdent(who.name(), who.email());
            git.tag().setName(refName).setMessage(who.withTrailer(name)).setTagger(person).setAnnotated(true).setSigned(false).call();
            return refName;
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot tag '" + name + "': " + rootMessage(e), e);
        }
    }

    /** The ref name (under refs/tags/) a tag called {@code name} gets. */
    public static String tagRefName(String name) {
        String refName = name.strip().replaceAll("[\\s~^:?*\\[\\\\]+", "-").replaceAll("\\.\\.+", ".").replaceAll("^[.-]+|[.]+$", "");
        if (refName.isEmpty() || !Repository.isValidRefName(Constants.R_TAGS + refName)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a tag name");
        }
        return refName;
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

    private String branch() throws IOException {
        return repository().getBranch();
    }

    /** Where the default remote's copy of the workspace's branch is kept: its upstream's, else its own name's. */
    private String trackingRef(String remote) throws IOException {
        String branch = branch();
        String remoteBranch = DEFAULT_REMOTE.equals(remote) ? upstream(branch).orElse(branch) : branch;
        return Constants.R_REMOTES + remote + "/" + remoteBranch;
    }

    /** The branch of the default remote that {@code branch} syncs with ({@code branch.NAME.merge}), if set. */
    private Optional<String> upstream(String branch) {
        StoredConfig config = repository().getConfig();
        String merge = config.getString("branch", branch, "merge");
        if (DEFAULT_REMOTE.equals(config.getString("branch", branch, "remote")) && merge != null && merge.startsWith(Constants.R_HEADS)) {
            return Optional.of(merge.substring(Constants.R_HEADS.length()));
        }
        return Optional.empty();
    }

    /**
     * The remote's branch that the workspace's {@code branch} syncs with: its upstream on the
     * default remote; else the remote's branch of the same name; else, when the remote has no
     * branch at all (a first push into an empty repository), the branch the remote's HEAD names,
     * so that the push creates the branch {@code git clone} checks out; else its own name.
     */
    private String remoteBranch(String remote, String branch, FetchResult fetched, String url) {
        if (DEFAULT_REMOTE.equals(remote)) {
            Optional<String> upstream = upstream(branch);
            if (upstream.isPresent()) {
                return upstream.get();
            }
        }
        boolean empty = fetched.getAdvertisedRefs().stream().noneMatch(ref -> ref.getName().startsWith(Constants.R_HEADS));
        return empty ? RemoteHead.branch(url, credentials, this::sshFactory).orElse(branch) : branch;
    }

    /**
     * After a push to the default remote, records the remote branch as the branch's upstream, as
     * {@code git push -u} does, so that later syncs and plain git in the workspace
     * ({@code git status}, {@code git pull}, {@code git push}) use the same branch.
     */
    private void setUpstream(String remote, String branch, String remoteBranch) throws IOException {
        if (!DEFAULT_REMOTE.equals(remote) || upstream(branch).isPresent()) {
            return;
        }
        StoredConfig config = repository().getConfig();
        config.setString("branch", branch, "remote", DEFAULT_REMOTE);
        config.setString("branch", branch, "merge", Constants.R_HEADS + remoteBranch);
        if (!branch.equals(remoteBranch)) {
            config.setString("push", null, "default", "upstream"); // git's default (simple) refuses a branch whose upstream has another name
        }
        config.save();
    }

    // ------------------------------------------------------------------------------ conflicts

    /** The open conflicts, oldest first. */
    public List<Conflict> conflicts() throws IOException {
        return conflictStore.read();
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
        List<Conflict> open = conflicts();
        if (open.stream().noneMatch(c -> matches(c, object, field))) {
            for (Compartment compartment : compartments()) {
                try (VersionedWorkspace repository = compartment(compartment.name())) {
                    if (repository.conflicts().stream().anyMatch(c -> matches(c, object, field))) {
                        return repository.resolve(object, field, choice, who);
                    }
                }
            }
        }
        Conflict conflict = open.stream().filter(c -> (c.objectId().equals(object) || c.path().equals(object) || c.title().equals(object)) && c.field().equals(field))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("no open conflict on " + object + " " + field
                + (open.isEmpty() ? " (there are no open conflicts)" : "") + listHint(object, field)));
        String outcome;
        String lost;
        Path file = root.resolve(conflict.path());
        if (choice.equals("mine") || choice.equals("theirs")) {
            Side side = choice.equals("mine") ? Side.MINE : Side.THEIRS;
            String value = side == Side.MINE ? conflict.mine() : conflict.theirs();
            outcome = "kept " + choice + " '" + value + "'";
            lost = side == Side.MINE ? conflict.theirs() : conflict.mine();
            if (side != conflict.kept()) {
                takeTheirsOrMine(conflict, side, file, who);
            }
        } else {
            if (conflict.field().equals(Conflict.DELETED) || conflict.field().equals(Conflict.CONTENT)) {
                throw new IllegalArgumentException(conflict.field() + " conflicts are resolved with mine or theirs, not a value");
            }
            Workspace workspace = Workspace.open(workspaceRoot, null);
            workspace.setUser(who.name(), who.component());
            SetFieldsOperation editor = new SetFieldsOperation(workspace);
            editor.set(editor.find(conflict.objectId()), field, choice);
            workspace.saveAll(null);
            outcome = "set to '" + choice + "'";
            lost = "mine '" + conflict.mine() + "' and theirs '" + conflict.theirs() + "'";
        }
        open.remove(conflict);
        String message = "Resolve conflict: " + conflict.path() + " (" + conflict.title() + ") " + conflict.field() + ": " + outcome
            + "\n\nLosing value: " + lost + "\n";
        RevCommit commit;
        try {
            stageAll();
            PersonIdent person = new PersonIdent(who.name(), who.email());
            commit = git.commit().setMessage(who.withTrailer(message)).setAuthor(person).setCommitter(person).setAllowEmpty(true)
                .setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot commit the resolution: " + rootMessage(e), e);
        }
        conflictStore.write(open);
        return commit;
    }

    /**
     * Why there is no conflict to resolve on a multi-valued field: lists merge element by element
     * (each side's additions and removals are kept), so they never conflict.
     */
    private String listHint(String object, String field) {
        try {
            MosaicObject found = new SetFieldsOperation(Workspace.open(workspaceRoot, null)).find(object);
            var feature = found.eClass().getEStructuralFeature(field);
            return feature != null && feature.isMany() ? "; " + field + " is a list, and lists merge element by element (what either side added"
                + " or removed is kept), so they never conflict: change it with set " + field + "=a,b,c" : "";
        } catch (WorkspaceException | IllegalArgumentException e) {
            return ""; // not an object of the workspace: the message says enough
        }
    }

    private static boolean matches(Conflict c, String object, String field) {
        return (c.objectId().equals(object) || c.path().equals(object) || c.title().equals(object)) && c.field().equals(field);
    }

    private void takeTheirsOrMine(Conflict conflict, Side side, Path file, Identity who) throws IOException, WorkspaceException {
        if (conflict.field().equals(Conflict.DELETED)) {
            // The merge kept the edited object; the other side deleted it.
            Files.deleteIfExists(file);
            return;
        }
        ObjectId source = side == Side.THEIRS ? repository().resolve(conflict.theirsCommit()) : findMineCommit(conflict);
        byte[] bytes = source == null ? null : read(source, conflict.path());
        if (bytes == null) {
            throw new IOException(conflict.path() + ": the " + side.word() + " version (" + conflict.theirsCommit() + ") is not in this repository");
        }
        if (conflict.field().equals(Conflict.CONTENT)) {
            Files.write(file, bytes);
            return;
        }
        Workspace workspace = Workspace.open(workspaceRoot, null);
        workspace.setUser(who.name(), who.component()); // the resolver is who changed the object
        SetFieldsOperation editor = new SetFieldsOperation(workspace);
        editor.copyField(editor.find(conflict.objectId()), ModelFiles.load(root, conflict.path(), bytes, source.name()), conflict.field());
        workspace.saveAll(null);
    }

    /** The first parent of the merge that recorded the conflict: mine's side. */
    private ObjectId findMineCommit(Conflict conflict) throws IOException {
        try (RevWalk walk = new RevWalk(repository())) {
            walk.markStart(walk.parseCommit(head()));
            ObjectId theirs = repository().resolve(conflict.theirsCommit());
            for (RevCommit commit : walk) {
                if (commit.getParentCount() == 2 && commit.getParent(1).equals(theirs)) {
                    return commit.getParent(0);
                }
            }
        }
        return null;
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
        SubMonitor progress = SubMonitor.convert(monitor, "Synchronizing " + root.getFileName(), 100);
        checkCanceled(progress);
        String remote = remoteFor(remoteUrl);
        String url = remoteUrl != null ? remoteUrl : defaultRemote().orElseThrow();
        ObjectId before = head();
        String pending = commit("Work before sync", who).map(ObjectId::name).orElse(null);
        progress.worked(10);
        String branch = branch();
        FetchResult fetched;
        try {
            checkCanceled(progress);
            progress.subTask("Fetching from " + url);
            try {
                fetched = git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + remote + "/*"))
                    .setCredentialsProvider(credentials).setTransportConfigCallback(transport()).setProgressMonitor(new GitProgress(progress))
                    .call();
            } catch (GitAPIException | RuntimeException e) {
                checkCanceled(progress);
                throw new IOException("cannot fetch from " + url + ": " + rootMessage(e), e);
            }
            progress.worked(30);
            checkCanceled(progress);
        } catch (OperationCanceledException e) {
            uncommit(before, pending);
            throw e;
        }
        String remoteBranch = remoteBranch(remote, branch, fetched, url);
        String tracking = Constants.R_REMOTES + remote + "/" + remoteBranch;
        Ref theirsRef = repository().exactRef(tracking);
        ObjectId ours = head();
        SyncResult.Merge kind;
        ObjectId newHead = null;
        List<Conflict> conflicts = List.of();
        List<String> dangling = List.of();
        if (theirsRef == null) {
            kind = SyncResult.Merge.REMOTE_EMPTY;
        } else {
            ObjectId theirs = theirsRef.getObjectId();
            ObjectId base = mergeBase(ours, theirs);
            if (ours == null || theirs.equals(base) || theirs.equals(ours)) {
                kind = ours == null ? SyncResult.Merge.FAST_FORWARD : SyncResult.Merge.UP_TO_DATE;
                if (ours == null) {
                    newHead = theirs;
                }
            } else if (ours.equals(base)) {
                kind = SyncResult.Merge.FAST_FORWARD;
                newHead = theirs;
            } else {
                kind = SyncResult.Merge.MERGED;
                MergeOutcome outcome = mergeCommits(base, ours, theirs, url, who, progress.split(30));
                newHead = outcome.commit;
                conflicts = outcome.conflicts;
                dangling = outcome.dangling;
            }
            if (newHead != null) {
                moveTo(ours, newHead);
            }
        }
        if (!conflicts.isEmpty()) {
            List<Conflict> open = new ArrayList<>(conflicts());
            for (Conflict conflict : conflicts) {
                open.removeIf(c -> c.path().equals(conflict.path()) && c.field().equals(conflict.field()));
                open.add(conflict);
            }
            conflictStore.write(open);
        }
        progress.setWorkRemaining(20);
        String pushProblem = push(url, branch, remoteBranch, tracking);
        if (pushProblem == null) {
            setUpstream(remote, branch, remoteBranch);
        }
        housekeeping();
        progress.worked(10);
        Map<String, SyncResult> compartmentResults = new TreeMap<>();
        for (Compartment compartment : compartments()) {
            try (VersionedWorkspace repository = compartment(compartment.name())) {
                if (repository.defaultRemote().isPresent()) {
                    repository.setCredentials(credentials);
                    repository.setSsh(ssh);
                    compartmentResults.put(compartment.name(), repository.sync(null, who, progress.split(10 / Math.max(1, compartments().size()))));
                }
            }
        }
        return new SyncResult(pending, kind, newHead == null ? null : newHead.name(), conflicts, dangling, pushProblem == null, pushProblem,
            compartmentResults);
    }

    /**
     * git's automatic housekeeping after a sync, with git's thresholds ({@code gc.auto},
     * {@code gc.autoPackLimit}): once loose objects or packs have piled up (each fetch brings a
     * pack, each commit loose objects), they are packed together, in this thread so that a
     * command does not exit in the middle. A failure costs only disk space, so it is logged, not
     * raised.
     */
    private void housekeeping() {
        Repository repository = repository();
        repository.getConfig().setBoolean("gc", null, "autoDetach", false); // in memory only
        try {
            repository.autoGC(org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE);
        } catch (RuntimeException e) {
            System.getLogger(VersionedWorkspace.class.getName()).log(System.Logger.Level.WARNING, root + ": git housekeeping failed: " + rootMessage(e), e);
        }
    }

    /**
     * Takes back the commit of pending work made by a sync that was cancelled before it merged:
     * HEAD and the index go back to {@code before}, the files stay as they are, so the workspace
     * is as it was.
     */
    private void uncommit(ObjectId before, String pending) throws IOException {
        if (pending == null || before == null) {
            return;
        }
        try {
            git.reset().setMode(ResetType.MIXED).setRef(before.name()).call();
        } catch (GitAPIException e) {
            throw new IOException(root + ": cannot take back the commit of pending work " + pending + ": " + rootMessage(e), e);
        }
    }

    /**
     * JGit's progress reports as sub-tasks of an Eclipse monitor, and its cancellation: JGit stops
     * a fetch or push when the monitor is cancelled.
     */
    private static final class GitProgress implements org.eclipse.jgit.lib.ProgressMonitor {
        private final IProgressMonitor monitor;

        GitProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void start(int totalTasks) {
            // the Eclipse monitor's own work covers JGit's tasks
        }

        @Override
        public void beginTask(String title, int totalWork) {
            monitor.subTask(title);
        }

        @Override
        public void update(int completed) {
            // JGit's units (objects, deltas) are not the sync's
        }

        @Override
        public void endTask() {
            // nothing to close
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }

        @Override
        public void showDuration(boolean enabled) {
            // durations are JGit's own debugging aid
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private String remoteFor(String remoteUrl) throws IOException {
        Optional<String> current = defaultRemote();
        if (remoteUrl == null) {
            if (current.isEmpty()) {
                throw new IllegalStateException("the workspace has no remote yet; give one with --remote URL");
            }
            return DEFAULT_REMOTE;
        }
        if (current.isEmpty()) {
            StoredConfig config = repository().getConfig();
            config.setString("remote", DEFAULT_REMOTE, "url", remoteUrl);
            config.setString("remote", DEFAULT_REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + DEFAULT_REMOTE + "/*");
            config.save();
            return DEFAULT_REMOTE;
        }
        return current.get().equals(remoteUrl) ? DEFAULT_REMOTE : "mosaic-sync";
    }

    private String push(String url, String branch, String remoteBranch, String tracking) throws IOException {
        try {
            Iterable<PushResult> results = git.push().setRemote(url).setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + remoteBranch))
                .setCredentialsProvider(credentials).setTransportConfigCallback(transport()).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        return "push to " + url + " refused (" + update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage().strip()) + ")";
                    }
                }
            }
        } catch (GitAPIException | RuntimeException e) {
            return "push to " + url + " failed: " + rootMessage(e);
        }
        RefUpdate update = repository().updateRef(tracking);
        update.setNewObjectId(head());
        update.setForceUpdate(true);
        update.update();
        return null;
    }

    private ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
        if (a == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base == null ? null : base.copy();
        }
    }

    /** Checks out {@code target} (the working tree is clean: pending work was committed) and moves the branch; on failure puts {@code from} back. */
    private void moveTo(ObjectId from, ObjectId target) throws IOException {
        Repository repository = repository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(target);
            DirCache index = repository.lockDirCache();
            try {
                DirCacheCheckout checkout = from == null ? new DirCacheCheckout(repository, index, commit.getTree())
                    : new DirCacheCheckout(repository, walk.parseCommit(from).getTree(), index, commit.getTree());
                checkout.setFailOnConflict(true);
                checkout.checkout();
            } finally {
                index.unlock();
            }
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(commit);
            update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
            update.setRefLogMessage("mosaic sync", false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
                throw new IOException("cannot move " + branch() + " to " + target.name() + ": " + result);
            }
        } catch (IOException | RuntimeException e) {
            if (from != null) {
                try {
                    git.reset().setMode(ResetType.HARD).setRef(from.name()).call();
                } catch (GitAPIException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
    }

    private record MergeOutcome(ObjectId commit, List<Conflict> conflicts, List<String> dangling) {
    }

    private MergeOutcome mergeCommits(ObjectId baseId, ObjectId oursId, ObjectId theirsId, String url, Identity who, IProgressMonitor monitor)
            throws IOException {
        Repository repository = repository();
        ModelMerger merger = new ModelMerger(root, theirsId.name());
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, byte[]> mergedChanges = new LinkedHashMap<>();
        List<String> deletedIds = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                ObjectInserter inserter = repository.newObjectInserter(); TreeWalk tree = new TreeWalk(repository, reader)) {
            RevCommit ours = walk.parseCommit(oursId);
            RevCommit theirs = walk.parseCommit(theirsId);
            if (baseId == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(baseId).getTree());
            }
            tree.addTree(ours.getTree());
            tree.addTree(theirs.getTree());
            tree.setRecursive(true);
            DirCache merged = DirCache.newInCore();
            DirCacheBuilder builder = merged.builder();
            while (tree.next()) {
                checkCanceled(monitor);
                ObjectId b = present(tree, 0) ? tree.getObjectId(0) : null;
                ObjectId m = present(tree, 1) ? tree.getObjectId(1) : null;
                ObjectId t = present(tree, 2) ? tree.getObjectId(2) : null;
                String path = tree.getPathString();
                ObjectId result;
                FileMode mode = present(tree, 1) ? tree.getFileMode(1) : present(tree, 2) ? tree.getFileMode(2) : tree.getFileMode(0);
                if (Objects.equals(m, t) || Objects.equals(b, t)) {
                    result = m;
                } else if (Objects.equals(b, m)) {
                    result = t;
                } else {
                    ModelMerger.Result outcome = merger.merge(path, bytes(reader, b), bytes(reader, m), bytes(reader, t));
                    conflicts.addAll(outcome.conflicts());
                    result = outcome.merged() == null ? null : inserter.insert(Constants.OBJ_BLOB, outcome.merged());
                }
                if (result == null) {
                    if (b != null && path.endsWith(".xmi")) {
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        deletedIds.add(name.substring(0, name.length() - 4));
                    }
                    continue;
                }
                if (!result.equals(b)) {
                    mergedChanges.put(path, reader.open(result).getBytes());
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(mode);
                entry.setObjectId(result);
                builder.add(entry);
            }
            builder.finish();
            ObjectId treeId = merged.writeTree(inserter);
            List<String> dangling = danglingReferences(mergedChanges, deletedIds);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(treeId);
            commit.setParentIds(oursId, theirsId);
            PersonIdent person = new PersonIdent(who.name(), who.email());
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(who.withTrailer(mergeMessage(url, conflicts, dangling)));
            ObjectId commitId = inserter.insert(commit);
            inserter.flush();
            return new MergeOutcome(commitId, conflicts, dangling);
        }
    }

    private static boolean present(TreeWalk tree, int index) {
        return tree.getRawMode(index) != 0;
    }

    private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
        return id == null ? null : reader.open(id).getBytes();
    }

    private static List<String> danglingReferences(Map<String, byte[]> changed, List<String> deletedIds) {
        List<String> dangling = new ArrayList<>();
        if (deletedIds.isEmpty()) {
            return dangling;
        }
        for (Map.Entry<String, byte[]> file : changed.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String id : deletedIds) {
                if (text.contains("#" + id + "\"")) {
                    dangling.add(file.getKey() + " refers to " + id + ", which was deleted");
                }
            }
        }
        return dangling;
    }

    private static String mergeMessage(String url, List<Conflict> conflicts, List<String> dangling) {
        StringBuilder message = new StringBuilder("Merge changes from ").append(url).append('\n');
        if (!conflicts.isEmpty()) {
            message.append("\nConflicts (open until resolved):\n");
            conflicts.forEach(c -> message.append("- ").append(c.describe()).append('\n'));
        }
        if (!dangling.isEmpty()) {
            message.append("\nReferences to deleted objects:\n");
            dangling.forEach(d -> message.append("* ").append(d).append('\n'));
        }
        return message.toString();
    }

    // ------------------------------------------------------------------------------ compartments

    /** The mounted compartments (folders under compartments/ that are repositories), by name. */
    public List<Compartment> compartments() throws IOException {
        List<Compartment> compartments = new ArrayList<>();
        if (!workspaceRoot.equals(root)) {
            return compartments;
        }
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER);
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                for (Path entry : entries.sorted().toList()) {
                    if (Files.isDirectory(entry.resolve(Constants.DOT_GIT))) {
                        compartments.add(Compartment.read(entry));
                    }
                }
            }
        }
        return compartments;
    }

    /** The repository of a mounted compartment; close it when done. */
    public VersionedWorkspace compartment(String name) throws IOException {
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(Compartment.checkName(name));
        if (!Files.isDirectory(folder.resolve(Constants.DOT_GIT))) {
            throw new IllegalArgumentException("compartment " + name + " is not mounted in " + root);
        }
        return repository(folder, root);
    }

    /**
     * Creates a new compartment repository in this workspace with the given ceiling (sync it with
     * a remote to share it).
     *
     * @throws IllegalArgumentException when the name is taken or the classification unknown
     */
    public Compartment createCompartment(String name, String classification, List<String> markings, String releasableTo, Identity who)
            throws IOException {
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(Compartment.checkName(name));
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + ": compartment " + name + " already exists");
        }
        Compartment compartment = new Compartment(name, folder, classification, List.copyOf(markings), releasableTo == null ? "" : releasableTo);
        try {
            Workspace workspace = Workspace.open(workspaceRoot, null);
            compartment.ceiling(workspace.rules());
        } catch (WorkspaceException e) {
            throw new IOException(e.getMessage(), e);
        }
        ignoreCompartments();
        try {
            Files.createDirectories(folder);
            Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call().close();
            addLine(folder.resolve(Constants.GITIGNORE_FILENAME), WorkspaceLocation.STATE_FOLDER + "/");
            addLine(folder.resolve(Constants.DOT_GIT_ATTRIBUTES), "*.xmi -merge");
            compartment.write();
        } catch (GitAPIException e) {
            throw new IOException(folder + ": cannot create the compartment repository: " + rootMessage(e), e);
        }
        try (VersionedWorkspace repository = compartment(name)) {
            repository.commit("Create compartment " + name + " with ceiling " + compartment.describeCeiling(), who);
        }
        return compartment;
    }

    /** Mounts the compartment at {@code url} (a clone, with url as its default remote) as {@code compartments/<name>/}. */
    public Compartment mount(String name, String url) throws IOException {
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(Compartment.checkName(name));
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + ": compartment " + name + " is already mounted");
        }
        ignoreCompartments();
        try {
            try (Git clone = Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setRemote(DEFAULT_REMOTE)
                    .setCredentialsProvider(credentials).setTransportConfigCallback(transport()).call()) {
                refreshIndex(clone);
            }
            return Compartment.read(folder);
        } catch (GitAPIException | IOException e) {
            deleteTree(folder);
            throw new IOException("cannot mount compartment " + name + " from " + url + ": " + rootMessage(e), e);
        }
    }

    private void ignoreCompartments() throws IOException {
        Path ignore = root.resolve(Constants.GITIGNORE_FILENAME);
        addLine(ignore, Workspace.COMPARTMENTS_FOLDER + "/");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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
        Compartment target = compartments().stream().filter(c -> c.name().equals(compartmentName)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("compartment " + compartmentName + " is not mounted in " + root));
        Workspace workspace = Workspace.open(workspaceRoot, null);
        MosaicObject released = new SetFieldsOperation(workspace).find(object);
        if (workspace.compartmentOf(released).filter(compartmentName::equals).isPresent()) {
            throw new IllegalArgumentException(Kinds.describe(released) + " is already in compartment " + compartmentName);
        }
        Audience ceiling = target.ceiling(workspace.rules());
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (EObject part : withContents(released)) {
            List<MosaicObject> toCheck = new ArrayList<>();
            if (part instanceof MosaicObject whole) {
                toCheck.add(whole);
            }
            if (part instanceof Evidence evidence && evidence.getReport() != null) {
                if (evidence.getReport().eIsProxy()) {
                    refused.add("evidence cites a report that is not available to check (" + Fields.targetId(evidence.getReport()) + ")");
                } else {
                    toCheck.add(evidence.getReport());
                }
            }
            for (MosaicObject candidate : toCheck) {
                checked++;
                if (!ceiling.permits(candidate)) {
                    Marking marking = candidate.getMarking();
                    refused.add(Kinds.describe(candidate) + " (" + candidate.getId() + ") is marked " + marking.getClassification()
                        + (marking.getCompartment() == null || marking.getCompartment().isBlank() ? "" : " compartment " + marking.getCompartment())
                        + (marking.getReleasableTo().isEmpty() ? "" : " releasable to " + marking.getReleasableTo()));
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("cannot release " + Kinds.describe(released) + " into compartment " + compartmentName
                + " (ceiling " + target.describeCeiling() + "): " + String.join("; ", refused));
        }
        Path from = workspace.fileOf(released);
        String source = workspace.compartmentOf(released).map(c -> "compartment " + c).orElse("the workspace");
        Path to = target.folder().resolve(Kinds.name(released.eClass())).resolve(released.getId() + ".xmi");
        Resource resource = released.eResource();
        resource.setURI(URI.createFileURI(to.toString()));
        byte[] bytes = ModelFiles.serialize(released);
        Files.createDirectories(to.getParent());
        Files.write(to, bytes);
        Files.delete(from);
        String message = "Release " + Kinds.describe(released) + " (" + released.getId() + ") from " + source
            + " into compartment " + compartmentName + "\n\nChecked " + checked + " marking(s) (the object, what it contains and the reports it cites)"
            + " against the ceiling " + target.describeCeiling() + ".\n";
        RevCommit commit;
        try (VersionedWorkspace into = compartment(compartmentName)) {
            commit = into.commit(message, who).orElseThrow();
        }
        Path fromRoot = from.getParent().getParent();
        if (fromRoot.equals(root)) {
            commit(message, who);
        } else {
            try (VersionedWorkspace out = repository(fromRoot, root)) {
                out.commit(message, who);
            }
        }
        return commit;
    }

    private static List<EObject> withContents(EObject object) {
        List<EObject> all = new ArrayList<>();
        all.add(object);
        object.eAllContents().forEachRemaining(all::add);
        return all;
    }

    @Override
    public void close() {
        closeSsh();
        git.close();
    }
}
