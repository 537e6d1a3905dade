package mosaic.ui.internal.editors;

import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * Opens the editor an object is edited in: the form editor, or the editor of its own that a
 * kind has when one is installed (a chart opens in the chart editor of mosaic.graph.ui).
 */
public final class Editors {

    /** Editors of their own, by kind name; used when the workbench has them. */
    private static final Map<String, String> DEDICATED = Map.of("chart", "mosaic.graph.ui.chartEditor");

    private Editors() {
    }

    /** Opens (or brings to front) the editor of an object. */
    public static IEditorPart open(IWorkbenchPage page, MosaicObject object) {
        String id = DEDICATED.get(Kinds.name(object.eClass()));
        if (id == null || PlatformUI.getWorkbench().getEditorRegistry().findEditor(id) == null) {
            return ObjectEditor.open(page, object);
        }
        try {
            return page.openEditor(new ObjectEditorInput(object), id, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open " + Kinds.describe(object), e.getMessage());
            return null;
        }
    }
}
