package mosaic.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Text columns for JFace tables whose rows are one Java type. */
public final class Columns {

    private Columns() {
    }

    /** Adds a column titled {@code title} that shows {@code text} of each row. */
    public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width,
            Function<? super T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
        return column;
    }
}
