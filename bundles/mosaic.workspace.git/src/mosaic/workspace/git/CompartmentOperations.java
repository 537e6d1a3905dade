package mosaic.workspace.git;

import static mosaic.workspace.git.VersionedWorkspace.DEFAULT_REMOTE;
import static mosaic.workspace.git.VersionedWorkspace.addLine;
import static mosaic.workspace.git.VersionedWorkspace.refreshIndex;
import static mosaic.workspace.git.VersionedWorkspace.rootMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.core.workspace.WorkspaceLocation;
import mosaic.model.Evidence;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ops.Fields;
import mosaic.ops.SetFieldsOperation;

/**
 * The compartments of a {@link VersionedWorkspace}: repositories of their own mounted under
 * {@code compartments/}, created with a ceiling, mounted from a remote, and objects released into
 * them after their markings were checked against that ceiling.
 */
final class CompartmentOperations extends GitOperation {

    CompartmentOperations(VersionedWorkspace handle) {
        super(handle);
    }

    /** The mounted compartments (folders under compartments/ that are repositories), by name. */
    List<Compartment> compartments() throws IOException {
        List<Compartment> compartments = new ArrayList<>();
        if (!handle.workspaceRoot().equals(root)) {
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
    VersionedWorkspace compartment(String name) throws IOException {
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(Compartment.checkName(name));
        if (!Files.isDirectory(folder.resolve(Constants.DOT_GIT))) {
            throw new IllegalArgumentException("compartment " + name + " is not mounted in " + root);
        }
        return VersionedWorkspace.repository(folder, root);
    }

    /**
     * Creates a new compartment repository in this workspace with the given ceiling (sync it with
     * a remote to share it).
     *
     * @throws IllegalArgumentException when the name is taken or the classification unknown
     */
    Compartment createCompartment(String name, String classification, List<String> markings, String releasableTo, Identity who)
            throws IOException {
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(Compartment.checkName(name));
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + ": compartment " + name + " already exists");
        }
        Compartment compartment = new Compartment(name, folder, classification, List.copyOf(markings), releasableTo == null ? "" : releasableTo);
        try {
            Workspace workspace = Workspace.open(handle.workspaceRoot(), null);
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
    Compartment mount(String name, String url) throws IOException {
        Path folder = root.resolve(Workspace.COMPARTMENTS_FOLDER).resolve(Compartment.checkName(name));
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + ": compartment " + name + " is already mounted");
        }
        ignoreCompartments();
        try {
            try (Git clone = Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setRemote(DEFAULT_REMOTE)
                    .setCredentialsProvider(handle.credentials()).setTransportConfigCallback(handle.transport()).call()) {
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
    RevCommit release(String object, String compartmentName, Identity who) throws IOException, WorkspaceException {
        Compartment target = compartments().stream().filter(c -> c.name().equals(compartmentName)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("compartment " + compartmentName + " is not mounted in " + root));
        Workspace workspace = Workspace.open(handle.workspaceRoot(), null);
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
            handle.commit(message, who);
        } else {
            try (VersionedWorkspace out = VersionedWorkspace.repository(fromRoot, root)) {
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
}
