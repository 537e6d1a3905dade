package mosaic.reports;

/**
 * A product cannot be rendered because of what was asked: an unknown design, parameter, format or
 * value, or a design that BIRT reports errors for. The message is one line, meant for the user.
 */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
