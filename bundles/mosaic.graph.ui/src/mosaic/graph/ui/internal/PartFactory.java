package mosaic.graph.ui.internal;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import mosaic.model.Chart;
import mosaic.model.ChartNode;
import mosaic.model.ChartNote;

/** Makes the edit part of each model element of one chart (and sets its model, as GEF 3 needs). */
public final class PartFactory implements EditPartFactory {

    private final ChartContext context;

    public PartFactory(ChartContext context) {
        this.context = context;
    }

    @Override
    public EditPart createEditPart(EditPart parent, Object model) {
        EditPart part = model instanceof Chart ? new ChartPart(context)
            : model instanceof ChartNode ? new NodePart(context)
            : model instanceof ChartNote ? new NotePart(context)
            : new LinkPart(context);
        part.setModel(model);
        return part;
    }
}
