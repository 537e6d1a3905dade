package mosaic.workspace.git.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import mosaic.ui.testing.Workbenches;
import mosaic.workspace.git.ui.GitUi;

/**
 * What the workbench tests of the versioning UI share: the page, running the event loop until
 * the jobs are done, opening a copy of the Carana demo, screenshots, and answering the modal
 * dialogs the UI opens as an analyst would (find the dialog, fill it in, press a button).
 */
final class Bench {

    /** Bumped by {@link #disarm()}: answers armed before stop looking. */
    private static int generation;

    private Bench() {
    }

    /** Stops every answer still waiting for its dialog (at the end of a test). */
    static void disarm() {
        generation++;
    }

    static IWorkbenchPage page() {
        return Workbenches.page();
    }

    /** Runs the event loop and waits for the session's and the git jobs, a few rounds. */
    static void settle() {
        Workbenches.settle(GitUi.FAMILY);
    }

    /** The Carana demo workspace of the source tree, or {@code null} when the tests do not run in it. */
    static Path demo() {
        return Workbenches.demo();
    }

    /** Copies the demo (without its per-user state) to {@code to}. */
    static Path copyDemo(Path to) {
        return Workbenches.copyDemo(to);
    }

    /** Opens {@code folder} in the workbench and waits until the session shows it. */
    static void open(Path folder) throws Exception {
        Workbenches.open(folder, GitUi.FAMILY);
    }

    static void screenshot(Shell shell, String name) throws Exception {
        Workbenches.screenshot(shell, name);
    }

    /**
     * Waits (on the event loop, also inside a modal dialog's own) for the next dialog with a button
     * labelled {@code button} (mnemonics ignored) to open, hands its shell to {@code fill}, and
     * presses the button. The returned reference gets the dialog's texts (title and labels) once answered.
     */
    static AtomicReference<String> answer(String button, Consumer<Shell> fill) {
        Display display = Display.getCurrent();
        AtomicReference<String> seen = new AtomicReference<>();
        long deadline = System.currentTimeMillis() + 60_000;
        int armed = generation;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (armed != generation) {
                return;
            }
            for (Shell shell : display.getShells()) {
                // a dialog with that button (not, say, the progress dialog of a user job that takes a while)
                if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof Dialog && find(shell, button) != null) {
                    List<String> texts = new ArrayList<>(List.of(shell.getText()));
                    collect(shell, texts);
                    fill.accept(shell);
                    seen.set(String.join(" | ", texts));
                    find(shell, button).notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return seen;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label && !label.getText().isBlank()) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    private static Button find(Control control, String label) {
        if (control instanceof Button button && button.getText().replace("&", "").equals(label.replace("&", ""))) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = find(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first text field of a dialog. */
    static org.eclipse.swt.widgets.Text text(Control control) {
        if (control instanceof org.eclipse.swt.widgets.Text text) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = text(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
