package mosaic.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats a product renders to. */
public enum ReportFormat {
    /** Paginated, for print and distribution. */
    PDF("pdf"),
    /** One page, for the screen (images embedded as data URIs, so the file stands alone). */
    HTML("html"),
    /** Word, for missions that edit products further. */
    DOCX("docx");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    /** The BIRT emitter name and file extension: {@code pdf}, {@code html} or {@code docx}. */
    public String code() {
        return code;
    }

    /** The format named by a code, ignoring case. */
    public static Optional<ReportFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** The codes of every format, for messages: {@code pdf|html|docx}. */
    public static String codes() {
        return Arrays.stream(values()).map(ReportFormat::code).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return code.toUpperCase(Locale.ROOT);
    }
}
