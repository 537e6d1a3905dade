package mosaic.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mosaic.graph.Graph;
import mosaic.graph.model.ModelGraph;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Event;
import mosaic.model.Location;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

class ModelGraphTest {

    private final MosaicFactory f = MosaicFactory.eINSTANCE;
    private final List<MosaicObject> all = new ArrayList<>();
    private int ids;

    private <T extends MosaicObject> T add(T o, String classification) {
        o.setId("o" + ids++);
        Marking m = f.createMarking();
        m.setClassification(classification);
        o.setMarking(m);
        all.add(o);
        return o;
    }

    private Actor actor(String name, String classification) {
        Actor a = add(f.createActor(), classification);
        a.setName(name);
        a.setKind(ActorKind.ARMED_GROUP);
        return a;
    }

    private Relation relation(Actor from, Actor to, String type, LocalDate validFrom, LocalDate validTo, String classification) {
        Relation r = add(f.createRelation(), classification);
        r.setFrom(from);
        r.setTo(to);
        r.setType(type);
        r.setValidFrom(validFrom);
        r.setValidTo(validTo);
        return r;
    }

    private static Set<String> edgeTypes(Graph g) {
        Set<String> types = new HashSet<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            types.add(g.label(g.source(e)) + " " + g.edgeType(e) + " " + g.label(g.target(e)));
        }
        return types;
    }

    @Test
    void relationsEventsAndPlacesBecomeEdgesBetweenShownObjects() {
        Actor fplt = actor("FPLT", "UNCLASSIFIED");
        Actor wabe = actor("Wabe-Kassa", "UNCLASSIFIED");
        Location town = add(f.createLocation(), "UNCLASSIFIED");
        town.setName("Bisengo");
        Location province = add(f.createLocation(), "UNCLASSIFIED");
        province.setName("Tessaru");
        town.setParent(province);
        fplt.getAreasOfOperation().add(town);
        Event raid = add(f.createEvent(), "UNCLASSIFIED");
        raid.setTitle("Raid on Bisengo");
        raid.setOccurredAt(Instant.parse("2025-05-02T04:00:00Z"));
        raid.getPerpetrators().add(fplt);
        raid.setLocation(town);
        relation(fplt, wabe, "alliance", null, null, "UNCLASSIFIED");

        ModelGraph mg = ModelGraph.of(all).build();
        Graph g = mg.graph();
        assertEquals(5, g.nodeCount());
        assertEquals(Set.of("FPLT alliance Wabe-Kassa", "FPLT perpetrator Raid on Bisengo", "Raid on Bisengo occurred-at Bisengo",
            "FPLT present-in Bisengo", "Bisengo within Tessaru"), edgeTypes(g));
        assertSame(raid, mg.object(mg.nodeOf(raid)));
        assertEquals("event", g.kind(mg.nodeOf(raid)));

        ModelGraph actorsOnly = ModelGraph.of(all).kindNames(List.of("actor")).build();
        assertEquals(2, actorsOnly.graph().nodeCount());
        assertEquals(Set.of("FPLT alliance Wabe-Kassa"), edgeTypes(actorsOnly.graph()));
        assertThrows(IllegalArgumentException.class, () -> ModelGraph.of(all).kindNames(List.of("actors")));
    }

    @Test
    void theNetworkAsItWasOnADay() {
        Actor fplt = actor("FPLT", "UNCLASSIFIED");
        Actor wabe = actor("Wabe-Kassa", "UNCLASSIFIED");
        LocalDate fallout = LocalDate.of(2025, 9, 30);
        relation(fplt, wabe, "alliance", LocalDate.of(2024, 1, 1), fallout, "UNCLASSIFIED");
        relation(fplt, wabe, "rivalry", fallout.plusDays(1), null, "UNCLASSIFIED");
        Event raid = add(f.createEvent(), "UNCLASSIFIED");
        raid.setTitle("Raid");
        raid.setOccurredAt(Instant.parse("2025-10-15T04:00:00Z"));
        raid.getPerpetrators().add(fplt);

        assertEquals(Set.of("FPLT alliance Wabe-Kassa"), edgeTypes(ModelGraph.of(all).at(fallout).build().graph()));
        Graph after = ModelGraph.of(all).at(LocalDate.of(2025, 10, 20)).build().graph();
        assertEquals(Set.of("FPLT rivalry Wabe-Kassa", "FPLT perpetrator Raid"), edgeTypes(after));
        Graph before = ModelGraph.of(all).at(LocalDate.of(2023, 12, 31)).build().graph();
        assertEquals(0, before.edgeCount());
        assertEquals(2, before.nodeCount(), "the raid had not happened yet");

        Graph period = ModelGraph.of(all).between(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1)).build().graph();
        assertEquals(Set.of("FPLT alliance Wabe-Kassa", "FPLT rivalry Wabe-Kassa"), edgeTypes(period));
        assertThrows(IllegalArgumentException.class, () -> ModelGraph.of(all).between(fallout, fallout.minusDays(1)));
    }

    @Test
    void nothingAboveTheCeilingIsANodeOrAnEdge() {
        MissionRules rules = MissionRules.defaults();
        Actor fplt = actor("FPLT", "UNCLASSIFIED");
        Actor wabe = actor("Wabe-Kassa", "UNCLASSIFIED");
        Actor informant = actor("Source network", "STRICTLY_CONFIDENTIAL");
        relation(fplt, wabe, "alliance", null, null, "CONFIDENTIAL");
        relation(fplt, informant, "command", null, null, "UNCLASSIFIED");

        Graph open = ModelGraph.of(all).ceiling("UNCLASSIFIED", rules).build().graph();
        assertEquals(2, open.nodeCount());
        assertEquals(0, open.edgeCount(), "the relation is marked above its ends");
        assertEquals(-1, open.indexOf(informant.getId()));

        Graph confidential = ModelGraph.of(all).ceiling("CONFIDENTIAL", rules).build().graph();
        assertEquals(Set.of("FPLT alliance Wabe-Kassa"), edgeTypes(confidential));

        Graph everything = ModelGraph.of(all).ceiling("STRICTLY_CONFIDENTIAL", rules).build().graph();
        assertEquals(3, everything.nodeCount());
        assertTrue(edgeTypes(everything).contains("FPLT command Source network"));
        assertFalse(edgeTypes(open).contains("FPLT command Source network"));
        assertThrows(IllegalArgumentException.class, () -> ModelGraph.of(all).ceiling("TOP_SECRET", rules));
    }
}
