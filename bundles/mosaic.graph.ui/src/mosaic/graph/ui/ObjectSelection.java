package mosaic.graph.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import mosaic.graph.ui.internal.LinkPart;
import mosaic.graph.ui.internal.NodePart;
import mosaic.model.MosaicObject;

/** The Properties and Outline views see the selected nodes' and lines' objects of a {@link ChartEditor}. */
final class ObjectSelection implements ISelectionProvider {

    private final ChartEditor editor;
    private final GraphicalViewer viewer;
    private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    ObjectSelection(ChartEditor editor, GraphicalViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
        viewer.addSelectionChangedListener(e -> {
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            listeners.forEach(l -> l.selectionChanged(event));
        });
    }

    @Override
    public ISelection getSelection() {
        List<Object> objects = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (part instanceof NodePart node) {
                objects.add(node.object());
            } else if (part instanceof LinkPart link) {
                objects.add(link.object());
            }
        }
        return new StructuredSelection(objects);
    }

    @Override
    public void setSelection(ISelection selection) {
        List<Object> parts = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                Object part = element instanceof MosaicObject object ? editor.partOf(object) : null;
                if (part != null) {
                    parts.add(part);
                }
            }
        }
        viewer.setSelection(new StructuredSelection(parts));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
