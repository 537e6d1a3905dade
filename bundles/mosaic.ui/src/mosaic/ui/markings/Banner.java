package mosaic.ui.markings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import mosaic.model.Marking;
import mosaic.model.config.MissionRules;

/** A full-width classification banner: the marking's text on its level's colour. */
public final class Banner extends Composite {

    private final Label label;
    private String text = "";

    public Banner(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 4;
        setLayout(layout);
        label = new Label(this, SWT.CENTER);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
    }

    /** Shows a marking. */
    public void show(Marking marking, MissionRules rules) {
        show(MarkingStyle.text(marking, rules), marking == null ? null : marking.getClassification(), rules);
    }

    /** Shows a text on the colour of a classification code. */
    public void show(String bannerText, String classification, MissionRules rules) {
        text = bannerText;
        label.setText(bannerText);
        setBackground(MarkingStyle.background(classification, rules));
        label.setBackground(getBackground());
        label.setForeground(MarkingStyle.foreground());
        layout(true);
    }

    /** What the banner says, for tests. */
    public String text() {
        return text;
    }
}
