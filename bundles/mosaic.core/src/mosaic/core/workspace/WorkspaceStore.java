package mosaic.core.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;

import mosaic.core.DaemonThreads;
import mosaic.core.internal.ObjectResource;
import mosaic.model.MissionConfiguration;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.Provenance;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;

/**
 * The files of a {@link Workspace}: finding and parsing them (in parallel for large workspaces),
 * each bad file a {@link Problem} with its path and line, the mission configuration, dangling
 * references; and saving, which serializes objects on the caller's thread and writes their files
 * atomically on background threads, optionally as a group made durable together.
 */
final class WorkspaceStore {

    /**
     * The threads that write saved files: a save of many objects waits on the file system, not
     * on the processor, so a few files are written at once. Shared by all workspaces; idle
     * threads end after a few seconds.
     */
    private static final ThreadPoolExecutor WRITERS = writers();

    private final Path root;
    private final WorkspaceIndex index;
    private final List<Problem> loadProblems = new ArrayList<>();
    private final WriteLock lock;

    WorkspaceStore(Path root, WorkspaceIndex index) {
        this.root = root;
        this.index = index;
        this.lock = new WriteLock(root);
    }

    /** The workspace's write lock, held by each save. */
    WriteLock lock() {
        return lock;
    }

    /** What went wrong while loading (the live list). */
    List<Problem> loadProblems() {
        return loadProblems;
    }

    /** The file an object is stored in (whether or not it was saved yet). */
    Path fileOf(MosaicObject object) {
        Resource resource = object.eResource();
        if (resource != null && resource.getURI().isFile()) {
            return Path.of(resource.getURI().toFileString());
        }
        return root.resolve(Kinds.name(object.eClass())).resolve(object.getId() + ".xmi");
    }

    /** A path relative to the workspace root, with forward slashes. */
    String relative(Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    // ------------------------------------------------------------------------------ loading

    /**
     * Reads the mission configuration and every object file into the index, after
     * {@link WorkspaceIndex#clear()}; the problems are in {@link #loadProblems()}.
     *
     * @return the mission configuration (the default when the file cannot be read)
     */
    MissionConfiguration load(IProgressMonitor monitor) {
        loadProblems.clear();
        SubMonitor progress = SubMonitor.convert(monitor, "Loading workspace " + root.getFileName(), 100);
        removeLeftovers();
        MissionConfiguration configuration = loadConfiguration();
        List<Path> files = new ArrayList<>();
        List<Path> bases = searchPath();
        for (EClass kind : Kinds.all()) {
            for (Path base : bases) {
                Path folder = base.resolve(Kinds.name(kind));
                if (Files.isSymbolicLink(folder)) {
                    // A link (from a remote, an archive, a hand) would load another folder's objects as this workspace's.
                    loadProblems.add(Problem.error(relative(folder), null, "is a symbolic link; refused (a workspace's folders are real folders)"));
                    continue;
                }
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path file : entries) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue; // leftovers of an interrupted save, editor backups
                        }
                        if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            loadProblems.add(Problem.error(relative(file), null, (Files.isSymbolicLink(file) ? "is a symbolic link" : "is not a regular file")
                                + "; refused (object files are regular files)"));
                            continue;
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
        for (Resource resource : index.resourceSet().getResources()) {
            resource.setTrackingModification(true);
        }
        findDanglingReferences(progress.split(10));
        return configuration;
    }

    /**
     * Removes the temporary files that writers killed half-way left behind (see
     * {@link AtomicFiles#removeLeftovers}), in every folder of the workspace a writer writes to:
     * the root, the kinds' folders, compartments, {@code content/} and {@code .mosaic/}, never
     * {@code .git}. A live writer's files are kept.
     */
    private void removeLeftovers() {
        try {
            Files.walkFileTree(root, java.util.Set.of(), 4, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path folder, java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (folder.getFileName() != null && folder.getFileName().toString().equals(".git")) {
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        AtomicFiles.removeLeftovers(folder);
                    } catch (IOException e) {
                        // a folder that cannot be listed is reported by loading when it matters
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the same
        }
    }

    /** The root, then every mounted compartment's folder, by name. */
    private List<Path> searchPath() {
        List<Path> bases = new ArrayList<>();
        bases.add(root);
        bases.addAll(mountedCompartments().values());
        return bases;
    }

    /** The mounted compartments by name, each with its folder. */
    Map<String, Path> mountedCompartments() {
        Map<String, Path> mounted = new TreeMap<>();
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER);
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

    /** The compartment of a file, given relative to the root, or empty for the workspace itself. */
    static Optional<String> compartmentOf(String relativePath) {
        String prefix = Workspace.COMPARTMENTS_FOLDER + "/";
        if (!relativePath.startsWith(prefix) || relativePath.indexOf('/', prefix.length()) < 0) {
            return Optional.empty();
        }
        return Optional.of(relativePath.substring(prefix.length(), relativePath.indexOf('/', prefix.length())));
    }

    private MissionConfiguration loadConfiguration() {
        Path file = root.resolve(Workspace.MISSION_FILE);
        Parsed parsed = Files.isSymbolicLink(file)
            ? new Parsed(file, null, Problem.error(relative(file), null, "is a symbolic link; refused (the mission configuration is a regular file)"))
            : parse(file);
        if (parsed.problem == null && parsed.resource.getContents().size() == 1
            && parsed.resource.getContents().get(0) instanceof MissionConfiguration config) {
            index.addResource(parsed.resource);
            return config;
        } else {
            loadProblems.add(parsed.problem != null ? parsed.problem
                : Problem.error(relative(file), null, "not a mission configuration"));
            MissionConfiguration configuration = MissionRules.loadDefault();
            loadProblems.add(Problem.warning(relative(file), null, "using the default mission configuration until the file is repaired"));
            return configuration;
        }
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

    static void checkCanceled(IProgressMonitor monitor) {
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
            if (size > Workspace.MAX_FILE_BYTES) {
                return new Parsed(file, null, Problem.error(where, null, "file is too large to be an object (" + size
                    + " bytes, limit " + Workspace.MAX_FILE_BYTES + "); left untouched"));
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
            resource.setBase(bytes);
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
        MosaicObject existing = index.get(id);
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
        index.addResource(resource);
        index.put(object);
    }

    private void findDanglingReferences(IProgressMonitor monitor) {
        for (MosaicObject object : index.values()) {
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
                    EObject resolved = index.resourceSet().getEObject(proxy.eProxyURI(), false);
                    if (resolved == null) {
                        Optional<String> compartment = proxy.eProxyURI().isFile()
                            ? compartmentOf(relative(Path.of(proxy.eProxyURI().toFileString()))) : Optional.empty();
                        String what = compartment.isPresent() && !Files.isDirectory(root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(compartment.get()))
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

    // ------------------------------------------------------------------------------ saving

    /** True when the object has changes that are not on disk. */
    static boolean isDirty(MosaicObject object) {
        Resource resource = object.eResource();
        // new objects are added modified, so the flag alone says whether the file is behind
        return resource != null && resource.isModified();
    }

    /**
     * Stamps and serializes the changed objects of {@code toSave} now, on this thread, and writes
     * their files, each atomically: on {@link #WRITERS} when {@code background}, else here; in
     * {@code group} when there is one.
     *
     * @param user who is saving, recorded in provenance
     */
    Batch beginSave(Collection<? extends MosaicObject> toSave, boolean background, AtomicFiles.Group group, String user)
            throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<MosaicObject, Future<AtomicFiles.Staged>> writes = new LinkedHashMap<>();
        Map<MosaicObject, byte[]> written = new LinkedHashMap<>();
        for (MosaicObject object : toSave) {
            if (!index.contains(object.getId()) || index.get(object.getId()) != object) {
                throw new IllegalArgumentException(Kinds.describe(object) + " is not part of workspace " + root);
            }
        }
        if (toSave.stream().noneMatch(WorkspaceStore::isDirty)) {
            return new Batch(writes, written, group, null);
        }
        WriteLock.Hold hold = lock.acquire();
        boolean started = false;
        try {
            for (MosaicObject object : toSave) {
                if (!isDirty(object)) {
                    continue;
                }
                Path file = fileOf(object);
                try {
                    takeOtherWritersChanges(object, file);
                } catch (IOException refused) {
                    FutureTask<AtomicFiles.Staged> failed = new FutureTask<>(() -> {
                        throw refused;
                    });
                    failed.run();
                    writes.put(object, failed);
                    continue;
                }
                stamp(object, now, user);
                byte[] bytes = ((ObjectResource) object.eResource()).serialize();
                if (bytes.length > Workspace.MAX_FILE_BYTES) {
                    IOException tooLarge = new IOException(relative(file) + ": cannot be saved: " + bytes.length
                        + " bytes, more than the " + Workspace.MAX_FILE_BYTES + " an object file may have (loading would refuse it)");
                    FutureTask<AtomicFiles.Staged> failed = new FutureTask<>(() -> {
                        throw tooLarge;
                    });
                    failed.run();
                    writes.put(object, failed);
                    continue;
                }
                written.put(object, bytes);
                submit(object, file, bytes, background, group, writes);
            }
            started = true;
            return new Batch(writes, written, group, hold);
        } finally {
            if (!started) {
                hold.close();
            }
        }
    }

    /**
     * When another writer changed an object's file since this workspace read it, takes that
     * writer's changes into {@code object} (fields this workspace did not change), or refuses.
     * Called with the write lock held, so the file cannot change again before it is written.
     *
     * @throws IOException naming the file and the fields both changed, or why the file cannot be merged
     */
    private void takeOtherWritersChanges(MosaicObject object, Path file) throws IOException {
        byte[] base = ((ObjectResource) object.eResource()).base();
        byte[] now = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
        if (now == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(relative(file) + ": is not a regular file any more; not saved");
        }
        if (java.util.Arrays.equals(base, now)) {
            return;
        }
        String where = relative(file);
        if (base == null) {
            throw new IOException(where + ": another writer created a file for this object since it was made here; not saved");
        }
        if (now == null) {
            throw new IOException(where + ": deleted by another writer since it was loaded; not saved (reload to see it gone, or create it again)");
        }
        EObject before = ConcurrentChanges.parse(file, base, where);
        EObject theirs = ConcurrentChanges.parse(file, now, where);
        List<String> conflicts = ConcurrentChanges.merge(object, before, theirs, index.resourceSet());
        if (!conflicts.isEmpty()) {
            throw new IOException(where + ": " + ConcurrentChanges.conflictMessage(conflicts));
        }
        ((ObjectResource) object.eResource()).setBase(now);
    }

    private void submit(MosaicObject object, Path file, byte[] bytes, boolean background, AtomicFiles.Group group,
            Map<MosaicObject, Future<AtomicFiles.Staged>> writes) {
        {
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
    }

    /**
     * The files of one save being written (see {@link Workspace#beginSave}): waits for them, makes
     * a group durable and puts its files in place, and keeps what failed.
     */
    final class Batch {

        private final Map<MosaicObject, Future<AtomicFiles.Staged>> writes;
        /** The bytes written for each object, its new base once in place. */
        private final Map<MosaicObject, byte[]> bytes;
        private final AtomicFiles.Group group;
        /** The write lock, held from the start of the save until it is finished; null when nothing is written. */
        private WriteLock.Hold hold;
        private final Map<MosaicObject, IOException> failures = new LinkedHashMap<>();
        /** With a group: the objects whose files are staged and durable, once {@link #awaitDurable} ran. */
        private Map<MosaicObject, AtomicFiles.Staged> durable;

        private Batch(Map<MosaicObject, Future<AtomicFiles.Staged>> writes, Map<MosaicObject, byte[]> bytes, AtomicFiles.Group group,
                WriteLock.Hold hold) {
            this.writes = writes;
            this.bytes = bytes;
            this.group = group;
            this.hold = hold;
        }

        /** Waits for the files of a group and syncs it: see {@link Workspace.PendingSave#awaitDurable()}. */
        void awaitDurable() {
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
         * Waits for every file and marks the objects written as saved, adding each to {@code saved}
         * as it goes; the others stay changed, with the reason in {@link #failures()}.
         */
        void finish(IProgressMonitor monitor, List<MosaicObject> saved) {
            SubMonitor progress = SubMonitor.convert(monitor, writes.size());
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
                            ((ObjectResource) object.eResource()).setBase(bytes.get(object));
                            saved.add(object);
                        } catch (IOException e) {
                            failures.put(object, e);
                        }
                    }
                    progress.worked(1);
                }
            } finally {
                keepUnsaved();
                if (hold != null) {
                    hold.close();
                    hold = null;
                }
            }
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
        Map<MosaicObject, IOException> failures() {
            return Collections.unmodifiableMap(failures);
        }
    }

    private static ThreadPoolExecutor writers() {
        return DaemonThreads.idling(8, 5, DaemonThreads.numbered("mosaic-workspace-save"));
    }

    private void stamp(MosaicObject object, Instant now, String user) {
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
}
