package mosaic.graph.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.draw2d.PrintFigureOperation;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.FileDialog;

import mosaic.graph.ui.internal.ChartExport;
import mosaic.model.kinds.Kinds;

/** A chart leaving the {@link ChartEditor}: exported as PNG or SVG, or printed. */
final class ChartOutput {

    private final ChartEditor editor;

    ChartOutput(ChartEditor editor) {
        this.editor = editor;
    }

    /** Asks where, then writes the chart as PNG or SVG (by the name's extension). */
    void exportDialog() {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG picture", "SVG drawing"});
        dialog.setFileName(Kinds.title(editor.chart).replaceAll("[^A-Za-z0-9 _-]", "") + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if (chosen.toLowerCase().endsWith(".svg")) {
                exportSvg(Path.of(chosen));
            } else {
                exportPng(Path.of(chosen));
            }
        } catch (IOException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Export failed", e.getMessage());
        }
    }

    /** Writes the whole chart as PNG at full size; returns its size in pixels. */
    org.eclipse.swt.graphics.Point exportPng(Path file) throws IOException {
        editor.viewer.flush();
        return ChartExport.png((ScalableFreeformRootEditPart) editor.viewer.getRootEditPart(), editor.context, file);
    }

    /** Writes the whole chart as SVG. */
    void exportSvg(Path file) throws IOException {
        editor.viewer.flush();
        ChartExport.svg(editor.chartPart(), file);
    }

    /** Prints the chart, fitted to the page. */
    void print() {
        PrintDialog dialog = new PrintDialog(editor.getSite().getShell(), SWT.NONE);
        PrinterData data = dialog.open();
        if (data == null) {
            return;
        }
        Printer printer = new Printer(data);
        try {
            PrintFigureOperation operation = new PrintFigureOperation(printer,
                ((ScalableFreeformRootEditPart) editor.viewer.getRootEditPart()).getLayer(LayerConstants.PRINTABLE_LAYERS));
            operation.setPrintMode(PrintFigureOperation.FIT_PAGE);
            operation.run(Kinds.title(editor.chart));
        } finally {
            printer.dispose();
        }
    }
}
