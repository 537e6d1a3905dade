package mosaic.core.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;

import mosaic.core.internal.ObjectResource;
import mosaic.model.Marking;
import mosaic.model.MissionConfiguration;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Provenance;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;
import mosaic.model.validation.MosaicValidator;

/**
 * An open Mosaic workspace: the objects of one folder, loaded, indexed and ready to be changed
 * and saved. The CLI and the workbench use this same API.
 *
 * <p>On disk a workspace is a folder ready to be a git repository:</p>
 * <pre>
 *   mission.xmi                 the mission configuration (risk matrix, scales, taxonomies)
 *   actor/&lt;uuid&gt;.xmi           one file per top-level object, one folder per kind
 *   relation/&lt;uuid&gt;.xmi  ...
 *   content/                    original report files, content-addressed
 *   .mosaic/                    caches and per-user state, never committed
 * </pre>
 *
 * <p>Loading never stops at a bad file: each unreadable, foreign, duplicate or oversized file
 * becomes a {@link Problem} with its path and line, is left untouched on disk and is never
 * written back; everything else loads. References to objects that are not there stay
 * unresolved and are reported. Saving writes only changed objects, each atomically.</p>
 *
 * <p>Not thread-safe: like an EMF resource set, a workspace belongs to one thread at a time
 * (the UI thread, or a job that holds it).</p>
 *
 * <p>This class is the facade, and tells the listeners what changed; the files (parsing, loading,
 * serializing and saving) are {@link WorkspaceStore}'s, the loaded objects by id, by kind and
 * their references {@link WorkspaceIndex}'s.</p>
 */
public final class Workspace {

    /** The mission configuration at the root of every workspace. */
    public static final String MISSION_FILE = "mission.xmi";
    /** Where original report files are stored, content-addressed. */
    public static final String CONTENT_FOLDER = "content";
    /**
     * Where compartments are mounted: each {@code compartments/<name>/} holds objects in folders
     * per kind like the workspace root, and is loaded with it when present. A reference to an
     * object of a compartment that is not mounted is reported as not available.
     */
    public static final String COMPARTMENTS_FOLDER = "compartments";
    /** Files larger than this are refused, not parsed (a top-level object is a few kB). */
    public static final long MAX_FILE_BYTES = Long.getLong("mosaic.workspace.maxFileBytes", 8L << 20);

    static {
        MosaicPackage.eINSTANCE.eClass();
        MosaicValidator.register();
    }

    private final Path root;
    private final WorkspaceIndex index = new WorkspaceIndex();
    private final WorkspaceStore store;
    private final CopyOnWriteArrayList<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private MissionConfiguration configuration;
    private MissionRules rules;
    private String user = System.getProperty("user.name", "analyst");
    private String component;

    private Workspace(Path root) {
        this.root = root;
        this.store = new WorkspaceStore(root, index);
    }

    // ------------------------------------------------------------------------------ creating

    /** True when {@code folder} holds a workspace (it has a {@value #MISSION_FILE}). */
    public static boolean isWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(MISSION_FILE));
    }

    /**
     * Makes {@code folder} a new, empty workspace with the given mission configuration (when
     * {@code null}: the default, with the installed contributions that name no mission, see
     * {@link MissionConfigurations#forNewWorkspace}). The folder may be missing or empty; anything else is
     * refused, so that init never writes into someone's files.
     */
    public static Workspace init(Path folder, MissionConfiguration configuration) throws WorkspaceException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new WorkspaceException(absolute, "workspace path is a file, not a folder");
            }
            if (isWorkspace(absolute)) {
                throw new WorkspaceException(absolute, "folder is already a Mosaic workspace");
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
                if (entries.iterator().hasNext()) {
                    throw new WorkspaceException(absolute, "folder is not empty and not a Mosaic workspace; choose an empty or new folder");
                }
            } catch (IOException e) {
                throw new WorkspaceException(absolute, "folder cannot be read (" + e.getMessage() + ")");
            }
        }
        try {
            Files.createDirectories(absolute);
            MissionConfiguration config = configuration == null ? MissionConfigurations.forNewWorkspace(new ArrayList<>()) : configuration;
            Resource resource = new ObjectResource(URI.createFileURI(absolute.resolve(MISSION_FILE).toString()));
            resource.getContents().add(config);
            AtomicFiles.writeAtomically(absolute.resolve(MISSION_FILE), ((ObjectResource) resource).serialize());
            resource.getContents().clear();
            AtomicFiles.writeAtomically(absolute.resolve(".gitignore"),
                (WorkspaceLocation.STATE_FOLDER + "/\n.*.tmp\n").getBytes(StandardCharsets.UTF_8));
            AtomicFiles.writeAtomically(absolute.resolve(".gitattributes"),
                "*.xmi text eol=lf\ncontent/** binary\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WorkspaceException(absolute, "workspace cannot be created (" + e.getMessage() + ")");
        }
        return open(absolute, null);
    }

    // ------------------------------------------------------------------------------ loading

    /** Opens and loads the workspace in {@code folder}. */
    public static Workspace open(Path folder, IProgressMonitor monitor) throws WorkspaceException {
        WorkspaceLocation location = WorkspaceLocation.of(folder);
        if (!isWorkspace(location.root())) {
            throw new WorkspaceException(location.root(), "folder is not a Mosaic workspace (no " + MISSION_FILE + "; create one with: mosaic init --workspace DIR)");
        }
        Workspace workspace = new Workspace(location.root());
        workspace.load(monitor);
        return workspace;
    }

    /** Reads everything again from disk, dropping unsaved changes. */
    public void reload(IProgressMonitor monitor) {
        index.clear();
        load(monitor);
        fire(WorkspaceEvent.Type.RELOADED, List.copyOf(index.values()));
    }

    private void load(IProgressMonitor monitor) {
        configuration = store.load(monitor);
        rules = new MissionRules(configuration);
    }

    /** The mounted compartments by name, each with its folder. */
    public Map<String, Path> mountedCompartments() {
        return store.mountedCompartments();
    }

    /** The compartment an object lives in, or empty for the workspace itself. */
    public Optional<String> compartmentOf(MosaicObject object) {
        return WorkspaceStore.compartmentOf(relative(fileOf(object)));
    }

    // ------------------------------------------------------------------------------ queries

    public Path root() {
        return root;
    }

    public String name() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    public MissionConfiguration configuration() {
        return configuration;
    }

    public MissionRules rules() {
        return rules;
    }

    /** The object with this id, if loaded. */
    public Optional<MosaicObject> get(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /** The objects of one kind (exactly that class), ordered by id. */
    public <T extends MosaicObject> List<T> objects(Class<T> type) {
        return index.objects(type);
    }

    /** The objects of one kind, ordered by id. */
    public List<MosaicObject> objects(EClass kind) {
        return index.objects(kind);
    }

    /** Every object, grouped by kind in model order, each kind ordered by id. */
    public List<MosaicObject> all() {
        return index.all();
    }

    public int size() {
        return index.size();
    }

    /** Number of loaded objects per kind name, every kind present (0 when none). */
    public Map<String, Integer> countByKind() {
        return index.countByKind();
    }

    /** What went wrong while loading: unreadable files, duplicates, dangling references. */
    public List<Problem> loadProblems() {
        return Collections.unmodifiableList(store.loadProblems());
    }

    /** The file an object is stored in (whether or not it was saved yet). */
    public Path fileOf(MosaicObject object) {
        return store.fileOf(object);
    }

    /** A path relative to the workspace root, with forward slashes. */
    public String relative(Path file) {
        return store.relative(file);
    }

    /** The resource set holding the workspace, for editing domains. */
    public ResourceSet resourceSet() {
        return index.resourceSet();
    }

    // ------------------------------------------------------------------------------ validation

    /**
     * Checks every object against the model's rules and the mission configuration.
     *
     * @return the load problems followed by each rule broken, one per problem
     */
    public List<Problem> validate(IProgressMonitor monitor) {
        List<MosaicObject> all = all();
        SubMonitor progress = SubMonitor.convert(monitor, "Validating " + name(), all.size());
        List<Problem> problems = new ArrayList<>(store.loadProblems());
        validate(all, progress, problems);
        return problems;
    }

    /**
     * Checks some objects of the workspace (saved or not) against the model's rules and the
     * mission configuration, as {@link #validate(IProgressMonitor)} does: for a writer that must
     * not write what validation would reject (an import).
     *
     * @return each rule broken, one per problem
     */
    public List<Problem> validateObjects(Collection<? extends MosaicObject> objects) {
        List<Problem> problems = new ArrayList<>();
        validate(objects, SubMonitor.convert(null), problems);
        return problems;
    }

    private void validate(Collection<? extends MosaicObject> all, SubMonitor progress, List<Problem> problems) {
        Map<Object, Object> context = new HashMap<>();
        context.put(MosaicValidator.RULES, rules);
        Diagnostician diagnostician = new Diagnostician();
        for (MosaicObject object : all) {
            WorkspaceStore.checkCanceled(progress);
            BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(object);
            diagnostician.validate(object, diagnostic, context);
            String file = relative(fileOf(object));
            for (Diagnostic child : diagnostic.getChildren()) {
                flatten(child, file, object.getId(), problems);
            }
            progress.worked(1);
        }
    }

    private static void flatten(Diagnostic diagnostic, String file, String id, List<Problem> into) {
        if (diagnostic.getChildren().isEmpty() || diagnostic.getSource().equals(MosaicValidator.DIAGNOSTIC_SOURCE)) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                into.add(new Problem(diagnostic.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                    file, 0, 0, id, diagnostic.getMessage()));
            }
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            flatten(child, file, id, into);
        }
    }

    // ------------------------------------------------------------------------------ changing

    /** Who changes things from now on, as recorded in provenance. */
    public void setUser(String user, String component) {
        this.user = user;
        this.component = component;
    }

    public String user() {
        return user;
    }

    /**
     * A new object of {@code kind} with a fresh id, the lowest classification and provenance,
     * not yet part of the workspace: {@link #add(MosaicObject)} it.
     */
    public <T extends MosaicObject> T create(EClass kind) {
        @SuppressWarnings("unchecked")
        T object = (T) MosaicFactory.eINSTANCE.create(kind);
        object.setId(UUID.randomUUID().toString());
        Marking marking = MosaicFactory.eINSTANCE.createMarking();
        marking.setClassification(rules.classificationCodes().isEmpty() ? "UNCLASSIFIED" : rules.classificationCodes().get(0));
        object.setMarking(marking);
        Provenance provenance = MosaicFactory.eINSTANCE.createProvenance();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        provenance.setCreatedBy(user);
        provenance.setCreatedAt(now);
        provenance.setComponent(component);
        object.setProvenance(provenance);
        return object;
    }

    /** Puts an object (new, or from another workspace) into this workspace, unsaved. */
    public void add(MosaicObject object) {
        if (object.getId() == null || object.getId().isBlank()) {
            throw new IllegalArgumentException("object has no id: " + Kinds.describe(object));
        }
        if (index.contains(object.getId())) {
            throw new IllegalArgumentException("an object with id " + object.getId() + " is already in the workspace");
        }
        Path file = root.resolve(Kinds.name(object.eClass())).resolve(object.getId() + ".xmi");
        ObjectResource resource = new ObjectResource(URI.createFileURI(file.toString()));
        resource.getContents().add(object);
        index.addResource(resource);
        resource.setTrackingModification(true);
        resource.setModified(true);
        index.put(object);
        fire(WorkspaceEvent.Type.ADDED, List.of(object));
    }

    /**
     * Takes back an object {@link #add added} and never saved, leaving the files alone (an
     * import refused before writing).
     *
     * @throws IllegalArgumentException when the object is not part of the workspace or was saved
     */
    public void discard(MosaicObject object) {
        if (index.get(object.getId()) != object) {
            throw new IllegalArgumentException(Kinds.describe(object) + " is not part of workspace " + root);
        }
        if (object.eResource() instanceof ObjectResource resource && resource.base() != null) {
            throw new IllegalArgumentException(Kinds.describe(object) + " was saved; delete it instead");
        }
        index.remove(object);
        fire(WorkspaceEvent.Type.REMOVED, List.of(object));
    }

    /** True when the object has changes that are not on disk. */
    public boolean isDirty(MosaicObject object) {
        return WorkspaceStore.isDirty(object);
    }

    /** Objects with unsaved changes. */
    public List<MosaicObject> dirtyObjects() {
        return all().stream().filter(this::isDirty).toList();
    }

    /**
     * Writes one object to its file, atomically, stamping who changed it and when. An object
     * without changes is not touched, so saving twice gives the same bytes.
     */
    public void save(MosaicObject object) throws IOException {
        saveAll(List.of(object), null);
    }

    /** Saves every object with unsaved changes; returns how many were written. */
    public int saveAll(IProgressMonitor monitor) throws IOException {
        return saveAll(dirtyObjects(), monitor);
    }

    private int saveAll(List<MosaicObject> toSave, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Saving " + name(), toSave.size());
        // small saves are written on this thread: handing one file to another thread costs more than it saves
        PendingSave pending = beginSave(toSave, toSave.size() >= 16, null);
        return pending.finish(progress).size();
    }

    /**
     * Starts saving objects: stamps and serializes them now, on this thread (EMF objects belong
     * to it), and writes their files on background threads, each atomically. Call
     * {@link PendingSave#finish} on this thread to wait for the files and mark the objects saved;
     * until then the objects must not be changed. Objects without changes are left alone.
     * <p>
     * This lets a long operation (an ingest of thousands of reports) go on with other work while
     * the file system writes, instead of waiting for each file in turn.
     *
     * @throws IllegalArgumentException when an object is not part of this workspace
     * @throws IOException              when an object cannot be serialized; no file was written
     */
    public PendingSave beginSave(Collection<? extends MosaicObject> toSave) throws IOException {
        return beginSave(toSave, true, null);
    }

    /**
     * Like {@link #beginSave(Collection)}, but the files are written as part of a group of atomic
     * writes made durable together (see {@link AtomicFiles#group()}), which the caller may also use
     * for files of its own: {@link PendingSave#awaitDurable} waits for the files and syncs the
     * group, {@link PendingSave#finish} then puts them in place. For saves of many objects at once,
     * where a force of each file would cost more than the rest of the save.
     */
    public PendingSave beginSave(Collection<? extends MosaicObject> toSave, AtomicFiles.Group group) throws IOException {
        return beginSave(toSave, true, Objects.requireNonNull(group));
    }

    private PendingSave beginSave(Collection<? extends MosaicObject> toSave, boolean background, AtomicFiles.Group group)
            throws IOException {
        return new PendingSave(store.beginSave(toSave, background, group, user));
    }

    /**
     * A save under way (see {@link Workspace#beginSave}): the objects are serialized, their files
     * are being written.
     */
    public final class PendingSave {

        private final WorkspaceStore.Batch batch;

        private PendingSave(WorkspaceStore.Batch batch) {
            this.batch = batch;
        }

        /**
         * For a save in a group: waits until every file is written under its temporary name, then
         * syncs the group, which makes whatever else was staged in it before durable too. Files that
         * could not be written are in {@link #failures()}. Called by {@link #finish} when not before.
         */
        public void awaitDurable() {
            batch.awaitDurable();
        }

        /**
         * Waits for every file, marks the objects written as saved and tells the listeners.
         * Objects whose file could not be written stay unsaved (dirty) and are listed by
         * {@link #failures()}; their files are as they were before.
         *
         * @param monitor progress, one unit per object (may be {@code null})
         * @return the objects written
         * @throws IOException the first failure, after every other file has been waited for and
         *                     the written ones marked saved
         */
        public List<MosaicObject> finish(IProgressMonitor monitor) throws IOException {
            List<MosaicObject> saved = finishQuietly(monitor);
            if (!failures().isEmpty()) {
                throw failures().values().iterator().next();
            }
            return saved;
        }

        /** Like {@link #finish}, but leaves the failures in {@link #failures()} instead of throwing. */
        public List<MosaicObject> finishQuietly(IProgressMonitor monitor) {
            List<MosaicObject> saved = new ArrayList<>();
            try {
                batch.finish(monitor, saved);
            } finally {
                if (!saved.isEmpty()) {
                    fire(WorkspaceEvent.Type.SAVED, saved);
                }
            }
            return saved;
        }

        /** The objects whose file could not be written, with the reason (after {@link #finish}). */
        public Map<MosaicObject, IOException> failures() {
            return batch.failures();
        }
    }

    /**
     * Saves the mission configuration after it was changed.
     *
     * @throws IOException when another writer changed the file since it was read (nothing is written then)
     */
    public void saveConfiguration() throws IOException {
        ObjectResource resource = (ObjectResource) configuration.eResource();
        Path file = root.resolve(MISSION_FILE);
        try (WriteLock.Hold hold = store.lock().acquire()) {
            unchangedSinceRead(resource, file, "not saved");
            byte[] bytes = resource.serialize();
            AtomicFiles.writeAtomically(file, bytes);
            resource.setBase(bytes);
        }
        resource.setModified(false);
        rules = new MissionRules(configuration);
    }

    /** Refuses when the file is no longer what {@code resource} last read or wrote. */
    private void unchangedSinceRead(ObjectResource resource, Path file, String outcome) throws IOException {
        byte[] base = resource.base();
        if (base == null) {
            return; // a file this workspace never read (the default configuration, a new object)
        }
        byte[] now = Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
        if (!java.util.Arrays.equals(base, now)) {
            throw new IOException(relative(file) + ": " + (now == null ? "deleted" : "changed") + " by another writer since it was loaded; "
                + outcome + " (reload and try again)");
        }
    }

    /**
     * Takes the workspace's write lock (see {@link WriteLock}), for a writer that changes its files
     * other than through {@link #saveAll} (a sync's checkout): every save of every process waits
     * while it is held. Re-entrant; close the hold to release it.
     */
    public WriteLock.Hold lockForWriting() throws IOException {
        return store.lock().acquire();
    }

    /** Objects that refer to {@code object}, so that a delete can be refused or explained. */
    public List<MosaicObject> referencesTo(MosaicObject object) {
        return index.referencesTo(object);
    }

    /** Deletes an object and its file. Callers check {@link #referencesTo} first. */
    public void delete(MosaicObject object) throws IOException {
        if (index.get(object.getId()) != object) {
            throw new IllegalArgumentException(Kinds.describe(object) + " is not part of workspace " + root);
        }
        Path file = fileOf(object);
        try (WriteLock.Hold hold = store.lock().acquire()) {
            if (object.eResource() instanceof ObjectResource resource) {
                unchangedSinceRead(resource, file, "not deleted");
            }
            Files.deleteIfExists(file);
        }
        index.remove(object);
        fire(WorkspaceEvent.Type.REMOVED, List.of(object));
    }

    // ------------------------------------------------------------------------------ listeners

    /** Registers a listener; close the handle to remove it. */
    public AutoCloseable addListener(WorkspaceListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(WorkspaceEvent.Type type, List<MosaicObject> changed) {
        WorkspaceEvent event = new WorkspaceEvent(this, type, List.copyOf(changed));
        for (WorkspaceListener listener : listeners) {
            listener.workspaceChanged(event);
        }
    }

    @Override
    public String toString() {
        return "Workspace " + root + " (" + index.size() + " objects)";
    }
}
