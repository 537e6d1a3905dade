package mosaic.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.ui.internal.editors.ObjectEditor;

/** F3 in an object editor: opens the object the focused reference field points to. */
public final class OpenReferenceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor instanceof ObjectEditor objectEditor) {
            objectEditor.openFocusedReference();
        }
        return null;
    }
}
