package mosaic.graph.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.workspace.Workspace;
import mosaic.graph.io.GraphDocument;
import mosaic.graph.io.GraphMl;
import mosaic.graph.model.GraphImport;
import mosaic.model.ActorKind;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * {@code import graphml FILE --workspace DIR}: each node an actor, each edge a relation, attributes
 * kept, and every marking the file carries (its elements' and its own) kept: {@code --classification}
 * marks what the file leaves unmarked and raises what it marks lower, and lowers what the file marks
 * higher only with {@code --lower-marking}, said on standard error for the file. All or nothing: a file that cannot be read, or a value that cannot be used, changes
 * nothing; if writing fails part way, what was written is removed again. Importing the same file
 * twice adds nothing the second time.
 */
public final class ImportGraphMlCommand implements Command {

    @Override
    public String name() {
        return "import graphml";
    }

    @Override
    public String synopsis() {
        return "FILE --workspace DIR [--classification LEVEL [--lower-marking]] [--actor-kind KIND] [--relation-type TYPE]";
    }

    @Override
    public String description() {
        return "import a GraphML file (Gephi, yEd, networkx): nodes become actors, edges relations, attributes kept";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> files = context.checkOptions(List.of("lower-marking"), List.of("workspace", "classification", "actor-kind", "relation-type"));
        if (files.size() != 1) {
            throw new UsageException("import graphml: give exactly one FILE" + (files.isEmpty() ? "" : ", not " + files.size()));
        }
        Path file = Path.of(files.get(0));
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        Workspace workspace = context.openWorkspace();
        GraphImport importer = new GraphImport(workspace);
        try {
            context.option("classification").ifPresent(importer::classification);
            importer.lowerMarking(context.flag("lower-marking"));
            context.option("actor-kind").ifPresent(kind -> {
                ActorKind k = ActorKind.get(kind.toLowerCase(Locale.ROOT).replace('_', '-'));
                if (k == null) {
                    k = ActorKind.getByName(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
                }
                if (k == null) {
                    throw new IllegalArgumentException("unknown actor kind '" + kind + "'; kinds are "
                        + String.join(", ", ActorKind.VALUES.stream().map(ActorKind::getName).toList()));
                }
                importer.defaultKind(k);
            });
            context.option("relation-type").ifPresent(importer::defaultRelationType);
        } catch (IllegalArgumentException e) {
            throw new UsageException("import graphml: " + e.getMessage());
        }
        byte[] bytes = Files.readAllBytes(file);
        GraphDocument doc = GraphMl.read(file);
        GraphImport.Result result;
        try {
            result = importer.toModel(doc, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            importer.check(result); // what validation would reject is refused before anything is written
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        for (String warning : result.warnings()) {
            context.err().println("mosaic: import graphml: " + file + ": " + warning);
        }
        List<MosaicObject> added = new ArrayList<>();
        try {
            for (MosaicObject object : result.created()) {
                workspace.add(object);
                added.add(object);
            }
            workspace.saveAll(new NullProgressMonitor());
        } catch (IOException | RuntimeException e) {
            for (MosaicObject object : added) {
                try {
                    if (workspace.isDirty(object)) {
                        workspace.discard(object); // never written: nothing on disk to remove
                    } else {
                        workspace.delete(object);
                    }
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        long actors = result.created().stream().filter(o -> Kinds.name(o.eClass()).equals("actor")).count();
        context.out().printf("imported %s: %d actors, %d relations; %d already in the workspace%n", file.getFileName(), actors,
            result.created().size() - actors, result.unchanged());
        return OK;
    }
}
