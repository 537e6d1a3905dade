package mosaic.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.ui.MosaicUi;
import mosaic.ui.internal.navigator.NavigatorView;

/** File &gt; New Object... (Ctrl+Alt+N): the new-object wizard, for the kind selected in the navigator. */
public final class NewObjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        try {
            NavigatorView navigator = (NavigatorView) window.getActivePage().showView(MosaicUi.VIEW_WORKSPACE);
            navigator.newObject(true);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
