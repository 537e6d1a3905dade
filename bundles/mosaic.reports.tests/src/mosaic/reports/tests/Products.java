package mosaic.reports.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import mosaic.reports.ReportFormat;

/** The readable text of a product in any format, to look for what must or must not be in it. */
final class Products {

    private Products() {
    }

    static String text(Path file, ReportFormat format) throws IOException {
        return switch (format) {
            case PDF -> Pdfs.text(file);
            case HTML -> Files.readString(file, StandardCharsets.UTF_8);
            case DOCX -> docx(file);
        };
    }

    /** The text of every XML part of a DOCX (body, headers, footers), without the markup that splits it into runs. */
    private static String docx(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString().replaceAll("<[^>]+>", "");
    }
}
