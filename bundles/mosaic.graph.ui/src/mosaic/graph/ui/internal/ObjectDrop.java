package mosaic.graph.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.util.TransferDropTargetListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;

import mosaic.model.MosaicObject;

/**
 * Objects dragged from the navigator (a local selection of {@link MosaicObject}s) become nodes
 * where they are dropped: one command for the whole drop.
 */
public final class ObjectDrop extends DropTargetAdapter implements TransferDropTargetListener {

    private final GraphicalViewer viewer;
    private final ChartContext context;

    public ObjectDrop(GraphicalViewer viewer, ChartContext context) {
        this.viewer = viewer;
        this.context = context;
    }

    @Override
    public Transfer getTransfer() {
        return LocalSelectionTransfer.getTransfer();
    }

    @Override
    public boolean isEnabled(DropTargetEvent event) {
        return context.domain() != null && !objects(LocalSelectionTransfer.getTransfer().getSelection()).isEmpty();
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        event.detail = isEnabled(event) ? DND.DROP_COPY : DND.DROP_NONE;
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        drop(LocalSelectionTransfer.getTransfer().getSelection(), new org.eclipse.swt.graphics.Point(event.x, event.y));
    }

    /**
     * Drops a selection at a point of the display: the objects in it that the chart does not show
     * are added there, as one command.
     *
     * @return whether anything was added
     */
    public boolean drop(ISelection selection, org.eclipse.swt.graphics.Point display) {
        List<MosaicObject> objects = objects(selection);
        if (objects.isEmpty() || context.domain() == null) {
            return false;
        }
        org.eclipse.swt.graphics.Point onControl = viewer.getControl().toControl(display);
        Point at = new Point(onControl.x, onControl.y);
        ((AbstractGraphicalEditPart) viewer.getContents()).getFigure().translateToRelative(at);
        Command command = ChartCommands.addObjects(context.domain(), context.chart(), objects, at.x, at.y);
        if (!command.canExecute()) {
            return false;
        }
        context.domain().getCommandStack().execute(command);
        return true;
    }

    private static List<MosaicObject> objects(ISelection selection) {
        List<MosaicObject> objects = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                if (element instanceof MosaicObject object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }
}
