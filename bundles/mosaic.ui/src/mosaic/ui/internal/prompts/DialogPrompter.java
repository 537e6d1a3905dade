package mosaic.ui.internal.prompts;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import mosaic.ui.Prompter;

/**
 * The workbench's {@link Prompter} (a Declarative Services component): JFace dialogs on the
 * active shell, opened on the UI thread and waited for.
 */
public final class DialogPrompter implements Prompter {

    @Override
    public boolean confirm(String title, String message) {
        return onUi(() -> MessageDialog.openConfirm(shell(), title, message));
    }

    @Override
    public boolean question(String title, String message) {
        return onUi(() -> MessageDialog.openQuestion(shell(), title, message));
    }

    @Override
    public int choose(String title, String message, String... choices) {
        return onUi(() -> new MessageDialog(shell(), title, null, message, MessageDialog.QUESTION, 0, choices).open());
    }

    @Override
    public void inform(String title, String message) {
        onUi(() -> {
            MessageDialog.openInformation(shell(), title, message);
            return null;
        });
    }

    @Override
    public void error(String title, String message) {
        onUi(() -> {
            MessageDialog.openError(shell(), title, message);
            return null;
        });
    }

    @Override
    public void error(String title, String message, IStatus status) {
        onUi(() -> ErrorDialog.openError(shell(), title, message, status));
    }

    @Override
    public int open(Window dialog) {
        return onUi(dialog::open);
    }

    /** The active shell: a dialog's when one is open, else the active workbench window's. */
    private static Shell shell() {
        Display display = Display.getCurrent();
        Shell active = display == null ? null : display.getActiveShell();
        if (active != null) {
            return active;
        }
        if (PlatformUI.isWorkbenchRunning()) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null) {
                return window.getShell();
            }
        }
        return null;
    }

    private static <T> T onUi(java.util.function.Supplier<T> ask) {
        if (Display.getCurrent() != null) {
            return ask.get();
        }
        java.util.concurrent.atomic.AtomicReference<T> answer = new java.util.concurrent.atomic.AtomicReference<>();
        Display.getDefault().syncExec(() -> answer.set(ask.get()));
        return answer.get();
    }
}
