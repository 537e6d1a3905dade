package mosaic.graph.ui.internal;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.StackLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.text.FlowPage;
import org.eclipse.draw2d.text.ParagraphTextLayout;
import org.eclipse.draw2d.text.TextFlow;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;

import mosaic.ui.markings.MarkingStyle;

/** An analyst's note on a chart: a pale yellow box with a darker edge and the text wrapped to its width. */
public final class NoteFigure extends org.eclipse.draw2d.Figure {

    static final Color PAPER = MarkingStyle.colour("#fff8c4");
    static final Color EDGE = MarkingStyle.colour("#d4c35a");

    private final TextFlow text = new TextFlow();

    public NoteFigure() {
        setOpaque(true);
        setBackgroundColor(PAPER);
        setBorder(new MarginBorder(6));
        setLayoutManager(new StackLayout());
        FlowPage page = new FlowPage();
        text.setLayoutManager(new ParagraphTextLayout(text, ParagraphTextLayout.WORD_WRAP_SOFT));
        text.setFont(JFaceResources.getDefaultFont());
        text.setForegroundColor(NodeFigure.Chrome.TEXT);
        page.add(text);
        add(page);
    }

    /** Sets the note's text. */
    public void setText(String note) {
        text.setText(note == null ? "" : note);
    }

    public String text() {
        return text.getText();
    }

    /** Where the text was laid out (wrapped to the note's width), in chart coordinates. */
    public Rectangle textBounds() {
        return text.getBounds().getCopy();
    }

    @Override
    protected void paintFigure(Graphics g) {
        super.paintFigure(g);
        Rectangle r = getBounds();
        g.setForegroundColor(EDGE);
        g.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
    }
}
