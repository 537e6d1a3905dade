package mosaic.workspace.git.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;

import mosaic.core.workspace.Workspace;
import mosaic.core.workspace.WorkspaceException;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.ops.Fields;
import mosaic.workspace.git.Identity;
import mosaic.ops.SetFieldsOperation;
import mosaic.workspace.git.SshSettings;
import mosaic.workspace.git.SyncResult;
import mosaic.workspace.git.VersionedWorkspace;

/** One analyst's clone in a test: edits through the editing commands, saves, syncs. */
final class Analyst implements AutoCloseable {

    final Identity who;
    final VersionedWorkspace repo;
    private Workspace workspace;

    private Analyst(Identity who, VersionedWorkspace repo) {
        this.who = who;
        this.repo = repo;
    }

    /** A new workspace with one actor per name, committed. */
    static Analyst create(Path dir, Identity who, String... actorNames) throws Exception {
        Workspace workspace = Workspace.init(dir, null);
        workspace.setUser(who.name(), who.component());
        for (String name : actorNames) {
            Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
            actor.setName(name);
            actor.setKind(ActorKind.ARMED_GROUP);
            workspace.add(actor);
        }
        workspace.saveAll(new NullProgressMonitor());
        Analyst analyst = new Analyst(who, VersionedWorkspace.open(dir));
        analyst.repo.commit("Initial workspace", who);
        return analyst;
    }

    static Analyst clone(String url, Path dir, Identity who) throws WorkspaceException {
        return new Analyst(who, VersionedWorkspace.clone(url, dir, null));
    }

    static Analyst clone(String url, Path dir, Identity who, SshSettings ssh) throws WorkspaceException {
        return new Analyst(who, VersionedWorkspace.clone(url, dir, null, ssh));
    }

    Workspace workspace() throws WorkspaceException {
        if (workspace == null) {
            workspace = Workspace.open(repo.root(), new NullProgressMonitor());
            workspace.setUser(who.name(), who.component());
        }
        return workspace;
    }

    MosaicObject find(String object) throws WorkspaceException {
        return new SetFieldsOperation(workspace()).find(object);
    }

    String id(String object) throws WorkspaceException {
        return find(object).getId();
    }

    void set(String object, String field, String value) throws Exception {
        SetFieldsOperation editor = new SetFieldsOperation(workspace());
        editor.set(editor.find(object), field, value);
        workspace().saveAll(new NullProgressMonitor());
    }

    String get(String object, String field) throws WorkspaceException {
        return Fields.of(find(object)).getOrDefault(field, "");
    }

    void delete(String object) throws Exception {
        workspace().delete(find(object));
    }

    String relate(String from, String to, String type) throws Exception {
        Relation relation = workspace().create(MosaicPackage.Literals.RELATION);
        relation.setFrom((mosaic.model.NamedObject) find(from));
        relation.setTo((mosaic.model.NamedObject) find(to));
        relation.setType(type);
        workspace().add(relation);
        workspace().saveAll(new NullProgressMonitor());
        return relation.getId();
    }

    SyncResult sync(String url) throws IOException {
        try {
            return repo.sync(url, who, new NullProgressMonitor());
        } finally {
            workspace = null;
        }
    }

    SyncResult sync() throws IOException {
        return sync(null);
    }

    /** Forgets the loaded objects (after something else changed the files). */
    void reload() {
        workspace = null;
    }

    ObjectId tree() throws IOException {
        return repo.repository().resolve("HEAD^{tree}");
    }

    List<String> names() throws WorkspaceException {
        List<String> names = new ArrayList<>();
        for (Actor actor : workspace().objects(Actor.class)) {
            names.add(actor.getName());
        }
        return names;
    }

    @Override
    public void close() {
        repo.close();
    }
}
