package mosaic.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;

/**
 * The sections of an object form, created lazily: an editor opens with the sections an analyst
 * reads first, expanded and filled; an expanded section below the fold gets its fields just after
 * the editor is first drawn, one section at a time; a collapsed one when it is first expanded.
 * Heights are estimated to tell which sections show when the editor opens.
 */
final class LazySections {

    /** Estimated heights, in pixels, used only to tell which sections show when the editor opens. */
    static final int ROW_ESTIMATE = 32;
    private static final int SECTION_TITLE_ESTIMATE = 30;
    private static final int HEADER_ESTIMATE = 70;
    /** Below this width (pixels) the form shows its sections in one column. */
    private static final int TWO_COLUMNS_MIN_WIDTH = 820;
    /** The height the form will have when it opens (0: unknown, then nothing is deferred). */
    private int visibleHeight;
    private int estimatedColumns = 1;
    private int sectionCount;
    private int rowTop = HEADER_ESTIMATE;
    private int rowHeight;
    /** Expanded sections below the fold, in order, whose fields are still to be created. */
    private final java.util.Deque<Runnable> deferred = new java.util.ArrayDeque<>();
    /** When the first section below the fold began to be filled, in {@link System#nanoTime()}; 0 before. */
    private long deferredStartNanos;
    private final ObjectFormPage page;

    LazySections(ObjectFormPage page) {
        this.page = page;
    }

    static int estimate(EClass eClass, List<String> names) {
        int height = 0;
        for (String name : names) {
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature != null) {
                height += estimate(feature);
            }
        }
        return height;
    }

    static int estimate(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            return reference.isMany() ? 3 * ROW_ESTIMATE : ROW_ESTIMATE;
        }
        return Layouts.LONG_TEXT.contains(feature.getName()) || feature.isMany() ? 2 * ROW_ESTIMATE + 8 : ROW_ESTIMATE;
    }

    /**
     * Whether a section about to be added, of an estimated height, begins within the part of the
     * form seen when the editor opens (sections go row by row, as many to a row as there are columns).
     */
    private boolean inView(int height) {
        int position = sectionCount++;
        if (position > 0 && position % estimatedColumns == 0) {
            rowTop += rowHeight;
            rowHeight = 0;
        }
        rowHeight = Math.max(rowHeight, SECTION_TITLE_ESTIMATE + height);
        return visibleHeight <= 0 || rowTop < visibleHeight;
    }

    /** Where the form starts: the height it will have when it opens (0 when unknown) and its columns of sections. */
    void start(int visibleHeight, int columns) {
        this.visibleHeight = visibleHeight;
        this.estimatedColumns = columns;
    }

    /** Whether expanded sections below the fold still wait for their fields. */
    boolean hasDeferred() {
        return !deferred.isEmpty();
    }

    /** Fills the next section below the fold, then lets the UI breathe before the one after. */
    void fillNextDeferred() {
        if (fillDeferred(false)) {
            page.form().getForm().getDisplay().asyncExec(this::fillNextDeferred);
        }
    }

    /** Fills every section still waiting below the fold, now (tests, the warm-up, code that shows a field). */
    void fillDeferred() {
        fillDeferred(true);
    }

    /** Fills all the waiting sections, or the next one; whether any is still waiting. */
    private boolean fillDeferred(boolean all) {
        if (page.form() == null || page.form().getForm().isDisposed() || deferred.isEmpty()) {
            return false;
        }
        if (deferredStartNanos == 0) {
            deferredStartNanos = System.nanoTime();
        }
        do {
            deferred.poll().run();
        } while (all && !deferred.isEmpty());
        page.refresh(false);
        page.form().getForm().reflow(true);
        return !deferred.isEmpty();
    }

    /** When the first section below the fold began to be filled ({@link System#nanoTime()}), or 0. */
    long deferredStartNanos() {
        return deferredStartNanos;
    }

    /** A section's client that stands in at its estimated height until its fields are created. */
    private static final class PendingClient extends Composite {
        private final int estimate;
        boolean filled;

        PendingClient(Composite parent, int estimate) {
            super(parent, SWT.NONE);
            this.estimate = estimate;
        }

        @Override
        public org.eclipse.swt.graphics.Point computeSize(int wHint, int hHint, boolean changed) {
            return filled ? super.computeSize(wHint, hHint, changed)
                : new org.eclipse.swt.graphics.Point(wHint == SWT.DEFAULT ? 100 : wHint, estimate);
        }
    }

    /** How many columns of sections fit in a width (2 when the width is not known yet). */
    static int columns(int width) {
        return width > 0 && width < TWO_COLUMNS_MIN_WIDTH ? 1 : 2;
    }

    /**
     * The size the form will have: its own when it has one, else that of the nearest enclosing
     * composite that has been laid out (the editor area, when a new editor is being created);
     * (0, 0) when none has been.
     */
    static org.eclipse.swt.graphics.Point availableSize(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            org.eclipse.swt.graphics.Point size = c instanceof Composite composite
                ? new org.eclipse.swt.graphics.Point(composite.getClientArea().width, composite.getClientArea().height) : c.getSize();
            if (size.x > 0) {
                return size;
            }
        }
        return new org.eclipse.swt.graphics.Point(0, 0);
    }

    /**
     * The sections' title style. A full title bar paints through an off-screen picture of the
     * whole section on every paint, which was a tenth of the time to open an editor; the short
     * bar draws its line directly.
     */
    private static final int SECTION_STYLE = Section.SHORT_TITLE_BAR;

    /**
     * A section whose fields are created when they are first shown: an editor opens with the
     * sections an analyst reads first, expanded, and pays for the others only when they are
     * opened. An expanded section below the fold gets its fields just after the editor is first
     * drawn (see {@link #fillNextDeferred}).
     *
     * @param estimate the height of its fields, about, in pixels
     */
    void lazySection(FormToolkit toolkit, Composite body, String title, boolean expanded, int estimate,
                             java.util.function.Consumer<Composite> fill) {
        Section section = toolkit.createSection(body, SECTION_STYLE | Section.TWISTIE | (expanded ? Section.EXPANDED : 0));
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        boolean shown = inView(expanded ? estimate : 0);
        boolean later = expanded && !shown;
        PendingClient pending = later ? new PendingClient(section, estimate) : null;
        if (pending != null) {
            toolkit.adapt(pending);
            section.setClient(pending);
        }
        Runnable create = () -> {
            Composite client = pending != null ? pending : toolkit.createComposite(section);
            GridLayout grid = new GridLayout(2, false);
            grid.horizontalSpacing = 8;
            client.setLayout(grid);
            fill.accept(client);
            if (pending != null) {
                pending.filled = true;
            } else {
                section.setClient(client);
            }
        };
        boolean[] created = {false};
        Runnable createOnce = () -> {
            if (!created[0]) {
                created[0] = true;
                create.run();
            }
        };
        creators.put(title, createOnce);
        if (later) {
            deferred.add(createOnce);
        } else if (expanded) {
            createOnce.run();
        } else {
            section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
                @Override
                public void expansionStateChanging(org.eclipse.ui.forms.events.ExpansionEvent e) {
                    if (!created[0] && e.getState()) {
                        createOnce.run();
                        page.refresh();
                    }
                }

                @Override
                public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
                    page.form().getForm().reflow(true);
                }
            });
        }
        sections.put(title, section);
    }

    /** Sections by title, and what creates their fields. */
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, Runnable> creators = new HashMap<>();

    /** Expands a section, creating its fields first (for tests, and for code that shows a field). */
    void expand(String title) {
        Section section = sections.get(title);
        Runnable creator = creators.get(title);
        if (section != null && creator != null) {
            creator.run();
            section.setExpanded(true);
            page.refresh();
            page.form().getForm().reflow(true);
        }
    }

    /** Expands every section, for tests. */
    void expandAll() {
        fillDeferred();
        for (String title : new ArrayList<>(sections.keySet())) {
            expand(title);
        }
    }
}
