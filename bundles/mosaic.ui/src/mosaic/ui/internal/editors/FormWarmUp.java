package mosaic.ui.internal.editors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.Threat;
import mosaic.ui.session.Sessions;

/**
 * Readies the form editors while the analyst looks at a freshly loaded workspace, so that the
 * first editor opens about as fast as the next ones.
 * <p>
 * The first form of a session pays once for what every later one finds ready: loading the classes
 * of Eclipse Forms and of the editors, running their code for the first time, and GTK's set-up of
 * each kind of native widget (entry, combo box, list, label) with its theme. Once per session, a
 * short while after the first workspace is shown, this builds the real form of one of its objects
 * (a threat when there is one: its form has every kind of field) in a shell that is never shown,
 * lays it out and disposes it, in one step of the UI thread. Nothing of it is visible, it changes nothing in the
 * workspace, and it holds nothing afterwards.
 */
public final class FormWarmUp {

    /** How long after the workspace is shown the form is built: after the first paints, usually before a click. */
    private static final int DELAY_MS = 300;

    private FormWarmUp() {
    }

    /**
     * Schedules the warm-up (the session calls it once). UI thread.
     *
     * @return whether it was scheduled (not without a live display)
     */
    public static boolean schedule(Display display) {
        if (display == null || display.isDisposed()) {
            return false;
        }
        display.timerExec(DELAY_MS, () -> {
            Workspace workspace = Sessions.current().workspace();
            if (!display.isDisposed() && workspace != null) {
                workspace.objects(Threat.class).stream().findFirst().map(MosaicObject.class::cast)
                    .or(() -> workspace.objects(MosaicObject.class).stream().findFirst())
                    .ifPresent(object -> build(display, object));
            }
        });
        return true;
    }

    /** Builds, lays out and disposes the form of an object, out of sight. */
    private static void build(Display display, MosaicObject object) {
        Shell shell = new Shell(display, SWT.NO_TRIM);
        FormToolkit toolkit = new FormToolkit(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(800, 600);
            ManagedForm form = new ManagedForm(toolkit, toolkit.createScrolledForm(shell));
            ObjectFormPage page = new ObjectFormPage(ObjectEditor.detached(object));
            page.createFormContent(form);
            page.fillDeferred(); // a hidden shell is never drawn: its sections below the fold would wait for ever
            shell.layout(true, true);
            form.getForm().reflow(true);
        } catch (RuntimeException e) {
            ILog.of(FormWarmUp.class).warn("readying the editors failed (they open all the same): " + e, e);
        } finally {
            shell.dispose();
            toolkit.dispose();
        }
    }
}
