package mosaic.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import mosaic.model.Actor;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicPackage;
import mosaic.model.provider.MosaicItemProviderAdapterFactory;

/** Changes go through an editing domain's command stack, with undo and redo. */
class EditingDomainTest {

    @Test
    void setAndAddAreUndoableAndRedoable() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new MosaicItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Resource resource = new XMIResourceImpl();
        domain.getResourceSet().getResources().add(resource);
        Actor actor = MosaicFactory.eINSTANCE.createActor();
        actor.setName("Mayi-Kivu");
        resource.getContents().add(actor);

        Command rename = SetCommand.create(domain, actor, MosaicPackage.Literals.NAMED_OBJECT__NAME, "Mayi-Kivu Brigade");
        assertTrue(rename.canExecute());
        domain.getCommandStack().execute(rename);
        domain.getCommandStack().execute(AddCommand.create(domain, actor, MosaicPackage.Literals.NAMED_OBJECT__ALIASES, "Maikivu"));
        assertEquals("Mayi-Kivu Brigade", actor.getName());
        assertEquals(List.of("Maikivu"), actor.getAliases());

        domain.getCommandStack().undo();
        assertEquals(List.of(), actor.getAliases());
        domain.getCommandStack().undo();
        assertEquals("Mayi-Kivu", actor.getName());
        domain.getCommandStack().redo();
        assertEquals("Mayi-Kivu Brigade", actor.getName());

        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(actor, IItemLabelProvider.class);
        assertTrue(labels.getText(actor).contains("Mayi-Kivu Brigade"), labels.getText(actor));
        IItemPropertySource properties = (IItemPropertySource) factory.adapt(actor, IItemPropertySource.class);
        assertTrue(properties.getPropertyDescriptors(actor).stream()
            .anyMatch(d -> d.getFeature(actor) == MosaicPackage.Literals.ACTOR__MODUS_OPERANDI), "profile fields are editable properties");
        factory.dispose();
    }
}
