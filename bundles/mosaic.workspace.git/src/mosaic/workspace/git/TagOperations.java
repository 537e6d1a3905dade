package mosaic.workspace.git;

import static mosaic.workspace.git.VersionedWorkspace.rootMessage;

import java.io.IOException;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/** Tags of a {@link VersionedWorkspace}: an issued version, an annotated tag with the analyst as tagger. */
final class TagOperations extends GitOperation {

    TagOperations(VersionedWorkspace handle) {
        super(handle);
    }

    /**
     * Tags HEAD as an issued version. The tag's ref name is {@code name} with spaces and other
     * characters git does not allow in names replaced by '-'; its message is {@code name} as given.
     *
     * @return the ref name of the tag
     */
    String tag(String name, Identity who) throws IOException {
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
    static String tagRefName(String name) {
        String refName = name.strip().replaceAll("[\\s~^:?*\\[\\\\]+", "-").replaceAll("\\.\\.+", ".").replaceAll("^[.-]+|[.]+$", "");
        if (refName.isEmpty() || !Repository.isValidRefName(Constants.R_TAGS + refName)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a tag name");
        }
        return refName;
    }
}
