package mosaic.app;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import mosaic.ui.MosaicUi;

/** Opens Mosaic windows in the Analysis perspective and keeps the layout between sessions. */
public final class MosaicWorkbenchAdvisor extends WorkbenchAdvisor {

    private final LaunchOptions options;

    public MosaicWorkbenchAdvisor(LaunchOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // A screenshot shows the product as a newcomer sees it, not a remembered layout.
        configurer.setSaveAndRestore(options.screenshot().isEmpty());
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MosaicUi.PERSPECTIVE_ANALYSIS;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MosaicWindowAdvisor(configurer, options);
    }
}
