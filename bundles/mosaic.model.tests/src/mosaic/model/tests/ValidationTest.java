package mosaic.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mosaic.model.Actor;
import mosaic.model.Evidence;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.Source;
import mosaic.model.SourceKind;
import mosaic.model.Threat;
import mosaic.model.config.MissionRules;
import mosaic.model.validation.MosaicValidator;

class ValidationTest {

    private static final MosaicFactory F = MosaicFactory.eINSTANCE;

    @BeforeAll
    static void register() {
        MosaicValidator.register();
    }

    private static <T extends MosaicObject> T marked(T object, String id, String classification) {
        object.setId(id);
        Marking marking = F.createMarking();
        marking.setClassification(classification);
        object.setMarking(marking);
        return object;
    }

    private static List<String> messages(EObject object, int severity) {
        BasicDiagnostic diagnostic = Diagnostician.INSTANCE.createDefaultDiagnostic(object);
        Diagnostician.INSTANCE.validate(object, diagnostic, new java.util.HashMap<>(Map.of(MosaicValidator.RULES, MissionRules.defaults())));
        return diagnostic.getChildren().stream().filter(d -> d.getSeverity() == severity).map(Diagnostic::getMessage).toList();
    }

    private static Threat threat(String likelihood, String impact, String risk) {
        Threat threat = marked(F.createThreat(), "7c1e0000-0000-0000-0000-000000000001", "CONFIDENTIAL");
        threat.setTitle("Attacks on Kamako IDP site");
        threat.setLikelihood(likelihood);
        threat.setImpact(impact);
        threat.setRisk(risk);
        threat.setPriority(1);
        return threat;
    }

    @Test
    void consistentThreatIsValid() {
        assertEquals(List.of(), messages(threat("likely", "major", "extreme"), Diagnostic.ERROR));
    }

    @Test
    void riskMustBeWhatTheMatrixSaysAndTheMessageNamesObjectAndField() {
        List<String> errors = messages(threat("likely", "moderate", "medium"), Diagnostic.ERROR);
        assertEquals(List.of("Threat 'Attacks on Kamako IDP site' [7c1e0000]: risk: is 'medium' but the mission's risk matrix"
            + " gives 'high' for likelihood 'likely' and impact 'moderate'"), errors);
    }

    @Test
    void riskFollowsTheMostSevereImpactForChildrenOrWomenAndGirls() {
        Threat threat = threat("rare", "minor", "low");
        assertEquals(List.of(), messages(threat, Diagnostic.ERROR));
        threat.setImpactWomenAndGirls("severe");
        assertTrue(messages(threat, Diagnostic.ERROR).get(0).contains("gives 'high' for likelihood 'rare' and impact 'severe'"));
    }

    @Test
    void unknownLevelsPriorityAndImminenceAreErrors() {
        Threat threat = threat("probable", "major", "high");
        threat.setPriority(4);
        threat.setImminent(true);
        List<String> errors = messages(threat, Diagnostic.ERROR);
        assertTrue(errors.stream().anyMatch(m -> m.contains("likelihood: 'probable' is not a level")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.contains("priority: must be 1, 2 or 3, not 4")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.contains("openedOn: an imminent threat")), errors.toString());
    }

    @Test
    void childAndPaidSourcesAreProhibited() {
        Source source = marked(F.createSource(), "50000000-0000-0000-0000-000000000001", "STRICTLY_CONFIDENTIAL");
        source.setName("KESTREL");
        source.setKind(SourceKind.HUMAN);
        source.setReliability("B");
        assertEquals(List.of(), messages(source, Diagnostic.ERROR));
        source.setChild(true);
        source.setPaid(true);
        source.setReliability("G");
        List<String> errors = messages(source, Diagnostic.ERROR);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.contains("Source 'KESTREL' [50000000]: child: children may not be used as sources (JMAC policy, paragraph 21)"));
        assertTrue(errors.contains("Source 'KESTREL' [50000000]: paid: paid sources are prohibited (JMAC policy, paragraph 21)"));
    }

    @Test
    void relationIntervalMustBeOrderedAndEndsDistinct() {
        Actor a = marked(F.createActor(), "a0000000-0000-0000-0000-000000000001", "UNCLASSIFIED");
        a.setName("North Militia");
        Relation relation = marked(F.createRelation(), "e0000000-0000-0000-0000-000000000001", "UNCLASSIFIED");
        relation.setType("alliance");
        relation.setFrom(a);
        relation.setTo(a);
        relation.setValidFrom(LocalDate.of(2026, 5, 1));
        relation.setValidTo(LocalDate.of(2026, 4, 1));
        List<String> errors = messages(relation, Diagnostic.ERROR);
        assertTrue(errors.contains("Relation 'alliance' [e0000000]: validTo: 2026-04-01 is before the start 2026-05-01"), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.contains("to: a relation cannot link Actor 'North Militia'")), errors.toString());
    }

    @Test
    void citingContentMarkedHigherRequiresAHigherMarking() {
        Report report = marked(F.createReport(), "r0000000-0000-0000-0000-000000000001", "STRICTLY_CONFIDENTIAL");
        report.setTitle("Code cable 112");
        Actor actor = marked(F.createActor(), "a0000000-0000-0000-0000-000000000002", "UNCLASSIFIED");
        actor.setName("Hill Brigade");
        Evidence evidence = F.createEvidence();
        evidence.setReport(report);
        evidence.setCredibility("2");
        actor.getEvidence().add(evidence);
        List<String> errors = messages(actor, Diagnostic.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Actor 'Hill Brigade' [a0000000], evidence: report: cites Report 'Code cable 112' [r0000000]"
            + " marked STRICTLY_CONFIDENTIAL, above this object's marking UNCLASSIFIED"), errors.get(0));
        actor.getMarking().setClassification("STRICTLY_CONFIDENTIAL");
        assertEquals(List.of(), messages(actor, Diagnostic.ERROR));
    }

    @Test
    void requiredFieldsAreNamed() {
        Actor actor = marked(F.createActor(), "a0000000-0000-0000-0000-000000000003", "UNCLASSIFIED");
        List<String> errors = messages(actor, Diagnostic.ERROR);
        assertEquals(List.of("Actor '(untitled)' [a0000000]: name: is required"), errors);
        Evidence evidence = F.createEvidence();
        actor.setName("Y");
        actor.getEvidence().add(evidence);
        assertTrue(messages(actor, Diagnostic.ERROR).get(0).contains("evidence must cite a report passage or a source"));
    }

    @Test
    void unknownTaxonomyTermIsAWarning() {
        Relation relation = marked(F.createRelation(), "e0000000-0000-0000-0000-000000000002", "UNCLASSIFIED");
        relation.setType("friendship");
        assertTrue(messages(relation, Diagnostic.WARNING).stream().anyMatch(m -> m.contains("'friendship' is not in the mission's relation-type taxonomy")));
    }
}
