/*
 * Regenerates the EMF model and edit code of Mosaic from bundles/mosaic.model/model/mosaic.ecore.
 *
 * Run through generate.sh. The generator model is rebuilt from the Ecore model on each run and
 * reconciled with the settings of the existing .genmodel (what EMF's "Reload" does in Eclipse),
 * then the model code goes to mosaic.model/src-gen and the edit code (item providers, labels,
 * icons) to mosaic.model.edit/src-gen. Generated folders are replaced, never merged: nothing
 * hand-written lives in src-gen.
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

public class Generate {

    public static void main(String[] args) throws Exception {
        Path bundles = Path.of(args.length > 0 ? args[0] : "bundles").toAbsolutePath().normalize();
        Path model = bundles.resolve("mosaic.model");
        Path edit = bundles.resolve("mosaic.model.edit");
        Path ecoreFile = model.resolve("model/mosaic.ecore");
        Path genmodelFile = model.resolve("model/mosaic.genmodel");
        Path scratch = Files.createTempDirectory("mosaic-codegen");

        // The generator writes to platform:/resource/<project>/...; send both projects to scratch.
        map("mosaic.model", scratch.resolve("mosaic.model"));
        map("mosaic.model.edit", scratch.resolve("mosaic.model.edit"));
        Files.createDirectories(scratch.resolve("mosaic.model/model"));
        Files.copy(ecoreFile, scratch.resolve("mosaic.model/model/mosaic.ecore"));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
            .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        URI ecoreUri = URI.createPlatformResourceURI("/mosaic.model/model/mosaic.ecore", true);
        Resource ecore = resourceSet.getResource(ecoreUri, true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);
        check(Diagnostician.INSTANCE.validate(ePackage), ecoreFile);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        URI genmodelUri = URI.createPlatformResourceURI("/mosaic.model/model/mosaic.genmodel", true);
        Resource genResource = resourceSet.createResource(genmodelUri);
        genResource.getContents().add(genModel);
        if (Files.exists(genmodelFile)) {
            Resource old = resourceSet.createResource(URI.createFileURI(genmodelFile.toString()));
            old.load(null);
            GenModel oldGenModel = (GenModel) old.getContents().get(0);
            genModel.reconcile(oldGenModel);
            resourceSet.getResources().remove(old);
        } else {
            defaults(genModel);
        }
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add("mosaic.ecore");
        genModel.setCanGenerate(true);
        genModel.setDynamicTemplates(false);
        check(Diagnostician.INSTANCE.validate(genModel), genmodelFile);
        genResource.save(java.util.Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_DELIMITER, "\n"));

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
            GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
            new BasicMonitor.Printing(System.out)), genmodelFile);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
            new BasicMonitor.Printing(System.out)), genmodelFile);

        replace(scratch.resolve("mosaic.model/src-gen"), model.resolve("src-gen"));
        replace(scratch.resolve("mosaic.model.edit/src-gen"), edit.resolve("src-gen"));
        replace(scratch.resolve("mosaic.model.edit/icons"), edit.resolve("icons"));
        Files.copy(scratch.resolve("mosaic.model.edit/plugin.properties"), edit.resolve("plugin.properties"),
            StandardCopyOption.REPLACE_EXISTING);
        Files.copy(scratch.resolve("mosaic.model/model/mosaic.genmodel"), genmodelFile,
            StandardCopyOption.REPLACE_EXISTING);
        delete(scratch);
        System.out.println("generated " + model.resolve("src-gen") + " and " + edit.resolve("src-gen"));
    }

    /** Settings for a first run; later runs keep whatever the .genmodel says. */
    private static void defaults(GenModel genModel) {
        genModel.setModelName("Mosaic");
        genModel.setModelPluginID("mosaic.model");
        genModel.setEditPluginID("mosaic.model.edit");
        genModel.setModelDirectory("/mosaic.model/src-gen");
        genModel.setEditDirectory("/mosaic.model.edit/src-gen");
        genModel.setComplianceLevel(org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel.JDK170_LITERAL);
        genModel.setCopyrightFields(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);
        genModel.setBundleManifest(true);
        genModel.setEditPluginClass("mosaic.model.provider.MosaicEditPlugin");
        genModel.setCopyrightText("Generated by EMF from mosaic.ecore: edit the model, not this file.");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setPrefix("Mosaic");
            genPackage.setBasePackage("mosaic");
            genPackage.setDisposableProviderFactory(true);
            genPackage.setMultipleEditorPages(false);
        }
    }

    private static void map(String project, Path folder) {
        URI platform = URI.createPlatformResourceURI("/" + project + "/", true);
        URI file = URI.createFileURI(folder.toString() + "/");
        URIConverter.URI_MAP.put(platform, file);
        EcorePlugin.getPlatformResourceMap().put(project, file);
    }

    private static void check(Diagnostic diagnostic, Path file) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder message = new StringBuilder(file + ": " + diagnostic.getMessage());
            for (Diagnostic child : diagnostic.getChildren()) {
                message.append("\n  ").append(child.getMessage());
            }
            throw new IllegalStateException(message.toString());
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        delete(to);
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
