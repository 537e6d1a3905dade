package mosaic.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmfTest {

    @TempDir
    Path tmp;

    @Test
    void savesAndReloadsADynamicModelAsXmi() throws Exception {
        EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
        pkg.setName("probe");
        pkg.setNsURI("urn:mosaic:probe");
        pkg.setNsPrefix("probe");
        EClass actor = EcoreFactory.eINSTANCE.createEClass();
        actor.setName("Actor");
        EAttribute name = EcoreFactory.eINSTANCE.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        actor.getEStructuralFeatures().add(name);
        pkg.getEClassifiers().add(actor);

        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(pkg.getNsURI(), pkg);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        URI uri = URI.createFileURI(tmp.resolve("a.xmi").toString());
        Resource resource = set.createResource(uri);
        EObject group = EcoreUtil.create(actor);
        group.eSet(name, "Mayi-Mayi Group");
        resource.getContents().add(group);
        resource.save(Map.of());

        ResourceSet other = new ResourceSetImpl();
        other.getPackageRegistry().put(pkg.getNsURI(), pkg);
        other.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        EObject loaded = other.getResource(uri, true).getContents().get(0);
        assertEquals("Mayi-Mayi Group", loaded.eGet(loaded.eClass().getEStructuralFeature("name")));
    }
}
