package mosaic.reports.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import mosaic.ui.MosaicUi;

/** The Reports perspective: the workspace on the left, the designs and the preview beside it. */
public final class ReportsPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(MosaicUi.VIEW_WORKSPACE, IPageLayout.LEFT, 0.2f, editors);
        layout.addView(ReportsView.ID, IPageLayout.RIGHT, 0.2f, editors);
    }
}
