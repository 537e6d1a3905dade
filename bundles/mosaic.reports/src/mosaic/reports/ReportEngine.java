package mosaic.reports;

import java.io.OutputStream;
import java.net.URL;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The BIRT report engine of the process, an OSGi service (the {@code mosaic.reports.engine}
 * Declarative Services component). BIRT starts on the first design read or render, not when the
 * service is registered, so commands that never render start fast; it stops with the component.
 * Parsed designs are kept and reused. {@link Reports} is the API most callers want; this is the
 * layer under it.
 */
public interface ReportEngine {

    /**
     * The names of the data sets a design declares: the tables it needs (the design is parsed
     * once, then reused).
     *
     * @throws ReportException when BIRT does not start or the design cannot be read
     */
    List<String> dataSets(URL design) throws ReportException;

    /**
     * Runs and renders a design over the data. Renders run one at a time.
     *
     * @throws ReportException when BIRT reports errors (a failed item renders as a blank area,
     *         so the errors are the only sign)
     */
    void render(URL design, ProductData data, ReportFormat format, OutputStream out, IProgressMonitor monitor) throws ReportException;

    /** Forgets parsed designs, so that the next render reads them again (a cold render). */
    void forgetDesigns();
}
