package mosaic.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.window.Window;

/**
 * How the workbench asks and tells the analyst: confirmations, questions, messages and the
 * dialogs it opens. An OSGi service: the workbench's own component opens JFace dialogs on the
 * active shell; a test registers one of its own with a higher {@code service.ranking} to answer
 * without dialogs and to record what was said. Code looks it up at each use with {@link #get()},
 * so the highest-ranked one at that moment answers.
 */
public interface Prompter {

    /** OK or Cancel; whether the analyst chose OK. */
    boolean confirm(String title, String message);

    /** Yes or No; whether the analyst chose Yes. */
    boolean question(String title, String message);

    /**
     * A question with its own buttons; the index of the one chosen, or -1 when the dialog was
     * closed without choosing.
     */
    int choose(String title, String message, String... choices);

    /** Tells something. */
    void inform(String title, String message);

    /** Tells of a failure or a refusal. */
    void error(String title, String message);

    /** Tells of a failure, with the details of {@code status} on demand. */
    void error(String title, String message, IStatus status);

    /**
     * Opens a dialog (one the caller made and reads back afterwards); the workbench's prompter
     * blocks until it closes.
     *
     * @return the dialog's return code ({@link Window#OK} or {@link Window#CANCEL})
     */
    int open(Window dialog);

    /** The highest-ranked prompter registered now. */
    static Prompter get() {
        return Services.get(Prompter.class);
    }
}
