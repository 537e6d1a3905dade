package mosaic.graph.ui.internal;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import mosaic.model.ChartNote;

/** A note on the chart: moved and resized with the selection tool, its text edited on double-click. */
public final class NotePart extends AbstractGraphicalEditPart {

    /** The size of a new note, in chart units. */
    public static final int WIDTH = 180;
    public static final int HEIGHT = 90;

    private final ChartContext context;

    public NotePart(ChartContext context) {
        this.context = context;
    }

    public ChartNote note() {
        return (ChartNote) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new NoteFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ComponentEditPolicy() {
            @Override
            protected Command createDeleteCommand(GroupRequest request) {
                return context.domain() == null ? null : GefCommands.wrap(ChartCommands.removeNotes(context.domain(), context.chart(), List.of(note())));
            }
        });
    }

    /** Where the chart keeps the note; a note without a size gets the default size. */
    public static Rectangle bounds(ChartNote note) {
        int width = note.getWidth() > 0 ? (int) Math.round(note.getWidth()) : WIDTH;
        int height = note.getHeight() > 0 ? (int) Math.round(note.getHeight()) : HEIGHT;
        return new Rectangle((int) Math.round(note.getX()), (int) Math.round(note.getY()), width, height);
    }

    @Override
    protected void refreshVisuals() {
        ((NoteFigure) getFigure()).setText(note().getText());
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), bounds(note()));
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_OPEN.equals(request.getType()) && context.domain() != null) {
            Shell shell = getViewer().getControl().getShell();
            InputDialog dialog = new InputDialog(shell, "Note", "The note's text:", note().getText(), null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
                }

                @Override
                protected Control createDialogArea(Composite parent) {
                    Control area = super.createDialogArea(parent);
                    ((org.eclipse.swt.layout.GridData) getText().getLayoutData()).heightHint = 6 * getText().getLineHeight();
                    return area;
                }

                @Override
                protected void createButtonsForButtonBar(Composite parent) {
                    super.createButtonsForButtonBar(parent);
                    getButton(IDialogConstants.OK_ID).setText("Set");
                }
            };
            if (dialog.open() == InputDialog.OK) {
                context.domain().getCommandStack().execute(ChartCommands.setNoteText(context.domain(), note(), dialog.getValue()));
            }
        }
    }
}
