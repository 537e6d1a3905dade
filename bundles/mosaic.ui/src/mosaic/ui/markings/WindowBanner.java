package mosaic.ui.markings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.config.MissionRules;
import mosaic.ui.session.Sessions;

/**
 * The window's classification banner, in the main toolbar: the highest marking among the
 * objects loaded, in its level's colour.
 */
public final class WindowBanner extends WorkbenchWindowControlContribution {

    private Label label;
    private AutoCloseable subscription;

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.GridLayout grid = new org.eclipse.swt.layout.GridLayout(1, false);
        grid.marginHeight = 1;
        grid.marginWidth = 0;
        box.setLayout(grid);
        label = new Label(box, SWT.CENTER);
        org.eclipse.swt.layout.GridData data = new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, true);
        data.widthHint = 340;
        label.setLayoutData(data);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        subscription = Sessions.current().addListener(this::update);
        box.addDisposeListener(e -> {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // nothing to release
            }
        });
        update();
        return box;
    }

    @Override
    protected int computeWidth(Control control) {
        return 360;
    }

    /** The highest classification loaded, and its text. */
    public static String highest(Workspace workspace) {
        MissionRules rules = workspace.rules();
        String highest = rules.classificationCodes().isEmpty() ? null : rules.classificationCodes().get(0);
        var visible = Sessions.current().clearanceFilter();
        for (MosaicObject object : workspace.all()) {
            if (!visible.test(object)) {
                continue;
            }
            if (object.getMarking() != null && rules.rank(object.getMarking()) > rules.classificationRank(highest)) {
                highest = object.getMarking().getClassification();
            }
        }
        return highest;
    }

    @Override
    public void update() {
        if (label == null || label.isDisposed()) {
            return;
        }
        Workspace workspace = Sessions.current().workspace();
        if (workspace == null) {
            label.setText("");
            return;
        }
        String code = highest(workspace);
        String text = workspace.rules().classification(code).map(l -> l.getLabel()).orElse(String.valueOf(code));
        label.setText("  " + text + "  ");
        label.setToolTipText("Highest marking of what is loaded in this window: " + text);
        label.setBackground(MarkingStyle.background(code, workspace.rules()));
        label.setForeground(MarkingStyle.foreground());
        label.getParent().setBackground(label.getBackground());
    }
}
