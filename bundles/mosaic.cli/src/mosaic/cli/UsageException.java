package mosaic.cli;

/** The command line was wrong; the message says what and is shown with a pointer to {@code help}. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
