package mosaic.core.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import mosaic.core.internal.ObjectResource;
import mosaic.model.MosaicPackage;

/**
 * One object file's bytes to a model object and back, exactly as the workspace reads and
 * writes them, for code that holds versions of a file outside the workspace (history, compare,
 * merge). A file parsed here sits in a resource set of its own that never loads other files:
 * references to other objects stay unresolved proxies carrying the target's address.
 */
public final class ObjectFiles {

    static {
        MosaicPackage.eINSTANCE.eClass();
    }

    private ObjectFiles() {
    }

    /**
     * Parses {@code bytes} as the content of {@code file} (its location resolves relative
     * references).
     *
     * @throws IOException when the bytes are not one model object, with the parser's reason
     */
    public static EObject parse(Path file, byte[] bytes) throws IOException {
        ObjectResource resource = new ObjectResource(URI.createFileURI(file.toString()));
        new ResourceSetImpl().getResources().add(resource);
        resource.load(new ByteArrayInputStream(bytes), ObjectResource.LOAD_OPTIONS);
        if (resource.getContents().size() != 1) {
            throw new IOException("does not hold exactly one Mosaic object");
        }
        return resource.getContents().get(0);
    }

    /**
     * The bytes the workspace would write for {@code object} as the file {@code file} (its
     * location makes references relative); the object is moved into a resource of its own.
     */
    public static byte[] serialize(Path file, EObject object) throws IOException {
        ObjectResource resource = new ObjectResource(URI.createFileURI(file.toString()));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(object);
        return resource.serialize();
    }

    /**
     * The bytes the workspace writes for {@code object}, which must be the one object of a
     * resource that the workspace or {@link #parse} made.
     */
    public static byte[] serialize(EObject object) throws IOException {
        if (!(object.eResource() instanceof ObjectResource resource)) {
            throw new IOException("not an object read from a workspace file: " + object);
        }
        return resource.serialize();
    }
}
