package mosaic.ui.internal.editors;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;
import mosaic.ui.session.Session;
import mosaic.ui.session.Sessions;

/**
 * The editor of one object of the open workspace (any kind): an Eclipse Forms page with every
 * field, changes through the session's command stack (undo, redo shared with the navigator),
 * dirty until saved, and the object's marking in a banner.
 */
public final class ObjectEditor extends FormEditor {

    /** The workbench's session, from its service. */
    private final Session session = Sessions.current();

    public static final String ID = "mosaic.ui.editors.object";

    private MosaicObject object;
    private ObjectFormPage page;
    private AutoCloseable subscription;
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            session.domain().getCommandStack().undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            session.domain().getCommandStack().redo();
        }
    };

    /** Opens (or brings to front) the editor of an object. */
    public static ObjectEditor open(IWorkbenchPage page, MosaicObject object) {
        try {
            return (ObjectEditor) page.openEditor(new ObjectEditorInput(object), ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open " + Kinds.describe(object), e.getMessage());
            return null;
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ObjectEditorInput objectInput)) {
            throw new PartInitException("not a Mosaic object: " + input);
        }
        Workspace workspace = session.workspace();
        object = workspace == null ? null : workspace.get(objectInput.id()).orElse(null);
        if (object == null) {
            throw new PartInitException("object " + objectInput.id() + " is not in the open workspace");
        }
        super.init(site, input);
        setPartName(Kinds.title(object));
        setTitleToolTip(input.getToolTipText());
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        subscription = session.addListener(this::changed);
        updateUndoRedo();
    }

    public MosaicObject object() {
        return object;
    }

    /**
     * An editor that is never opened, only holding an object, so that {@link FormWarmUp} can build
     * that object's form out of sight. It has no site: its form must not be interacted with.
     */
    static ObjectEditor detached(MosaicObject object) {
        ObjectEditor editor = new ObjectEditor();
        editor.object = object;
        return editor;
    }

    @Override
    protected void addPages() {
        page = new ObjectFormPage(this);
        try {
            addPage(page);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void changed() {
        if (getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        Workspace workspace = session.workspace();
        if (object.eResource() == null || workspace == null || workspace.get(object.getId()).orElse(null) != object) {
            // deleted, or another workspace was opened
            getSite().getPage().closeEditor(this, false);
            return;
        }
        setPartName(Kinds.title(object));
        page.refresh();
        updateUndoRedo();
        firePropertyChange(PROP_DIRTY);
    }

    private void updateUndoRedo() {
        CommandStack stack = session.domain() == null ? null : session.domain().getCommandStack();
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
        undo.setText(stack != null && stack.getUndoCommand() != null ? "Undo " + stack.getUndoCommand().getLabel() : "Undo");
        redo.setText(stack != null && stack.getRedoCommand() != null ? "Redo " + stack.getRedoCommand().getLabel() : "Redo");
        getEditorSite().getActionBars().updateActionBars();
    }

    @Override
    public boolean isDirty() {
        Workspace workspace = session.workspace();
        return workspace != null && object != null && object.eResource() != null && workspace.isDirty(object);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            session.workspace().save(object);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
            return;
        }
        firePropertyChange(PROP_DIRTY);
        session.fire();
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /**
     * Changes the object's classification, as an explicit, undoable command; asks first when
     * the new level is lower than the current one.
     *
     * @return whether the marking was changed
     */
    public boolean changeClassification(String code) {
        var rules = session.workspace().rules();
        String current = object.getMarking().getClassification();
        if (code.equals(current)) {
            return false;
        }
        if (rules.classificationRank(code) < rules.classificationRank(current) && !confirmLowering(current, code)) {
            return false;
        }
        // asked (or not lower): the one explicit command that may lower a classification
        var command = session.domain().lowerClassification(object.getMarking(), code);
        if (!command.canExecute()) {
            return false;
        }
        session.domain().getCommandStack().execute(command);
        return true;
    }

    /** Asks whether to lower a marking, through the {@link mosaic.ui.Prompter} service. */
    private boolean confirmLowering(String from, String to) {
        return mosaic.ui.Prompter.get().question("Lower the marking?",
            Kinds.describe(object) + " is marked " + from + ". Lower it to " + to + "?\n\n"
                + "Everyone cleared for " + to + " will be able to see it, in every view, search result and product.");
    }

    /** The outline page, and the edited object as a {@link MosaicObject} (for views that follow the active editor). */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && object != null) {
            return adapter.cast(new ObjectOutlinePage(object));
        }
        if (adapter == MosaicObject.class && object != null) {
            return adapter.cast(object);
        }
        return super.getAdapter(adapter);
    }

    /** Opens the object that the focused reference field points to (F3). */
    public void openFocusedReference() {
        page.openFocusedReference();
    }

    /** The form page, for tests. */
    public Object formPage() {
        return page;
    }

    /**
     * When the form began to fill its sections below the fold ({@link System#nanoTime()}), which it
     * does once it has been drawn; 0 before, or when every section showed at once. For {@code bench ui}.
     */
    public long deferredStartNanos() {
        return page.deferredStartNanos();
    }

    /** The banner text, for tests. */
    public String bannerText() {
        return page.banner().text();
    }

    @Override
    public void setFocus() {
        super.setFocus();
        updateUndoRedo();
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
}
