package mosaic.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class GraphTest {

    @Test
    void elkLayeredLaysOutACommandStructure() {
        // ELK finds algorithms through ServiceLoader, which sees nothing in OSGi: register them.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        ElkNode commander = node(root);
        ElkNode east = node(root);
        ElkNode west = node(root);
        ElkGraphUtil.createSimpleEdge(commander, east);
        ElkGraphUtil.createSimpleEdge(commander, west);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        assertTrue(east.getX() > commander.getX() && west.getX() > commander.getX(), "layered left to right");
        assertTrue(east.getY() != west.getY(), "subordinates do not overlap");
    }

    private static ElkNode node(ElkNode parent) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setDimensions(60, 30);
        return node;
    }

    @Test
    void jgraphtFindsTheShortestPath() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String v : List.of("A", "B", "C", "D")) {
            g.addVertex(v);
        }
        g.addEdge("A", "B");
        g.addEdge("B", "C");
        g.addEdge("C", "D");
        g.addEdge("A", "D");
        assertEquals(List.of("A", "D"), DijkstraShortestPath.findPathBetween(g, "A", "D").getVertexList());
    }

    @Test
    void draw2dLaysOutFiguresWithoutADisplay() {
        Figure chart = new Figure();
        chart.setLayoutManager(new XYLayout());
        Figure node = new Figure();
        chart.add(node, new Rectangle(10, 20, 80, 40));
        chart.setBounds(new Rectangle(0, 0, 400, 300));
        chart.validate();
        assertEquals(new Rectangle(10, 20, 80, 40), node.getBounds());
    }
}
