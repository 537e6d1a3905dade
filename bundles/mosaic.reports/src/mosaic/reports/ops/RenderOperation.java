package mosaic.reports.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import mosaic.core.workspace.Workspace;
import mosaic.ops.WorkspaceRule;
import mosaic.reports.DesignInfo;
import mosaic.reports.ParameterInfo;
import mosaic.reports.ProductData;
import mosaic.reports.ReportException;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;

/**
 * Rendering an analytic product to a file, the same from every front-end (the {@code report}
 * command, the Reports view's Save As and preview): the design, format and parameters checked
 * with the same messages, then {@link Reports#render} into the file, atomically. It reads the
 * workspace for as long as it runs, so a job running it holds {@link #getSchedulingRule()}, the
 * workspace's rule: no ingest, sync or load changes the objects under a product being made.
 */
public final class RenderOperation {

    private final Workspace workspace;
    private final DesignInfo design;
    private final ReportFormat format;
    private final Map<String, String> params;

    /**
     * Plans the render of {@code design} for {@code workspace}.
     *
     * @throws ReportException naming the design's parameters when one of {@code params} is not one of them
     */
    public RenderOperation(Workspace workspace, DesignInfo design, ReportFormat format, Map<String, String> params) throws ReportException {
        checkParameters(design, params);
        this.workspace = workspace;
        this.design = design;
        this.format = format;
        this.params = Map.copyOf(params);
    }

    /**
     * The design named {@code name}.
     *
     * @throws ReportException listing the designs when there is none
     */
    public static DesignInfo design(String name) throws ReportException {
        return Reports.design(name).orElseThrow(() -> new ReportException("unknown design '" + name + "' (designs: "
            + String.join(", ", Reports.designs().stream().map(DesignInfo::name).toList()) + "; see mosaic report --list)"));
    }

    /**
     * The format of code {@code code} ({@code pdf}, {@code html}, {@code docx}).
     *
     * @throws ReportException listing the formats when there is none
     */
    public static ReportFormat format(String code) throws ReportException {
        return ReportFormat.of(code).orElseThrow(() -> new ReportException("unknown format '" + code + "' (formats: " + ReportFormat.codes() + ")"));
    }

    /**
     * Checks that every key of {@code params} is a parameter of {@code design}.
     *
     * @throws ReportException naming the design's parameters when one is not
     */
    public static void checkParameters(DesignInfo design, Map<String, String> params) throws ReportException {
        for (String key : params.keySet()) {
            if (design.parameter(key).isEmpty()) {
                List<String> names = design.parameters().stream().map(ParameterInfo::name).toList();
                throw new ReportException("design " + design.name() + " has no parameter '" + key + "' (parameters: " + String.join(", ", names) + ")");
            }
        }
    }

    /** The design it renders. */
    public DesignInfo design() {
        return design;
    }

    /** The format it writes. */
    public ReportFormat format() {
        return format;
    }

    /** The rule a job rendering the product holds: the workspace's. */
    public ISchedulingRule getSchedulingRule() {
        return WorkspaceRule.of(workspace);
    }

    /**
     * Renders the product into {@code file}, atomically (a failed render leaves no partial file).
     *
     * @return the data the product was made from (its marking and withheld count)
     * @throws ReportException for a bad parameter value or a design that fails
     * @throws IOException when the file cannot be written
     */
    public ProductData run(Path file, IProgressMonitor monitor) throws ReportException, IOException {
        return Reports.render(workspace, design.name(), format, params, file, monitor);
    }
}
