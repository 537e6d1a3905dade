package mosaic.reports.ui.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.graphics.ImageData;

/**
 * A rendered product's pages as pictures, for the preview where no browser engine is installed
 * (WebKitGTK is not part of a minimal desktop): the PDF is what will be printed, headers, markings
 * and page numbers included.
 */
final class PdfPages {

    /** Pages shown at most; Save As has the rest. */
    static final int MAX_PAGES = 12;

    private PdfPages() {
    }

    /** Rasterizes the first pages of a PDF at {@code dpi}, off the UI thread. */
    static List<ImageData> render(Path pdf, float dpi, IProgressMonitor monitor) throws IOException {
        List<ImageData> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(MAX_PAGES, document.getNumberOfPages());
            for (int i = 0; i < count; i++) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(new ImageData(new ByteArrayInputStream(png.toByteArray())));
            }
        }
        return pages;
    }
}
