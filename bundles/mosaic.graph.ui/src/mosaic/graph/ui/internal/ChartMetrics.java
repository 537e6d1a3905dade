package mosaic.graph.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;

import mosaic.graph.metrics.NodeMetrics;
import mosaic.graph.metrics.Paths;
import mosaic.graph.model.ModelGraph;
import mosaic.model.ChartNode;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;

/**
 * The network measures of what a chart shows: a {@link ModelGraph} over the shown objects and
 * relations at the chart's date, and its {@link NodeMetrics}, computed in a job and kept until
 * the shown content or the date changes. The graph is built on the UI thread (it reads the
 * model; it is quick); only the measures, which read nothing but the immutable graph, run in the
 * job. UI thread, except inside the job.
 */
public final class ChartMetrics {

    /** The family of a chart's background jobs (measures, layouts), so that callers can wait for them. */
    public static final Object FAMILY = ChartMetrics.class;

    /** What the measures depend on: the shown objects, the drawn relations and the date. */
    private record Key(List<MosaicObject> objects, List<Relation> relations, LocalDate at) {
    }

    private Key key;
    private ModelGraph graph;
    private NodeMetrics metrics;
    private Job job;

    /**
     * The graph of a scene: node {@code i} is the object {@code graph.object(i)}; built again only
     * when the scene's objects, relations or date changed.
     */
    public ModelGraph graph(ChartScene scene) {
        Key now = key(scene);
        if (!now.equals(key)) {
            key = now;
            metrics = null;
            if (job != null) {
                job.cancel();
                job = null;
            }
            Set<EClass> kinds = new LinkedHashSet<>();
            now.objects().forEach(o -> kinds.add(o.eClass()));
            List<MosaicObject> all = new ArrayList<>(now.objects());
            all.addAll(now.relations());
            graph = ModelGraph.of(all).kinds(kinds).at(now.at()).build();
        }
        return graph;
    }

    private static Key key(ChartScene scene) {
        List<MosaicObject> objects = new ArrayList<>(scene.nodes().size());
        scene.nodes().forEach(n -> objects.add(n.getObject()));
        List<Relation> relations = new ArrayList<>();
        for (Object link : scene.links()) {
            if (link instanceof Relation relation) {
                relations.add(relation);
            }
        }
        return new Key(objects, relations, scene.chart().getAt());
    }

    /** The measures of the scene's graph, or null while they are being computed (see {@link #request}). */
    public NodeMetrics metrics(ChartScene scene) {
        graph(scene);
        return metrics;
    }

    /**
     * Starts computing the measures of the scene's graph unless they are known or on their way;
     * {@code done} runs on the UI thread once they are known (not when the job was cancelled or
     * the scene changed meanwhile).
     *
     * @param ui runs a task on the UI thread (the display's asyncExec)
     * @return the job computing them, or null when nothing needs computing
     */
    public Job request(ChartScene scene, java.util.function.Consumer<Runnable> ui, Runnable done) {
        ModelGraph of = graph(scene);
        if (metrics != null || job != null) {
            return job;
        }
        Key asked = key;
        Job computing = new Job("Network measures of " + mosaic.model.kinds.Kinds.title(scene.chart())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                NodeMetrics computed;
                try {
                    computed = NodeMetrics.compute(of.graph(), Monitors.progress(monitor));
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                }
                ui.accept(() -> {
                    if (Objects.equals(asked, key) && job == this) {
                        metrics = computed;
                        job = null;
                        done.run();
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        computing.setSystem(true);
        job = computing;
        computing.schedule();
        return computing;
    }

    /**
     * The objects and drawn lines along a shortest path between two shown nodes (fewest hops,
     * {@link Paths#shortest}), from {@code from} to {@code to}; empty when they are not connected.
     * A hop the chart does not draw as a line (an actor present in a place) contributes its
     * object only.
     */
    public List<Object> path(ChartScene scene, ChartNode from, ChartNode to) {
        ModelGraph of = graph(scene);
        int source = of.nodeOf(from.getObject());
        int target = of.nodeOf(to.getObject());
        if (source < 0 || target < 0) {
            return List.of();
        }
        int[] nodes = Paths.shortest(of.graph(), source, target);
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            if (i > 0) {
                Object line = line(scene, scene.nodeOf(of.object(nodes[i - 1])), scene.nodeOf(of.object(nodes[i])));
                if (line != null) {
                    path.add(line);
                }
            }
            path.add(of.object(nodes[i]));
        }
        return path;
    }

    /** A drawn line joining two nodes either way, or null. */
    private static Object line(ChartScene scene, ChartNode a, ChartNode b) {
        for (Object link : scene.outgoing(a)) {
            if (scene.target(link) == b) {
                return link;
            }
        }
        for (Object link : scene.incoming(a)) {
            if (scene.source(link) == b) {
                return link;
            }
        }
        return null;
    }
}
