package mosaic.ui.internal.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/** An object of the open workspace, by id. */
public final class ObjectEditorInput implements IEditorInput {

    private final String id;
    private final String name;
    private final String kind;

    public ObjectEditorInput(MosaicObject object) {
        this.id = object.getId();
        this.name = Kinds.title(object);
        this.kind = Kinds.displayName(object.eClass());
    }

    public String id() {
        return id;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return kind + " " + name + " [" + id + "]";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectEditorInput other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
