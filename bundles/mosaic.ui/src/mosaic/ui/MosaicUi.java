package mosaic.ui;

/** Ids of the perspectives, views and commands that mosaic.ui contributes. */
public final class MosaicUi {

    /** The Analysis perspective, the default one. */
    public static final String PERSPECTIVE_ANALYSIS = "mosaic.ui.perspectives.analysis";
    /** The Workspace view: what the open workspace holds, by kind. */
    public static final String VIEW_WORKSPACE = "mosaic.ui.views.workspace";
    /** Help &gt; About Mosaic. */
    public static final String COMMAND_ABOUT = "mosaic.ui.commands.about";

    /** Standard Eclipse views the Analysis perspective shows. */
    public static final String VIEW_PROPERTIES = "org.eclipse.ui.views.PropertySheet";
    public static final String VIEW_OUTLINE = "org.eclipse.ui.views.ContentOutline";
    public static final String VIEW_PROGRESS = "mosaic.ui.views.progress";
    public static final String VIEW_ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    private MosaicUi() {
    }
}
