package mosaic.reports.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
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
import mosaic.reports.ReportFormat;
import mosaic.reports.Reports;
import mosaic.ui.session.Session;

/**
 * The list of designs, a preview of the selected product (its HTML render in a browser) and Save
 * As PDF, HTML or DOCX. Rendering runs as a job; the preview and the status line follow it.
 */
public final class ReportsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "mosaic.reports.ui.view";

    private TableViewer designs;
    private Browser browser;
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
            Label none = new Label(right, SWT.WRAP);
            none.setText("No browser is available for the preview (" + e.getMessage() + "); Save As still works.");
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
        Workspace workspace = Session.get().workspace();
        if (design == null || workspace == null) {
            status.setText(design == null ? "Select a design." : "Open a workspace first.");
            return;
        }
        Map<String, String> values = parameters.getOrDefault(design.name(), Map.of());
        if (ask) {
            ParametersDialog dialog = new ParametersDialog(getSite().getShell(), design, values);
            if (dialog.open() != Window.OK) {
                return;
            }
            values = dialog.values();
            parameters.put(design.name(), values);
        }
        try {
            Path html = Files.createTempFile("mosaic-preview", ".html");
            html.toFile().deleteOnExit();
            render(workspace, design, ReportFormat.HTML, values, html, true);
        } catch (IOException e) {
            status.setText("Preview not possible: " + e.getMessage());
        }
    }

    private void saveAs() {
        DesignInfo design = selected();
        Workspace workspace = Session.get().workspace();
        if (design == null || workspace == null) {
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
        ReportFormat format = ReportFormat.of(extension).orElse(ReportFormat.PDF);
        render(workspace, design, format, parameters.getOrDefault(design.name(), Map.of()), Path.of(file), false);
    }

    private void render(Workspace workspace, DesignInfo design, ReportFormat format, Map<String, String> values, Path file, boolean show) {
        status.setText("Rendering " + design.title() + " as " + format + "...");
        Job job = Job.create("Rendering " + design.title(), (IProgressMonitor monitor) -> {
            String message;
            try {
                ProductData data = Reports.render(workspace, design.name(), format, values, file, monitor);
                message = design.title() + ": " + file.getFileName() + ", marked " + data.values().get("marking") + ", "
                    + data.values().get("withheld.text");
            } catch (Exception e) {
                message = design.title() + " failed: " + e.getMessage();
            }
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
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    @Override
    public void setFocus() {
        designs.getControl().setFocus();
    }
}
