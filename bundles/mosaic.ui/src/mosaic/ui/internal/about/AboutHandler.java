package mosaic.ui.internal.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import mosaic.core.ComponentVersions;

/** Help &gt; About Mosaic. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new AboutDialog(HandlerUtil.getActiveShell(event), ComponentVersions.ofRunningFramework()).open();
        return null;
    }
}
