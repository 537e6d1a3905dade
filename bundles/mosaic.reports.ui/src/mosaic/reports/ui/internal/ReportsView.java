package mosaic.reports.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import mosaic.core.workspace.Workspace;
import mosaic.reports.DesignInfo;
import mosaic.reports.ProductData;
import mosaic.reports.ReportException;
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;
import mosaic.reports.ops.RenderOperation;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The list of designs, a preview of the selected product and Save As PDF, HTML or DOCX. The
 * preview is the HTML render in a browser where a browser engine is installed, else the PDF's
 * pages as pictures. Rendering runs as a job; the preview and the status line follow it.
 */
public final class ReportsView extends ViewPart {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    /** The view's id. */
    public static final String ID = "mosaic.reports.ui.view";

    private TableViewer designs;
    private Browser browser;
    /** Where pictures of the PDF's pages are shown when there is no browser. */
    private org.eclipse.swt.custom.ScrolledComposite pagesScroll;
    private Composite pages;
    private final List<org.eclipse.swt.graphics.Image> pageImages = new ArrayList<>();
    private Label status;
    private final Map<String, Map<String, String>> parameters = new LinkedHashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        designs = new TableViewer(left, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        designs.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        designs.setContentProvider(ArrayContentProvider.getInstance());
        designs.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((DesignInfo) element).title();
            }
        });
        designs.setInput(Reports.designs());
        designs.addDoubleClickListener(e -> preview(true));
        button(left, "Parameters and preview...", () -> preview(true));
        button(left, "Save As...", this::saveAs);
        status = new Label(left, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        try {
            browser = new Browser(right, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        } catch (SWTError e) {
            // no browser engine (WebKitGTK): preview the PDF's pages as pictures instead
            pagesScroll = new org.eclipse.swt.custom.ScrolledComposite(right, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            pagesScroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            pagesScroll.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            pages = new Composite(pagesScroll, SWT.NONE);
            pages.setBackground(pagesScroll.getBackground());
            GridLayout column = new GridLayout(1, false);
            column.verticalSpacing = 12;
            pages.setLayout(column);
            pagesScroll.setContent(pages);
            pagesScroll.setExpandHorizontal(true);
            pagesScroll.setExpandVertical(true);
            pagesScroll.getVerticalBar().setIncrement(24);
        }
        sash.setWeights(1, 3);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    private DesignInfo selected() {
        Object first = ((IStructuredSelection) designs.getSelection()).getFirstElement();
        return first instanceof DesignInfo d ? d : null;
    }

    /** Asks for the parameters (when {@code ask}) and renders the HTML preview as a job. */
    private void preview(boolean ask) {
        DesignInfo design = selected();
        if (design == null || session.workspace() == null) {
            status.setText(design == null ? "Select a design." : "Open a workspace first.");
            return;
        }
        if (ask) {
            ParametersDialog dialog = new ParametersDialog(getSite().getShell(), design, parameters.getOrDefault(design.name(), Map.of()));
            if (dialog.open() != Window.OK) {
                return;
            }
            parameters.put(design.name(), dialog.values());
        }
        try {
            renderPreview();
        } catch (IOException e) {
            status.setText("Preview not possible: " + e.getMessage());
        }
    }

    /** Selects a design by name; false when the list has no such design. */
    boolean select(String name) {
        for (DesignInfo d : Reports.designs()) {
            if (d.name().equals(name)) {
                designs.setSelection(new StructuredSelection(d), true);
                return selected() != null;
            }
        }
        return false;
    }

    /** Sets the parameters the next render of a design uses (what the dialog would). */
    void parameters(String design, Map<String, String> values) {
        parameters.put(design, new LinkedHashMap<>(values));
    }

    /** How many designs the list shows. */
    int designCount() {
        return designs.getTable().getItemCount();
    }

    /** The status line: the last render's outcome. */
    String status() {
        return status.getText();
    }

    private void saveAs() {
        DesignInfo design = selected();
        if (design == null || session.workspace() == null) {
            status.setText(design == null ? "Select a design." : "Open a workspace first.");
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {"*.pdf", "*.html", "*.docx"});
        dialog.setFilterNames(new String[] {"PDF", "HTML", "Word (DOCX)"});
        dialog.setFileName(design.name() + ".pdf");
        String file = dialog.open();
        if (file == null) {
            return;
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        render(ReportFormat.of(extension).orElse(ReportFormat.PDF), Path.of(file), false);
    }

    /**
     * Renders the selected design with its parameters to a file, as a job; the status line says
     * how it went and, for a preview, the browser shows the file.
     *
     * @return the scheduled job, or {@code null} when no design is selected, no workspace open or a
     *         parameter is not the design's (the status line says which)
     */
    Job render(ReportFormat format, Path file, boolean show) {
        DesignInfo design = selected();
        Workspace workspace = session.workspace();
        if (design == null || workspace == null) {
            return null;
        }
        Map<String, String> values = Map.copyOf(parameters.getOrDefault(design.name(), Map.of()));
        RenderOperation render;
        try {
            render = new RenderOperation(workspace, design, format, values);
        } catch (ReportException e) {
            status.setText(design.title() + " failed: " + e.getMessage());
            return null;
        }
        status.setText("Rendering " + design.title() + " as " + format + "...");
        Job job = Job.create("Rendering " + design.title(), (IProgressMonitor monitor) -> {
            String message;
            List<org.eclipse.swt.graphics.ImageData> pictures = List.of();
            try {
                ProductData data = render.run(file, monitor);
                message = design.title() + ": " + file.getFileName() + ", marked " + data.values().get("marking") + ". "
                    + data.values().get("withheld.text")
                    // the count is for the issuing analyst only: the product itself never carries it
                    + (data.withheld() == 0 ? "" : " (" + data.withheld() + (data.withheld() == 1 ? " item" : " items") + " withheld)");
                if (show && format == ReportFormat.PDF) {
                    pictures = PdfPages.render(file, 72f, monitor);
                }
            } catch (Exception e) {
                message = design.title() + " failed: " + e.getMessage();
            }
            List<org.eclipse.swt.graphics.ImageData> shown = pictures;
            String text = message;
            if (!status.isDisposed()) {
                status.getDisplay().asyncExec(() -> {
                    if (status.isDisposed()) {
                        return;
                    }
                    status.setText(text);
                    status.getParent().layout();
                    if (show && browser != null && !text.contains(" failed: ")) {
                        browser.setUrl(file.toUri().toString());
                    } else if (show && pages != null) {
                        showPages(shown);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.setRule(render.getSchedulingRule()); // it reads the workspace: no ingest or sync changes it meanwhile
        job.schedule();
        return job;
    }

    /** Shows pictures of the product's pages (the preview without a browser). */
    private void showPages(List<org.eclipse.swt.graphics.ImageData> data) {
        if (pages == null || pages.isDisposed()) {
            return;
        }
        for (org.eclipse.swt.widgets.Control child : pages.getChildren()) {
            child.dispose();
        }
        pageImages.forEach(org.eclipse.swt.graphics.Image::dispose);
        pageImages.clear();
        for (org.eclipse.swt.graphics.ImageData page : data) {
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(pages.getDisplay(), page);
            pageImages.add(image);
            Label picture = new Label(pages, SWT.NONE);
            picture.setImage(image);
            picture.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        }
        pagesScroll.setMinSize(pages.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        pages.layout(true);
        pagesScroll.setOrigin(0, 0);
    }

    /** Whether the preview is a browser (else pictures of pages). */
    boolean hasBrowser() {
        return browser != null;
    }

    /** How many page pictures the preview shows (0 with a browser), for tests. */
    int previewPages() {
        return pages == null ? 0 : pages.getChildren().length;
    }

    /** Renders the preview of the selected design with its parameters (HTML for a browser, else PDF pages), as a job. */
    Job renderPreview() throws IOException {
        Path file = Files.createTempFile("mosaic-preview", browser == null ? ".pdf" : ".html");
        file.toFile().deleteOnExit();
        return render(browser == null ? ReportFormat.PDF : ReportFormat.HTML, file, true);
    }

    @Override
    public void dispose() {
        pageImages.forEach(org.eclipse.swt.graphics.Image::dispose);
        super.dispose();
    }

    @Override
    public void setFocus() {
        designs.getControl().setFocus();
    }
}
