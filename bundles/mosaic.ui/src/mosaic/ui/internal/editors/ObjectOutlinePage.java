package mosaic.ui.internal.editors;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ui.internal.navigator.Icons;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The Outline of an object editor: the object and what it contains (marking, provenance,
 * evidence, action points, victim groups, ...), as the item providers describe them. Selecting an
 * entry shows it in the Properties view, where it can be edited on the shared command stack.
 */
final class ObjectOutlinePage extends ContentOutlinePage {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    private final MosaicObject object;
    private AutoCloseable subscription;

    ObjectOutlinePage(MosaicObject object) {
        this.object = object;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof MosaicObject o) {
                    return Kinds.displayName(o.eClass()) + " " + Kinds.title(o);
                }
                IItemLabelProvider labels = (IItemLabelProvider) session.adapterFactory().adapt(element, IItemLabelProvider.class);
                return labels == null ? String.valueOf(element) : labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return Icons.of(element);
            }
        });
        viewer.setInput(new Object[] {object});
        viewer.expandToLevel(2);
        subscription = session.addListener(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }

    @Override
    public void dispose() {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            // nothing to release
        }
        super.dispose();
    }

    /** Children from the item providers' containment features. */
    private static final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof EObject eObject)) {
                return new Object[0];
            }
            Object provider = Sessions.current().adapterFactory().adapt(eObject, ITreeItemContentProvider.class);
            if (provider instanceof ITreeItemContentProvider tree) {
                Collection<?> children = tree.getChildren(eObject);
                return children.toArray();
            }
            return eObject.eContents().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject e ? e.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
