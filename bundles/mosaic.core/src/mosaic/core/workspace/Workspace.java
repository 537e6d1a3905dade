package mosaic.core.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMIException;

import mosaic.core.DaemonThreads;
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

    private static final Pattern UUID_FILE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.xmi");

    static {
        MosaicPackage.eINSTANCE.eClass();
        MosaicValidator.register();
    }

    /**
     * The threads that write saved files: a save of many objects waits on the file system, not
     * on the processor, so a few files are written at once. Shared by all workspaces; idle
     * threads end after a few seconds.
     */
    private static final ThreadPoolExecutor WRITERS = writers();

    private final Path root;
    private final Map<String, MosaicObject> objects = new HashMap<>();
    private final LocalResourceSet resourceSet = new LocalResourceSet(objects);
    private final Map<EClass, Map<String, MosaicObject>> byKind = new LinkedHashMap<>();
    private final List<Problem> loadProblems = new ArrayList<>();
    private final CopyOnWriteArrayList<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private MissionConfiguration configuration;
    private MissionRules rules;
    private String user = System.getProperty("user.name", "analyst");
    private String component;

    private Workspace(Path root) {
        this.root = root;
        for (EClass kind : Kinds.all()) {
            byKind.put(kind, new TreeMap<>());
        }
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
        for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
            resource.unload();
        }
        resourceSet.getResources().clear();
        resourceSet.getURIResourceMap().clear();
        objects.clear();
        byKind.values().forEach(Map::clear);
        loadProblems.clear();
        load(monitor);
        fire(WorkspaceEvent.Type.RELOADED, List.copyOf(objects.values()));
    }

    private void load(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Loading workspace " + root.getFileName(), 100);
        loadConfiguration();
        List<Path> files = new ArrayList<>();
        List<Path> bases = searchPath();
        for (EClass kind : Kinds.all()) {
            for (Path base : bases) {
                Path folder = base.resolve(Kinds.name(kind));
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path file : entries) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue; // leftovers of an interrupted save, editor backups
                        }
                        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !name.endsWith(".xmi")) {
                            loadProblems.add(Problem.warning(relative(file), null, "not an object file (expected <uuid>.xmi); ignored"));
                            continue;
                        }
                        files.add(file);
                    }
                } catch (IOException e) {
                    loadProblems.add(Problem.error(relative(folder), null, "folder cannot be read: " + e.getMessage()));
                }
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        progress.setWorkRemaining(files.size() + 10);
        List<Parsed> parsed = parseAll(files, progress.split(files.size()));
        // Files named after their object's id first, so that when a file was copied under
        // another name, the copy is the one reported as a duplicate, not the original.
        List<Parsed> misnamed = new ArrayList<>();
        for (Parsed result : parsed) {
            if (result.problem == null && !namedAfterItsObject(result)) {
                misnamed.add(result);
            } else {
                register(result);
            }
        }
        misnamed.forEach(this::register);
        for (Resource resource : resourceSet.getResources()) {
            resource.setTrackingModification(true);
        }
        findDanglingReferences(progress.split(10));
    }

    /** The root, then every mounted compartment's folder, by name. */
    private List<Path> searchPath() {
        List<Path> bases = new ArrayList<>();
        bases.add(root);
        bases.addAll(mountedCompartments().values());
        return bases;
    }

    /** The mounted compartments by name, each with its folder. */
    public Map<String, Path> mountedCompartments() {
        Map<String, Path> mounted = new TreeMap<>();
        Path folder = root.resolve(COMPARTMENTS_FOLDER);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !entry.getFileName().toString().startsWith(".")) {
                        mounted.put(entry.getFileName().toString(), entry);
                    }
                }
            } catch (IOException e) {
                loadProblems.add(Problem.error(relative(folder), null, "folder cannot be read: " + e.getMessage()));
            }
        }
        return mounted;
    }

    /** The compartment an object lives in, or empty for the workspace itself. */
    public Optional<String> compartmentOf(MosaicObject object) {
        return compartmentOf(relative(fileOf(object)));
    }

    private static Optional<String> compartmentOf(String relativePath) {
        String prefix = COMPARTMENTS_FOLDER + "/";
        if (!relativePath.startsWith(prefix) || relativePath.indexOf('/', prefix.length()) < 0) {
            return Optional.empty();
        }
        return Optional.of(relativePath.substring(prefix.length(), relativePath.indexOf('/', prefix.length())));
    }

    private void loadConfiguration() {
        Path file = root.resolve(MISSION_FILE);
        Parsed parsed = parse(file);
        if (parsed.problem == null && parsed.resource.getContents().size() == 1
            && parsed.resource.getContents().get(0) instanceof MissionConfiguration config) {
            resourceSet.getResources().add(parsed.resource);
            resourceSet.index(parsed.resource);
            configuration = config;
        } else {
            loadProblems.add(parsed.problem != null ? parsed.problem
                : Problem.error(relative(file), null, "not a mission configuration"));
            configuration = MissionRules.loadDefault();
            loadProblems.add(Problem.warning(relative(file), null, "using the default mission configuration until the file is repaired"));
        }
        rules = new MissionRules(configuration);
    }

    private List<Parsed> parseAll(List<Path> files, SubMonitor progress) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        if (files.size() < 64 || threads == 1) {
            List<Parsed> results = new ArrayList<>(files.size());
            for (Path file : files) {
                checkCanceled(progress);
                results.add(parse(file));
                progress.worked(1);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("mosaic-workspace-load"));
        try {
            AtomicInteger done = new AtomicInteger();
            int chunk = Math.max(1, files.size() / (threads * 8));
            List<Future<List<Parsed>>> futures = new ArrayList<>();
            for (int start = 0; start < files.size(); start += chunk) {
                List<Path> slice = files.subList(start, Math.min(files.size(), start + chunk));
                futures.add(pool.submit(() -> {
                    List<Parsed> results = new ArrayList<>(slice.size());
                    for (Path file : slice) {
                        if (progress.isCanceled()) {
                            break;
                        }
                        results.add(parse(file));
                        done.incrementAndGet();
                    }
                    return results;
                }));
            }
            List<Parsed> results = new ArrayList<>(files.size());
            int reported = 0;
            for (Future<List<Parsed>> future : futures) {
                results.addAll(future.get());
                int now = done.get();
                progress.worked(now - reported);
                reported = now;
                checkCanceled(progress);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading " + root + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The outcome of reading one file: a loaded resource, or a problem. */
    private record Parsed(Path file, ObjectResource resource, Problem problem) {
    }

    private Parsed parse(Path file) {
        String where = relative(file);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new Parsed(file, null, Problem.error(where, null, "file is too large to be an object (" + size
                    + " bytes, limit " + MAX_FILE_BYTES + "); left untouched"));
            }
            if (size == 0) {
                return new Parsed(file, null, Problem.error(where, null, "file is empty; left untouched"));
            }
            byte[] bytes = Files.readAllBytes(file);
            ObjectResource resource = new ObjectResource(URI.createFileURI(file.toString()));
            try {
                resource.load(new ByteArrayInputStream(bytes), ObjectResource.LOAD_OPTIONS);
            } catch (IOException e) {
                return new Parsed(file, null, parseProblem(where, e, resource));
            } catch (RuntimeException e) {
                return new Parsed(file, null, Problem.error(where, null, "cannot be read: " + oneLine(e) + "; left untouched"));
            }
            return new Parsed(file, resource, null);
        } catch (IOException e) {
            return new Parsed(file, null, Problem.error(where, null, "cannot be read: " + oneLine(e)));
        }
    }

    private static Problem parseProblem(String where, IOException e, Resource resource) {
        Throwable cause = e instanceof Resource.IOWrappedException && e.getCause() != null ? e.getCause() : e;
        int line = 0;
        int column = 0;
        if (cause instanceof XMIException xmi) {
            line = xmi.getLine();
            column = xmi.getColumn();
        } else if (cause instanceof org.xml.sax.SAXParseException sax) {
            line = sax.getLineNumber();
            column = sax.getColumnNumber();
        }
        if (line == 0 && !resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            line = first.getLine();
            column = first.getColumn();
        }
        String detail = oneLine(cause);
        if (cause instanceof org.eclipse.emf.ecore.xmi.PackageNotFoundException pnf) {
            detail = "not a Mosaic file: unknown model " + pnf.uri();
        } else if (cause instanceof org.eclipse.emf.ecore.xmi.FeatureNotFoundException fnf) {
            detail = "unknown field '" + fnf.getName() + "'";
        } else if (cause instanceof org.eclipse.emf.ecore.xmi.ClassNotFoundException cnf) {
            detail = "unknown kind of object '" + cnf.getName() + "'";
        } else if (cause instanceof org.eclipse.emf.ecore.xmi.IllegalValueException ive) {
            detail = "illegal value '" + ive.getValue() + "' for field '" + ive.getFeature().getName() + "'";
        }
        return new Problem(Problem.Severity.ERROR, where, Math.max(line, 0), Math.max(column, 0), null,
            detail + "; left untouched");
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        // SAX and EMF messages repeat the file URI; the problem already names the file.
        return message.replaceAll("\\s*\\(?file:/\\S*\\)?", "").trim();
    }

    private static boolean namedAfterItsObject(Parsed parsed) {
        List<EObject> contents = parsed.resource.getContents();
        return contents.size() == 1 && contents.get(0) instanceof MosaicObject object
            && parsed.file.getFileName().toString().equals(object.getId() + ".xmi");
    }

    private void register(Parsed parsed) {
        if (parsed.problem != null) {
            loadProblems.add(parsed.problem);
            return;
        }
        String where = relative(parsed.file);
        ObjectResource resource = parsed.resource;
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof MosaicObject object)) {
            loadProblems.add(Problem.error(where, null, "does not hold exactly one Mosaic object; left untouched"));
            return;
        }
        String id = object.getId();
        if (id == null || id.isBlank()) {
            loadProblems.add(Problem.error(where, null, Kinds.displayName(object.eClass()) + " has no id; left untouched"));
            return;
        }
        MosaicObject existing = objects.get(id);
        if (existing != null) {
            loadProblems.add(Problem.error(where, id, "duplicate id " + id + ", already loaded from "
                + relative(fileOf(existing)) + "; this copy is left untouched and not loaded"));
            return;
        }
        String expectedFolder = Kinds.name(object.eClass());
        String folder = parsed.file.getParent().getFileName().toString();
        String fileName = parsed.file.getFileName().toString();
        if (!folder.equals(expectedFolder)) {
            loadProblems.add(Problem.warning(where, id, Kinds.describe(object) + " is in folder " + folder + "/, expected " + expectedFolder + "/"));
        }
        if (!fileName.equals(id + ".xmi")) {
            loadProblems.add(Problem.warning(where, id, Kinds.describe(object) + " has id " + id + " but the file is named " + fileName));
        }
        resourceSet.getResources().add(resource);
        resourceSet.index(resource);
        objects.put(id, object);
        byKind.get(object.eClass()).put(id, object);
    }

    private void findDanglingReferences(IProgressMonitor monitor) {
        for (MosaicObject object : objects.values()) {
            collectDangling(object, object);
            for (var it = object.eAllContents(); it.hasNext();) {
                collectDangling(object, it.next());
            }
        }
    }

    private void collectDangling(MosaicObject owner, EObject holder) {
        for (EReference reference : holder.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                continue;
            }
            Object value = holder.eGet(reference, false);
            Collection<?> targets = reference.isMany() ? (Collection<?>) value : value == null ? List.of() : List.of(value);
            for (Object target : targets) {
                if (target instanceof InternalEObject proxy && proxy.eIsProxy()) {
                    EObject resolved = resourceSet.getEObject(proxy.eProxyURI(), false);
                    if (resolved == null) {
                        Optional<String> compartment = proxy.eProxyURI().isFile()
                            ? compartmentOf(relative(Path.of(proxy.eProxyURI().toFileString()))) : Optional.empty();
                        String what = compartment.isPresent() && !Files.isDirectory(root.resolve(COMPARTMENTS_FOLDER).resolve(compartment.get()))
                            ? "refers to an object that is not available to you (compartment " + compartment.get() + " is not mounted)"
                            : "refers to an object that is not in the workspace";
                        loadProblems.add(Problem.warning(relative(fileOf(owner)), owner.getId(),
                            Kinds.describe(holder) + ": " + reference.getName() + ": " + what + " (" + describeUri(proxy.eProxyURI()) + ")"));
                    }
                }
            }
        }
    }

    private String describeUri(URI uri) {
        if (uri.isFile()) {
            return relative(Path.of(uri.toFileString())) + (uri.hasFragment() ? "#" + uri.fragment() : "");
        }
        return uri.toString();
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
        return Optional.ofNullable(objects.get(id));
    }

    /** The objects of one kind (exactly that class), ordered by id. */
    @SuppressWarnings("unchecked")
    public <T extends MosaicObject> List<T> objects(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Map.Entry<EClass, Map<String, MosaicObject>> entry : byKind.entrySet()) {
            if (type.isAssignableFrom(entry.getKey().getInstanceClass())) {
                result.addAll((Collection<T>) entry.getValue().values());
            }
        }
        return result;
    }

    /** The objects of one kind, ordered by id. */
    public List<MosaicObject> objects(EClass kind) {
        Map<String, MosaicObject> ofKind = byKind.get(kind);
        return ofKind == null ? List.of() : List.copyOf(ofKind.values());
    }

    /** Every object, grouped by kind in model order, each kind ordered by id. */
    public List<MosaicObject> all() {
        List<MosaicObject> all = new ArrayList<>(objects.size());
        byKind.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public int size() {
        return objects.size();
    }

    /** Number of loaded objects per kind name, every kind present (0 when none). */
    public Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((kind, ofKind) -> counts.put(Kinds.name(kind), ofKind.size()));
        return counts;
    }

    /** What went wrong while loading: unreadable files, duplicates, dangling references. */
    public List<Problem> loadProblems() {
        return Collections.unmodifiableList(loadProblems);
    }

    /** The file an object is stored in (whether or not it was saved yet). */
    public Path fileOf(MosaicObject object) {
        Resource resource = object.eResource();
        if (resource != null && resource.getURI().isFile()) {
            return Path.of(resource.getURI().toFileString());
        }
        return root.resolve(Kinds.name(object.eClass())).resolve(object.getId() + ".xmi");
    }

    /** A path relative to the workspace root, with forward slashes. */
    public String relative(Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    /** The resource set holding the workspace, for editing domains. */
    public ResourceSet resourceSet() {
        return resourceSet;
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
        List<Problem> problems = new ArrayList<>(loadProblems);
        Map<Object, Object> context = new HashMap<>();
        context.put(MosaicValidator.RULES, rules);
        Diagnostician diagnostician = new Diagnostician();
        for (MosaicObject object : all) {
            checkCanceled(progress);
            BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(object);
            diagnostician.validate(object, diagnostic, context);
            String file = relative(fileOf(object));
            for (Diagnostic child : diagnostic.getChildren()) {
                flatten(child, file, object.getId(), problems);
            }
            progress.worked(1);
        }
        return problems;
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
        if (objects.containsKey(object.getId())) {
            throw new IllegalArgumentException("an object with id " + object.getId() + " is already in the workspace");
        }
        Path file = root.resolve(Kinds.name(object.eClass())).resolve(object.getId() + ".xmi");
        ObjectResource resource = new ObjectResource(URI.createFileURI(file.toString()));
        resource.getContents().add(object);
        resourceSet.getResources().add(resource);
        resourceSet.index(resource);
        resource.setTrackingModification(true);
        resource.setModified(true);
        objects.put(object.getId(), object);
        byKind.get(object.eClass()).put(object.getId(), object);
        fire(WorkspaceEvent.Type.ADDED, List.of(object));
    }

    /** True when the object has changes that are not on disk. */
    public boolean isDirty(MosaicObject object) {
        Resource resource = object.eResource();
        // new objects are added modified, so the flag alone says whether the file is behind
        return resource != null && resource.isModified();
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
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<MosaicObject, Future<AtomicFiles.Staged>> writes = new LinkedHashMap<>();
        for (MosaicObject object : toSave) {
            if (!objects.containsKey(object.getId()) || objects.get(object.getId()) != object) {
                throw new IllegalArgumentException(Kinds.describe(object) + " is not part of workspace " + root);
            }
            if (!isDirty(object)) {
                continue;
            }
            stamp(object, now);
            byte[] bytes = ((ObjectResource) object.eResource()).serialize();
            Path file = fileOf(object);
            Callable<AtomicFiles.Staged> write = () -> {
                try {
                    if (group != null) {
                        return group.stage(file, bytes);
                    }
                    AtomicFiles.writeAtomically(file, bytes);
                    return null;
                } catch (IOException e) {
                    throw new IOException(relative(file) + ": cannot be saved: " + e.getMessage(), e);
                }
            };
            if (background) {
                writes.put(object, WRITERS.submit(write));
            } else {
                FutureTask<AtomicFiles.Staged> task = new FutureTask<>(write);
                task.run();
                writes.put(object, task);
            }
        }
        return new PendingSave(writes, group);
    }

    /**
     * A save under way (see {@link Workspace#beginSave}): the objects are serialized, their files
     * are being written.
     */
    public final class PendingSave {

        private final Map<MosaicObject, Future<AtomicFiles.Staged>> writes;
        private final AtomicFiles.Group group;
        private final Map<MosaicObject, IOException> failures = new LinkedHashMap<>();
        /** With a group: the objects whose files are staged and durable, once {@link #awaitDurable} ran. */
        private Map<MosaicObject, AtomicFiles.Staged> durable;

        private PendingSave(Map<MosaicObject, Future<AtomicFiles.Staged>> writes, AtomicFiles.Group group) {
            this.writes = writes;
            this.group = group;
        }

        /**
         * For a save in a group: waits until every file is written under its temporary name, then
         * syncs the group, which makes whatever else was staged in it before durable too. Files that
         * could not be written are in {@link #failures()}. Called by {@link #finish} when not before.
         */
        public void awaitDurable() {
            if (group == null || durable != null) {
                return;
            }
            durable = new LinkedHashMap<>();
            for (MosaicObject object : writes.keySet()) {
                try {
                    durable.put(object, written(object));
                } catch (IOException e) {
                    failures.put(object, e);
                }
            }
            try {
                group.sync();
            } catch (IOException e) {
                for (Map.Entry<MosaicObject, AtomicFiles.Staged> entry : durable.entrySet()) {
                    failures.put(entry.getKey(), new IOException(relative(fileOf(entry.getKey())) + ": cannot be made durable: " + e.getMessage(), e));
                    entry.getValue().discard();
                }
                durable.clear();
            }
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
            if (!failures.isEmpty()) {
                throw failures.values().iterator().next();
            }
            return saved;
        }

        /** Like {@link #finish}, but leaves the failures in {@link #failures()} instead of throwing. */
        public List<MosaicObject> finishQuietly(IProgressMonitor monitor) {
            SubMonitor progress = SubMonitor.convert(monitor, writes.size());
            List<MosaicObject> saved = new ArrayList<>();
            awaitDurable();
            try {
                for (MosaicObject object : writes.keySet()) {
                    if (!failures.containsKey(object)) {
                        try {
                            if (group != null) {
                                publish(object, durable.get(object));
                            } else {
                                written(object);
                            }
                            object.eResource().setModified(false);
                            saved.add(object);
                        } catch (IOException e) {
                            failures.put(object, e);
                        }
                    }
                    progress.worked(1);
                }
            } finally {
                keepUnsaved();
                if (!saved.isEmpty()) {
                    fire(WorkspaceEvent.Type.SAVED, saved);
                }
            }
            return saved;
        }

        /** Waits for an object's write: its file (or, in a group, its staged file). */
        private AtomicFiles.Staged written(MosaicObject object) throws IOException {
            try {
                return writes.get(object).get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(relative(fileOf(object)) + ": save interrupted", e);
            }
        }

        private void publish(MosaicObject object, AtomicFiles.Staged staged) throws IOException {
            try {
                staged.publish();
            } catch (IOException e) {
                throw new IOException(relative(fileOf(object)) + ": cannot be saved: " + e.getMessage(), e);
            }
        }

        /**
         * Serializing an object marks its resource saved (EMF does so after writing the bytes), so
         * an object whose file could not be written is marked changed again: the analyst's edit
         * stays in the editor, dirty, and the next save writes it.
         */
        private void keepUnsaved() {
            for (MosaicObject failed : failures.keySet()) {
                if (failed.eResource() != null) {
                    failed.eResource().setModified(true);
                }
            }
        }

        /** The objects whose file could not be written, with the reason (after {@link #finish}). */
        public Map<MosaicObject, IOException> failures() {
            return Collections.unmodifiableMap(failures);
        }
    }

    private static ThreadPoolExecutor writers() {
        return DaemonThreads.idling(8, 5, DaemonThreads.numbered("mosaic-workspace-save"));
    }

    private void stamp(MosaicObject object, Instant now) {
        Provenance provenance = object.getProvenance();
        if (provenance == null) {
            provenance = MosaicFactory.eINSTANCE.createProvenance();
            provenance.setCreatedBy(user);
            provenance.setCreatedAt(now);
            object.setProvenance(provenance);
        }
        if (Files.exists(fileOf(object))) {
            provenance.setChangedBy(user);
            provenance.setChangedAt(now);
        }
    }

    /** Saves the mission configuration after it was changed. */
    public void saveConfiguration() throws IOException {
        ObjectResource resource = (ObjectResource) configuration.eResource();
        AtomicFiles.writeAtomically(root.resolve(MISSION_FILE), resource.serialize());
        resource.setModified(false);
        rules = new MissionRules(configuration);
    }

    /** Objects that refer to {@code object}, so that a delete can be refused or explained. */
    public List<MosaicObject> referencesTo(MosaicObject object) {
        List<MosaicObject> referrers = new ArrayList<>();
        for (MosaicObject candidate : all()) {
            if (candidate != object && refersTo(candidate, object)) {
                referrers.add(candidate);
            }
        }
        return referrers;
    }

    private static boolean refersTo(MosaicObject candidate, MosaicObject target) {
        List<EObject> holders = new ArrayList<>();
        holders.add(candidate);
        candidate.eAllContents().forEachRemaining(holders::add);
        for (EObject holder : holders) {
            for (EReference reference : holder.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                Object value = holder.eGet(reference, true);
                if (reference.isMany() ? ((Collection<?>) value).contains(target) : value == target) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Deletes an object and its file. Callers check {@link #referencesTo} first. */
    public void delete(MosaicObject object) throws IOException {
        if (objects.get(object.getId()) != object) {
            throw new IllegalArgumentException(Kinds.describe(object) + " is not part of workspace " + root);
        }
        Path file = fileOf(object);
        Files.deleteIfExists(file);
        Resource resource = object.eResource();
        objects.remove(object.getId());
        byKind.get(object.eClass()).remove(object.getId());
        if (resource != null) {
            resource.getContents().remove(object);
            resourceSet.getResources().remove(resource);
            resourceSet.getURIResourceMap().remove(resource.getURI());
        }
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
        return "Workspace " + root + " (" + objects.size() + " objects)";
    }

    /**
     * A resource set that resolves only among loaded files and never reads a file on demand.
     * Every file is indexed by its URI when it is added, so that resolving a reference is one
     * hash lookup (EMF's own lookup scans all resources the first time it meets a URI).
     */
    private static final class LocalResourceSet extends ResourceSetImpl {
        private final Map<String, MosaicObject> objectsById;

        LocalResourceSet(Map<String, MosaicObject> objectsById) {
            this.objectsById = objectsById;
            setURIResourceMap(new HashMap<>());
        }

        /**
         * Resolves by file, and when no loaded file has that address, by the object's id: an
         * object moved between the workspace and a compartment is still found by references
         * written before the move.
         */
        @Override
        public EObject getEObject(URI uri, boolean loadOnDemand) {
            EObject found = super.getEObject(uri, false);
            if (found == null && uri.hasFragment()) {
                found = objectsById.get(uri.fragment());
            }
            return found;
        }

        void index(Resource resource) {
            getURIResourceMap().put(resource.getURI(), resource);
        }

        @Override
        public Resource getResource(URI uri, boolean loadOnDemand) {
            Resource resource = getURIResourceMap().get(uri);
            return resource != null ? resource : super.getResource(uri, false);
        }
    }
}
