package mosaic.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import mosaic.ui.internal.preferences.AnalystPreferences;

/** File &gt; Recent Workspaces: the last workspaces opened, most recent first. */
public final class RecentWorkspacesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int n = 1;
        for (String path : AnalystPreferences.recent()) {
            String label = "&" + n++ + " " + path;
            items.add(new ActionContributionItem(new Action(label.replace("@", "@@")) {
                @Override
                public void run() {
                    OpenWorkspaceHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), Path.of(path));
                }
            }));
        }
        if (items.isEmpty()) {
            Action none = new Action("(none yet)") {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
