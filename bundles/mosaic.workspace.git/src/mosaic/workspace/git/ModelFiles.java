package mosaic.workspace.git;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import mosaic.core.workspace.ObjectFiles;

/**
 * Loads one version of an object file (bytes from git) as a model object, in a resource set of its
 * own that never loads other files: references to other objects stay unresolved, carrying the
 * target's address, so comparing and merging only ever look at that one file.
 */
final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Parses {@code bytes} as the file {@code path} (relative, under {@code root}).
     *
     * @throws IOException naming the file and the version when the bytes are not one model object
     */
    static EObject load(Path root, String path, byte[] bytes, String version) throws IOException {
        try {
            return ObjectFiles.parse(root.resolve(path), bytes);
        } catch (IOException | RuntimeException e) {
            throw new IOException(path + " (version " + version + "): cannot be read as a Mosaic object: " + e.getMessage(), e);
        }
    }

    /** The bytes of the file holding {@code object}, written as the workspace writes them. */
    static byte[] serialize(EObject object) throws IOException {
        return ObjectFiles.serialize(object);
    }
}
