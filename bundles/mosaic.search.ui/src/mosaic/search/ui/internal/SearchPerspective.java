package mosaic.search.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import mosaic.search.ui.SearchUi;
import mosaic.ui.MosaicUi;

/**
 * The Search perspective: the search view (query, facets, results, preview) across the top, the
 * workspace and saved searches on the left, opened reports in the editor area below.
 */
public final class SearchPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("mosaic.search.ui.left", IPageLayout.LEFT, 0.2f, editors);
        left.addView(MosaicUi.VIEW_WORKSPACE);
        IFolderLayout saved = layout.createFolder("mosaic.search.ui.leftBottom", IPageLayout.BOTTOM, 0.6f, "mosaic.search.ui.left");
        saved.addView(SearchUi.VIEW_SAVED);
        IFolderLayout main = layout.createFolder("mosaic.search.ui.main", IPageLayout.TOP, 0.72f, editors);
        main.addView(SearchUi.VIEW_SEARCH);
        layout.getViewLayout(SearchUi.VIEW_SEARCH).setCloseable(false);
        IFolderLayout bottom = layout.createFolder("mosaic.search.ui.bottom", IPageLayout.RIGHT, 0.6f, editors);
        bottom.addView(MosaicUi.VIEW_PROPERTIES);
        bottom.addView(MosaicUi.VIEW_PROGRESS);

        layout.addShowViewShortcut(SearchUi.VIEW_SEARCH);
        layout.addShowViewShortcut(SearchUi.VIEW_SAVED);
        layout.addShowViewShortcut(MosaicUi.VIEW_WORKSPACE);
        layout.addPerspectiveShortcut(MosaicUi.PERSPECTIVE_ANALYSIS);
        layout.addPerspectiveShortcut(SearchUi.PERSPECTIVE);
    }
}
