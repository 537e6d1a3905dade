package mosaic.search.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.search.ui.SearchUi;

/** Shows the Search perspective and puts the cursor in the query field. */
public final class OpenSearchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getWorkbench().showPerspective(SearchUi.PERSPECTIVE, window);
            if (window.getActivePage().showView(SearchUi.VIEW_SEARCH) instanceof SearchView view) {
                view.setFocus();
            }
        } catch (WorkbenchException e) {
            throw new ExecutionException("cannot open the Search perspective", e);
        }
        return null;
    }
}
