package mosaic.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import mosaic.ui.MosaicUi;

/**
 * The Analysis perspective: the workspace on the left, editors in the middle, outline on the right,
 * properties, progress and the error log below. Later views (search, charts) add themselves to these
 * folders through perspective extensions.
 */
public final class AnalysisPerspective implements IPerspectiveFactory {

    /** Folder ids, for perspective extensions. */
    public static final String LEFT = "mosaic.ui.analysis.left";
    public static final String RIGHT = "mosaic.ui.analysis.right";
    public static final String BOTTOM = "mosaic.ui.analysis.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.24f, editors);
        left.addView(MosaicUi.VIEW_WORKSPACE);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(MosaicUi.VIEW_PROPERTIES);
        bottom.addView(MosaicUi.VIEW_PROGRESS);
        bottom.addView(MosaicUi.VIEW_ERROR_LOG);
        IFolderLayout right = layout.createFolder(RIGHT, IPageLayout.RIGHT, 0.76f, editors);
        right.addView(MosaicUi.VIEW_OUTLINE);

        layout.addShowViewShortcut(MosaicUi.VIEW_WORKSPACE);
        layout.addShowViewShortcut(MosaicUi.VIEW_PROPERTIES);
        layout.addShowViewShortcut(MosaicUi.VIEW_OUTLINE);
        layout.addShowViewShortcut(MosaicUi.VIEW_PROGRESS);
        layout.addShowViewShortcut(MosaicUi.VIEW_ERROR_LOG);
        layout.addPerspectiveShortcut(MosaicUi.PERSPECTIVE_ANALYSIS);
    }
}
