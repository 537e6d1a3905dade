package mosaic.graph.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.edit.domain.EditingDomain;

import mosaic.core.workspace.Workspace;
import mosaic.model.Chart;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

/**
 * What the edit parts of one chart viewer share: the chart, its current scene and styling, the
 * editing domain and workspace that commands go to (none in a benchmark), the level of detail,
 * the highlighted path and how an object is opened.
 */
public final class ChartContext {

    private final Chart chart;
    private final Supplier<Collection<? extends Relation>> relations;
    private final Predicate<MosaicObject> visible;
    private final MissionRules rules;
    private final Detail detail = new Detail();
    private final ChartMetrics metrics = new ChartMetrics();
    private Consumer<Runnable> ui;
    private Runnable restyled = () -> { };
    private EditingDomain domain;
    private Workspace workspace;
    private Consumer<MosaicObject> opener = object -> { };
    private ChartScene scene;
    private Styling styling;
    private Set<Object> highlighted = Set.of();

    public ChartContext(Chart chart, Supplier<Collection<? extends Relation>> relations, Predicate<MosaicObject> visible, MissionRules rules) {
        this.chart = chart;
        this.relations = relations;
        this.visible = visible;
        this.rules = rules;
        rebuild();
    }

    /**
     * Builds the scene and styling again from the model. When the styling needs network measures
     * that are not known yet (and {@link #measureWith} was called), they are computed in a job,
     * and the styling is built again when they arrive.
     */
    public void rebuild() {
        ChartScene now = ChartScene.of(chart, relations.get(), visible);
        scene = now;
        styling = new Styling(now, rules, metrics.graph(now), metrics.metrics(now));
        if (ui != null && Styling.needsMetrics(chart) && metrics.metrics(now) == null) {
            metrics.request(now, ui, () -> {
                styling = new Styling(scene, rules, metrics.graph(scene), metrics.metrics(scene));
                restyled.run();
            });
        }
    }

    /**
     * Lets the chart's measures be computed in jobs.
     *
     * @param uiThread runs a task on the UI thread
     * @param whenRestyled runs on the UI thread after measures arrived and the styling took them in
     */
    public void measureWith(Consumer<Runnable> uiThread, Runnable whenRestyled) {
        ui = uiThread;
        restyled = whenRestyled;
        rebuild();
    }

    /** The measures of what the chart shows, and the graph they are computed on. */
    public ChartMetrics metrics() {
        return metrics;
    }

    /** Where commands go: the workbench's domain and workspace. */
    public void edit(EditingDomain editingDomain, Workspace openWorkspace, Consumer<MosaicObject> open) {
        domain = editingDomain;
        workspace = openWorkspace;
        opener = open;
    }

    public Chart chart() {
        return chart;
    }

    public ChartScene scene() {
        return scene;
    }

    public Styling styling() {
        return styling;
    }

    public MissionRules rules() {
        return rules;
    }

    public Detail detail() {
        return detail;
    }

    /** The editing domain, or null when the chart is only shown. */
    public EditingDomain domain() {
        return domain;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Collection<? extends Relation> relations() {
        return relations.get();
    }

    /** Opens an object's editor. */
    public void open(MosaicObject object) {
        opener.accept(object);
    }

    /** Nodes' objects and lines drawn highlighted (a path). */
    public Set<Object> highlighted() {
        return highlighted;
    }

    public void highlight(Collection<?> items) {
        highlighted = Set.copyOf(items == null ? List.of() : items);
    }
}
