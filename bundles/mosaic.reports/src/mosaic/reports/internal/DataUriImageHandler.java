package mosaic.reports.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts every image of an HTML render into the page as a {@code data:} URI, so that the HTML file
 * stands alone (no image folder to ship, nothing piling up across renders).
 */
final class DataUriImageHandler extends HTMLImageHandler {

    private static String inline(IImage image) {
        String mime = image.getMimeType() == null ? "image/png" : image.getMimeType();
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(image.getImageData());
    }

    @Override
    public String onCustomImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onDesignImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onDocImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onFileImage(IImage image, IReportContext context) {
        return inline(image);
    }

    @Override
    public String onCustomImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onDesignImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onDocImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onFileImage(IImage image, Object context) {
        return inline(image);
    }
}
