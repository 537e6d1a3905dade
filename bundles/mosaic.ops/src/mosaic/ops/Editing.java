package mosaic.ops;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import mosaic.core.workspace.Workspace;
import mosaic.model.provider.MosaicItemProviderAdapterFactory;

/**
 * The one way an editing domain over a workspace is made, for the workbench's session and for
 * the headless commands alike: Mosaic's item providers, and the domain rules of
 * {@link MosaicEditingDomain} in every command it creates.
 */
public final class Editing {

    private Editing() {
    }

    /** Mosaic's item providers, then the reflective ones, then whatever the registry adds. */
    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new MosaicItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** A domain over {@code workspace}'s resource set with a command stack of its own. */
    public static MosaicEditingDomain domain(Workspace workspace) {
        return domain(workspace, adapterFactory(), new BasicCommandStack());
    }

    /** A domain over {@code workspace}'s resource set, with the given item providers and stack. */
    public static MosaicEditingDomain domain(Workspace workspace, ComposedAdapterFactory factory, CommandStack stack) {
        return new MosaicEditingDomain(workspace, factory, stack);
    }
}
