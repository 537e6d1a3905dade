package mosaic.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.DocxRenderOption;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.model.api.DataSetHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.metadata.IMetaLogger;
import org.eclipse.birt.report.model.metadata.MetaLogManager;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import mosaic.reports.ProductData;
import mosaic.reports.ReportEngine;
import mosaic.reports.ReportException;
import mosaic.reports.ReportFormat;

/**
 * The {@link ReportEngine} service (an immediate Declarative Services component, so it lives as
 * long as the bundle): the one BIRT report engine of the process, started on first use inside the
 * running OSGi framework and stopped when the component is deactivated, and the parsed designs it
 * has opened (a design is parsed once, then reused). Renders run one at a time: the engine and the
 * script scopes are shared.
 */
public final class Engine implements ReportEngine {

    /** BIRT's engine once started; guarded by this. */
    private IReportEngine engine;
    private final Map<URL, IReportRunnable> designs = new ConcurrentHashMap<>();

    /** Made by Declarative Services; look the service up with {@link #service()}. */
    public Engine() {
    }

    /** The registered report engine service. */
    public static ReportEngine service() throws ReportException {
        ReportEngine service = Tracker.ENGINES.getService();
        if (service == null) {
            throw new ReportException("no report engine: the mosaic.reports.engine component is not active");
        }
        return service;
    }

    /**
     * The registered engine, with BIRT started.
     *
     * @throws ReportException when BIRT does not start, or the registered engine is not this one
     */
    public static Engine get() throws ReportException {
        if (!(service() instanceof Engine started)) {
            throw new ReportException("the registered report engine is not BIRT's");
        }
        started.started();
        return started;
    }

    /** BIRT's engine, started when first asked for. */
    private synchronized IReportEngine started() throws ReportException {
        if (engine == null) {
            System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
            try {
                ScratchInstanceArea.ensure();
            } catch (IOException e) {
                throw new ReportException("no folder for the chart engine's state: " + e.getMessage(), e);
            }
            quietMetaDataLog();
            EngineConfig config = new EngineConfig();
            // BIRT logs through java.util.logging, at INFO by default: keep the command line quiet
            config.setLogConfig(null, Level.WARNING);
            try {
                Platform.startup(config);
            } catch (BirtException e) {
                throw new ReportException("the BIRT report engine does not start: " + e.getMessage(), e);
            }
            IReportEngineFactory factory = (IReportEngineFactory) Platform.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
            if (factory == null) {
                throw new ReportException("the BIRT report engine is not installed (no " + IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY + ")");
            }
            engine = factory.createReportEngine(config);
        }
        return engine;
    }

    /**
     * BIRT's model registers a logger that writes errors met while reading its metadata and
     * extensions into {@code meta.log} in the process's working folder, which is wherever the
     * analyst or a script happens to be (a repository, a workspace). Those errors go to the
     * platform log instead, like every other error of Mosaic; nothing is written to the working
     * folder.
     */
    static void quietMetaDataLog() {
        MetaLogManager.shutDown();
        MetaLogManager.registerLogger(new IMetaLogger() {
            private final ILog log = ILog.of(Engine.class);

            @Override
            public void log(String message) {
                log.warn("BIRT metadata: " + message);
            }

            @Override
            public void log(String message, Throwable t) {
                log.warn("BIRT metadata: " + message, t);
            }

            @Override
            public void close() {
                // nothing held
            }
        });
    }

    /** Stops BIRT, if a render started it (component deactivation: the bundle stops). */
    synchronized void deactivate() {
        if (engine != null) {
            engine.destroy();
            engine = null;
            designs.clear();
            Platform.shutdown();
        }
    }

    @Override
    public void forgetDesigns() {
        designs.clear();
    }

    @Override
    public List<String> dataSets(URL design) throws ReportException {
        return dataSets(design(design));
    }

    @Override
    public void render(URL design, ProductData data, ReportFormat format, OutputStream out, IProgressMonitor monitor) throws ReportException {
        render(design(design), data, format, out, monitor);
    }

    /** The design, parsed once. */
    public IReportRunnable design(URL file) throws ReportException {
        IReportRunnable runnable = designs.get(file);
        if (runnable == null) {
            IReportEngine birt = started();
            try (InputStream in = file.openStream()) {
                runnable = birt.openReportDesign(file.toExternalForm(), in);
            } catch (IOException | BirtException e) {
                throw new ReportException(file + ": the design cannot be read: " + e.getMessage(), e);
            }
            designs.put(file, runnable);
        }
        return runnable;
    }

    /** The names of the data sets a design declares: the tables it needs. */
    public static List<String> dataSets(IReportRunnable design) {
        List<String> names = new ArrayList<>();
        ReportDesignHandle handle = (ReportDesignHandle) design.getDesignHandle();
        for (Object o : handle.getAllDataSets()) {
            names.add(((DataSetHandle) o).getName());
        }
        return names;
    }

    /**
     * Runs and renders a design over the data.
     *
     * @throws ReportException when BIRT reports errors (a failed item renders as a blank area,
     *         so the errors are the only sign)
     */
    public synchronized void render(IReportRunnable design, ProductData data, ReportFormat format, OutputStream out, IProgressMonitor monitor)
            throws ReportException {
        IRunAndRenderTask task = started().createRunAndRenderTask(design);
        try {
            Map<String, Object> context = new HashMap<>();
            context.put(ProductData.APP_CONTEXT_KEY, data);
            task.setAppContext(context);
            task.setLocale(Locale.UK);
            IRenderOption options = switch (format) {
                case PDF -> {
                    PDFRenderOption pdf = new PDFRenderOption();
                    pdf.setOption(PDFRenderOption.PDF_TEXT_WRAPPING, Boolean.TRUE);
                    yield pdf;
                }
                case HTML -> {
                    HTMLRenderOption html = new HTMLRenderOption();
                    html.setEmbeddable(false);
                    html.setImageHandler(new DataUriImageHandler());
                    html.setSupportedImageFormats("PNG;GIF;JPG;BMP");
                    yield html;
                }
                case DOCX -> new DocxRenderOption();
            };
            options.setOutputFormat(format.code());
            options.setOutputStream(out);
            task.setRenderOption(options);
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            task.run();
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<?> errors = task.getErrors();
            if (!errors.isEmpty()) {
                Object first = errors.get(0);
                String message = first instanceof Throwable t ? t.getMessage() : String.valueOf(first);
                throw new ReportException(design.getReportName() + ": " + errors.size() + " error(s) while rendering; first: " + message,
                    first instanceof Throwable t ? t : null);
            }
        } catch (BirtException e) {
            throw new ReportException(design.getReportName() + ": rendering failed: " + e.getMessage(), e);
        } finally {
            task.close();
        }
    }

    /** Tracks the service from the first look-up on (the bundle is active then). */
    private static final class Tracker {
        static final ServiceTracker<ReportEngine, ReportEngine> ENGINES = open();

        private static ServiceTracker<ReportEngine, ReportEngine> open() {
            ServiceTracker<ReportEngine, ReportEngine> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Engine.class).getBundleContext(), ReportEngine.class, null);
            tracker.open();
            return tracker;
        }
    }
}
