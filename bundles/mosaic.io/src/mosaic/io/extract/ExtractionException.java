package mosaic.io.extract;

import java.io.Serial;

/** A file was refused: its message names the file and the reason, for example "report.pdf: encrypted PDF". */
public class ExtractionException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    /**
     * @param fileName the refused file's name
     * @param reason   what is wrong with it, as a short sentence fragment
     * @param cause    the underlying error, or {@code null}
     */
    public ExtractionException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    /** @return the refused file's name */
    public String fileName() {
        return fileName;
    }

    /** @return the reason alone, without the file name */
    public String reason() {
        return reason;
    }
}
