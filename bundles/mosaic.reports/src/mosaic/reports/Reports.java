package mosaic.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import mosaic.core.workspace.Workspace;
import mosaic.reports.internal.DataSetRegistry;
import mosaic.reports.internal.DesignEntry;
import mosaic.reports.internal.DesignRegistry;
import mosaic.reports.internal.Engine;
import mosaic.reports.internal.ProductBuilder;
import mosaic.reports.internal.Selection;

/**
 * Mosaic's analytic products: the list of designs and rendering one of them from a workspace.
 * <p>
 * Rendering computes the product's data in Java first ({@link #data}), for the parameters and
 * the audience, then lets BIRT lay it out, through the {@link ReportEngine} service. The first
 * render in a process starts the BIRT engine (a second or two); later renders reuse it and the
 * parsed design.
 * <p>
 * Parameters every design takes: {@code audience} (classification ceiling, default the lowest
 * level), {@code compartments}, {@code releasable-to}, {@code area}, {@code from}, {@code to};
 * some designs take more (the actor profile takes {@code actor}).
 */
public final class Reports {

    private Reports() {
    }

    /** Every design that can be rendered, built in or contributed, in a stable order. */
    public static List<DesignInfo> designs() {
        return DesignRegistry.read().designs().values().stream().map(DesignEntry::info).toList();
    }

    /** A design by name. */
    public static Optional<DesignInfo> design(String name) {
        return Optional.ofNullable(DesignRegistry.read().designs().get(name)).map(DesignEntry::info);
    }

    /**
     * Forgets the designs parsed so far, so that the next render of each reads and parses it again
     * (a cold render, for benchmarks).
     */
    public static void forgetDesigns() throws ReportException {
        Engine.service().forgetDesigns();
    }

    /** Contributions (designs and data sets) that could not be used, each naming the bundle and the problem. */
    public static List<String> problems() {
        List<String> problems = new ArrayList<>(DesignRegistry.read().problems());
        problems.addAll(DataSetRegistry.read().problems());
        return problems;
    }

    /**
     * What a product would contain, without laying it out: for tests, previews and the count of
     * withheld items.
     *
     * @throws ReportException for an unknown design, parameter or value
     */
    public static ProductData data(Workspace workspace, String design, Map<String, String> params, IProgressMonitor monitor) throws ReportException {
        DesignEntry entry = entry(design);
        List<String> dataSets = Engine.service().dataSets(entry.file());
        Selection selection = Selection.parse(entry.info(), params, workspace.rules());
        return ProductBuilder.build(workspace, entry, selection, params, dataSets, monitor);
    }

    /**
     * Renders a design to a stream.
     *
     * @param workspace where the data comes from (read only; used on the calling thread)
     * @param design a design name from {@link #designs()}
     * @param format the output format
     * @param params parameter values by name (see {@link DesignInfo#parameters()})
     * @param out receives the product; not closed
     * @return the data the product was made from (its marking and withheld count)
     * @throws ReportException for an unknown design, parameter or value, or a design that fails
     */
    public static ProductData render(Workspace workspace, String design, ReportFormat format, Map<String, String> params, OutputStream out,
            IProgressMonitor monitor) throws ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering " + design, 10);
        DesignEntry entry = entry(design);
        ReportEngine engine = Engine.service();
        List<String> dataSets = engine.dataSets(entry.file());
        Selection selection = Selection.parse(entry.info(), params, workspace.rules());
        ProductData data = ProductBuilder.build(workspace, entry, selection, params, dataSets, progress.split(3));
        engine.render(entry.file(), data, format, out, progress.split(7));
        return data;
    }

    /**
     * Renders a design to a file, atomically: into a temporary file next to it, then moved over
     * it, so that a failed render never leaves a partial product.
     *
     * @throws IOException when the file cannot be written
     */
    public static ProductData render(Workspace workspace, String design, ReportFormat format, Map<String, String> params, Path file,
            IProgressMonitor monitor) throws ReportException, IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException(target + ": folder " + folder + " does not exist");
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            ProductData data;
            try (OutputStream out = Files.newOutputStream(temp)) {
                data = render(workspace, design, format, params, out, monitor);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return data;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static DesignEntry entry(String name) throws ReportException {
        DesignRegistry registry = DesignRegistry.read();
        DesignEntry entry = registry.designs().get(name);
        if (entry == null) {
            throw new ReportException("unknown design '" + name + "' (designs: " + String.join(", ", registry.designs().keySet()) + ")");
        }
        return entry;
    }
}
