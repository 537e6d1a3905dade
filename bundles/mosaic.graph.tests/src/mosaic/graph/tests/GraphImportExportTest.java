package mosaic.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mosaic.core.workspace.Workspace;
import mosaic.graph.io.AttributeKey;
import mosaic.graph.io.DocEdge;
import mosaic.graph.io.DocNode;
import mosaic.graph.io.GraphDocument;
import mosaic.graph.io.GraphMl;
import mosaic.graph.model.GraphExport;
import mosaic.graph.model.GraphImport;
import mosaic.graph.model.ModelGraph;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Attribute;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

class GraphImportExportTest {

    @TempDir
    Path tmp;

    private static GraphDocument network() {
        GraphDocument doc = new GraphDocument(false);
        doc.declare(new AttributeKey("d0", "label", AttributeKey.Domain.NODE, "string", null));
        doc.declare(new AttributeKey("d1", "kind", AttributeKey.Domain.NODE, "string", null));
        doc.declare(new AttributeKey("d2", "strength", AttributeKey.Domain.NODE, "int", null));
        doc.declare(new AttributeKey("d3", "aliases", AttributeKey.Domain.NODE, "string", null));
        doc.declare(new AttributeKey("d4", "type", AttributeKey.Domain.EDGE, "string", null));
        doc.declare(new AttributeKey("d5", "weight", AttributeKey.Domain.EDGE, "double", null));
        doc.declare(new AttributeKey("d6", "start", AttributeKey.Domain.EDGE, "string", null));
        doc.declare(new AttributeKey("d7", "source_grade", AttributeKey.Domain.EDGE, "string", null));
        doc.addNode("fplt", Map.of("label", "FPLT", "kind", "armed group", "strength", "1200", "aliases", "Front populaire; F.P.L.T."));
        doc.addNode("wabe", Map.of("label", "Wabe-Kassa", "kind", "ARMED_GROUP"));
        doc.addNode("n3", Map.of("kind", "cattle herders"));
        doc.addEdge(new DocEdge("e1", "fplt", "wabe", null, Map.of("type", "alliance", "weight", "0.8", "start", "2024-01-01", "source_grade", "B2")));
        doc.addEdge(new DocEdge(null, "wabe", "n3", Boolean.TRUE, Map.of()));
        return doc;
    }

    @Test
    void nodesBecomeActorsEdgesRelationsAttributesKept() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("ws"), MissionRules.loadDefault());
        GraphImport.Result result = new GraphImport(ws).classification("CONFIDENTIAL").toModel(network(), "file-1");
        assertEquals(5, result.created().size());
        assertEquals(0, result.unchanged());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("cattle herders"), result.warnings().get(0));

        Actor fplt = (Actor) result.created().get(0);
        assertEquals("FPLT", fplt.getName());
        assertEquals(ActorKind.ARMED_GROUP, fplt.getKind());
        assertEquals(List.of("Front populaire", "F.P.L.T."), fplt.getAliases());
        assertEquals("CONFIDENTIAL", fplt.getMarking().getClassification());
        Attribute strength = fplt.getAttributes().stream().filter(a -> a.getKey().equals("strength")).findFirst().orElseThrow();
        assertEquals("1200", strength.getValue());
        assertEquals("int", strength.getType());
        Actor unnamed = (Actor) result.created().get(2);
        assertEquals("n3", unnamed.getName(), "a node without label is named by its id");
        assertEquals(ActorKind.INDIVIDUAL, unnamed.getKind());

        Relation alliance = (Relation) result.created().get(3);
        assertEquals("alliance", alliance.getType());
        assertEquals(0.8, alliance.getWeight(), 0);
        assertEquals(LocalDate.of(2024, 1, 1), alliance.getValidFrom());
        assertEquals(false, alliance.isDirected());
        assertEquals(fplt, alliance.getFrom());
        Relation plain = (Relation) result.created().get(4);
        assertEquals("affiliation", plain.getType());
        assertEquals(true, plain.isDirected());

        for (MosaicObject o : result.created()) {
            ws.add(o);
        }
        ws.saveAll(new NullProgressMonitor());
        GraphImport.Result again = new GraphImport(ws).toModel(network(), "file-1");
        assertEquals(0, again.created().size(), "the same file twice is imported once");
        assertEquals(5, again.unchanged());
        assertEquals(5, new GraphImport(ws).toModel(network(), "file-2").created().size(), "another file is another import");
    }

    @Test
    void aValueThatCannotBeUsedIsRefusedNamingTheEdge() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("ws"), MissionRules.loadDefault());
        GraphDocument doc = new GraphDocument(false);
        doc.addNode(new DocNode("a"));
        doc.addNode(new DocNode("b"));
        doc.addEdge(new DocEdge("e9", "a", "b", null, Map.of("start", "last spring")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GraphImport(ws).toModel(doc, "x"));
        assertTrue(e.getMessage().contains("e9") && e.getMessage().contains("last spring"), e.getMessage());
        assertEquals(0, ws.size(), "nothing was added");
    }

    @Test
    void anUnknownDefaultRelationTypeOrClassificationListsTheMissionsCodes() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("ws"), MissionRules.loadDefault());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> new GraphImport(ws).defaultRelationType("friends"));
        assertEquals("unknown relation type 'friends'; valid: " + String.join(", ", ws.rules().termCodes(MissionRules.RELATION_TYPES)),
            type.getMessage());
        assertTrue(type.getMessage().contains("alliance, rivalry, clash"), type.getMessage());
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class, () -> new GraphImport(ws).classification("SECRET"));
        assertTrue(level.getMessage().endsWith("UNCLASSIFIED, CONFIDENTIAL, STRICTLY_CONFIDENTIAL"), level.getMessage());
        new GraphImport(ws).defaultRelationType("alliance");
    }

    @Test
    void exportGivesTheAnalystsDataBack() throws Exception {
        Workspace ws = Workspace.init(tmp.resolve("ws"), MissionRules.loadDefault());
        for (MosaicObject o : new GraphImport(ws).toModel(network(), "f").created()) {
            ws.add(o);
        }
        GraphDocument out = GraphExport.toDocument(ModelGraph.of(ws.all()).kindNames(List.of("actor")).build());
        Path file = tmp.resolve("out.graphml");
        GraphMl.write(out, file);
        GraphDocument back = GraphMl.read(file);
        assertEquals(3, back.nodeCount());
        assertEquals(2, back.edgeCount());
        DocNode fplt = back.nodes().stream().filter(n -> "FPLT".equals(n.attribute("label"))).findFirst().orElseThrow();
        assertEquals("1200", fplt.attribute("strength"));
        assertEquals("int", back.key(AttributeKey.Domain.NODE, "strength").type());
        assertEquals("armed-group", fplt.attribute("actorKind"));
        assertEquals("UNCLASSIFIED", fplt.attribute("classification"));
        DocEdge alliance = back.edges().stream().filter(e -> "alliance".equals(e.attribute("type"))).findFirst().orElseThrow();
        assertEquals("B2", alliance.attribute("source_grade"));
        assertEquals("2024-01-01", alliance.attribute("start"));
        assertEquals("0.8", alliance.attribute("weight"));

        GraphDocument open = GraphExport.toDocument(ModelGraph.of(ws.all()).kindNames(List.of("actor"))
            .at(LocalDate.of(2023, 6, 1)).build());
        assertEquals(1, open.edgeCount(), "the alliance was not yet valid");
    }
}
