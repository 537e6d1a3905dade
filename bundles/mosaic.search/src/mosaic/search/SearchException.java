package mosaic.search;

import java.io.Serial;

/** A query the user got wrong, or a report they may not see; the message says which, in one line. */
public class SearchException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, for the user */
    public SearchException(String message) {
        super(message);
    }
}
