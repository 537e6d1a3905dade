package mosaic.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import mosaic.model.MosaicObject;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The Properties view of a Mosaic object, from its item provider's property descriptors. Plain
 * text fields are editable there, through the session's command stack; the rest is shown and
 * edited in the object's editor.
 */
public final class ObjectPropertySource implements IPropertySource {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private final EObject object;
    private final IItemPropertySource source;

    ObjectPropertySource(EObject object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            if (descriptor.getId(object).equals(id)) {
                return descriptor;
            }
        }
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
            Object feature = item.getFeature(object);
            String id = item.getId(object);
            boolean text = item.canSetProperty(object) && feature instanceof EAttribute attribute && !attribute.isMany()
                && attribute.getEAttributeType().getInstanceClass() == String.class;
            PropertyDescriptor descriptor = text ? new TextPropertyDescriptor(id, item.getDisplayName(object))
                : new PropertyDescriptor(id, item.getDisplayName(object));
            descriptor.setCategory(item.getCategory(object));
            descriptor.setDescription(item.getDescription(object));
            descriptor.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Object value = element instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(null) : element;
                    return value == null ? "" : item.getLabelProvider(object).getText(value);
                }
            });
            result.add(descriptor);
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = descriptor(id);
        if (item == null) {
            return null;
        }
        Object value = item.getPropertyValue(object);
        Object plain = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
        return item.getFeature(object) instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class && !a.isMany()
            ? (plain == null ? "" : plain) : plain;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = descriptor(id);
        return item != null && item.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // values are changed in the editor, where undo shows what happened
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = descriptor(id);
        if (item != null && item.getFeature(object) instanceof EStructuralFeature feature && session.domain() != null
            && !java.util.Objects.equals(object.eGet(feature), value)) {
            session.domain().getCommandStack().execute(SetCommand.create(session.domain(), object, feature, value));
        }
    }

    /** Adapts Mosaic objects to {@link IPropertySource} (registered in plugin.xml). */
    public static final class Factory implements IAdapterFactory {
        @Override
        public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
            // the objects of a workspace and what they contain (evidence, action points, a marking)
            if (adapterType == IPropertySource.class && adaptable instanceof EObject object
                && (object instanceof MosaicObject || object.eContainer() != null)) {
                Object source = Sessions.current().adapterFactory().adapt(object, IItemPropertySource.class);
                if (source instanceof IItemPropertySource itemSource) {
                    return adapterType.cast(new ObjectPropertySource(object, itemSource));
                }
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] {IPropertySource.class};
        }
    }
}
