package mosaic.workspace.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import mosaic.core.internal.ObjectResource;
import mosaic.model.MosaicPackage;

/**
 * Loads one version of an object file (bytes from git) as a model object, in a resource set of its
 * own that never loads other files: references to other objects stay unresolved, carrying the
 * target's address, so comparing and merging only ever look at that one file.
 */
final class ModelFiles {

    static {
        MosaicPackage.eINSTANCE.eClass();
    }

    private ModelFiles() {
    }

    /**
     * Parses {@code bytes} as the file {@code path} (relative, under {@code root}).
     *
     * @throws IOException naming the file and the version when the bytes are not one model object
     */
    static EObject load(Path root, String path, byte[] bytes, String version) throws IOException {
        ObjectResource resource = new ObjectResource(URI.createFileURI(root.resolve(path).toString()));
        new ResourceSetImpl().getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(bytes), ObjectResource.LOAD_OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new IOException(path + " (version " + version + "): cannot be read as a Mosaic object: " + e.getMessage(), e);
        }
        if (resource.getContents().size() != 1) {
            throw new IOException(path + " (version " + version + "): does not hold exactly one Mosaic object");
        }
        return resource.getContents().get(0);
    }

    /** The bytes of the file holding {@code object}, written as the workspace writes them. */
    static byte[] serialize(EObject object) throws IOException {
        return ((ObjectResource) object.eResource()).serialize();
    }
}
