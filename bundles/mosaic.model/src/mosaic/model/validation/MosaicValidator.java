package mosaic.model.validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

import mosaic.model.Actor;
import mosaic.model.ActorRole;
import mosaic.model.Assessment;
import mosaic.model.Event;
import mosaic.model.Evidence;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.NamedObject;
import mosaic.model.Observation;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.Source;
import mosaic.model.Threat;
import mosaic.model.VictimGroup;
import mosaic.model.config.MissionRules;
import mosaic.model.kinds.Kinds;

/**
 * The rules of the Mosaic model. Each message names the object and the field, so that a
 * line of {@code mosaic validate} or an editor's message says what to fix. Each diagnostic's
 * data holds the object and the feature (when there is one).
 *
 * <p>Rules that depend on the mission (risk matrix, scales, taxonomies, classification
 * levels) read the {@link MissionRules} passed in the context under {@link #RULES}; without
 * one, the default configuration applies.</p>
 */
public class MosaicValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "mosaic.model";

    /** Context key for the {@link MissionRules} to validate against. */
    public static final String RULES = MissionRules.class.getName();

    public static final int REQUIRED = 1;
    public static final int RISK_MATRIX = 2;
    public static final int UNKNOWN_CODE = 3;
    public static final int PROHIBITED_SOURCE = 4;
    public static final int INTERVAL = 5;
    public static final int MARKING = 6;
    public static final int RANGE = 7;
    public static final int SELF_REFERENCE = 8;

    public static final MosaicValidator INSTANCE = new MosaicValidator();

    private static volatile MissionRules defaultRules;

    /** Makes {@link org.eclipse.emf.ecore.util.Diagnostician} use these rules for Mosaic objects. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(MosaicPackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return MosaicPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (eClass.getEPackage() != MosaicPackage.eINSTANCE) {
            return super.validate(eClass, object, diagnostics, context);
        }
        // Proxies that did not resolve are the workspace's business (dangling references).
        if (object.eIsProxy()) {
            return true;
        }
        Check check = new Check(object, diagnostics, rules(context));
        check.required();
        if (object instanceof MosaicObject mosaicObject) {
            check.marking(mosaicObject);
        }
        switch (object) {
            case Threat threat -> check.threat(threat);
            case Source source -> check.source(source);
            case Relation relation -> check.relation(relation);
            case Event event -> check.event(event);
            case Actor actor -> check.actor(actor);
            case Report report -> check.report(report);
            case Assessment assessment -> check.assessment(assessment);
            case Evidence evidence -> check.evidence(evidence);
            case ActorRole role -> check.interval(role.getValidFrom(), role.getValidTo(),
                MosaicPackage.Literals.ACTOR_ROLE__VALID_TO);
            case VictimGroup group -> check.notNegative(group.getCount(), MosaicPackage.Literals.VICTIM_GROUP__COUNT);
            case Observation observation -> { /* required fields only */ }
            default -> { }
        }
        return check.ok;
    }

    private static MissionRules rules(Map<Object, Object> context) {
        Object rules = context == null ? null : context.get(RULES);
        if (rules instanceof MissionRules missionRules) {
            return missionRules;
        }
        MissionRules result = defaultRules;
        if (result == null) {
            result = MissionRules.defaults();
            defaultRules = result;
        }
        return result;
    }

    /** One validation of one object. */
    private static final class Check {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private final MissionRules rules;
        private boolean ok = true;

        Check(EObject object, DiagnosticChain diagnostics, MissionRules rules) {
            this.object = object;
            this.diagnostics = diagnostics;
            this.rules = rules;
        }

        void report(int severity, int code, EStructuralFeature feature, String message) {
            report(object, severity, code, feature, message);
        }

        void report(EObject subject, int severity, int code, EStructuralFeature feature, String message) {
            if (severity == Diagnostic.ERROR) {
                ok = false;
            }
            if (diagnostics != null) {
                String field = feature == null ? "" : feature.getName() + ": ";
                Object[] data = feature == null ? new Object[] {subject} : new Object[] {subject, feature};
                diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code,
                    Kinds.describe(subject) + ": " + field + message, data));
            }
        }

        void error(int code, EStructuralFeature feature, String message) {
            report(Diagnostic.ERROR, code, feature, message);
        }

        void warning(int code, EStructuralFeature feature, String message) {
            report(Diagnostic.WARNING, code, feature, message);
        }

        void required() {
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.getLowerBound() < 1 || feature.isDerived() || feature.isTransient()) {
                    continue;
                }
                Object value = object.eGet(feature, false);
                boolean missing = feature.isMany() ? ((Collection<?>) value).isEmpty()
                    : value == null || (value instanceof String s && s.isBlank());
                if (missing) {
                    error(REQUIRED, feature, "is required");
                }
            }
        }

        void marking(MosaicObject mosaicObject) {
            Marking marking = mosaicObject.getMarking();
            if (marking == null) {
                return; // reported as a required field
            }
            String classification = marking.getClassification();
            if (classification != null && !rules.isClassification(classification)) {
                error(UNKNOWN_CODE, MosaicPackage.Literals.MARKING__CLASSIFICATION,
                    "'" + classification + "' is not a classification level of this mission " + rules.classificationCodes());
            }
            taxonomy(MissionRules.COMPARTMENTS, marking.getCompartment(), MosaicPackage.Literals.MARKING__COMPARTMENT);
            for (String partner : marking.getReleasableTo()) {
                taxonomy(MissionRules.RELEASABILITY, partner, MosaicPackage.Literals.MARKING__RELEASABLE_TO);
            }
            int own = rules.rank(marking);
            // Everything it embeds and everything it cites must be marked no higher than itself.
            for (var iterator = mosaicObject.eAllContents(); iterator.hasNext();) {
                EObject content = iterator.next();
                citedAbove(mosaicObject, content, own);
            }
            citedAbove(mosaicObject, mosaicObject, own);
        }

        private void citedAbove(MosaicObject owner, EObject holder, int own) {
            for (EReference reference : holder.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                    continue;
                }
                Object value = holder.eGet(reference, false);
                List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
                for (Object target : targets) {
                    if (target instanceof MosaicObject cited && !cited.eIsProxy() && cited != owner) {
                        int theirs = rules.rank(cited.getMarking());
                        if (theirs > own) {
                            String citedClass = cited.getMarking().getClassification();
                            report(holder, Diagnostic.ERROR, MARKING, reference, "cites " + Kinds.describe(cited) + " marked " + citedClass
                                + ", above this object's marking " + owner.getMarking().getClassification()
                                + "; mark it at least " + citedClass + " or remove the citation");
                        }
                    }
                }
            }
        }

        void threat(Threat threat) {
            scaleCode(MissionRules.LIKELIHOOD, threat.getLikelihood(), MosaicPackage.Literals.THREAT__LIKELIHOOD);
            scaleCode(MissionRules.IMPACT, threat.getImpact(), MosaicPackage.Literals.THREAT__IMPACT);
            scaleCode(MissionRules.IMPACT, threat.getImpactChildren(), MosaicPackage.Literals.THREAT__IMPACT_CHILDREN);
            scaleCode(MissionRules.IMPACT, threat.getImpactWomenAndGirls(), MosaicPackage.Literals.THREAT__IMPACT_WOMEN_AND_GIRLS);
            if (threat.getLikelihood() != null && threat.getImpact() != null) {
                String impact = rules.mostSevereImpact(threat);
                var expected = rules.risk(threat.getLikelihood(), impact);
                if (expected.isEmpty()) {
                    error(RISK_MATRIX, MosaicPackage.Literals.THREAT__RISK, "the mission's risk matrix has no cell for likelihood '"
                        + threat.getLikelihood() + "' and impact '" + impact + "'");
                } else if (!expected.get().equals(threat.getRisk())) {
                    error(RISK_MATRIX, MosaicPackage.Literals.THREAT__RISK, "is '" + threat.getRisk()
                        + "' but the mission's risk matrix gives '" + expected.get() + "' for likelihood '"
                        + threat.getLikelihood() + "' and impact '" + impact + "'");
                }
            }
            if (threat.getPriority() < 1 || threat.getPriority() > 3) {
                error(RANGE, MosaicPackage.Literals.THREAT__PRIORITY, "must be 1, 2 or 3, not " + threat.getPriority());
            }
            interval(threat.getOpenedOn(), threat.getClosedOn(), MosaicPackage.Literals.THREAT__CLOSED_ON);
            if (threat.isImminent() && threat.getOpenedOn() == null) {
                error(REQUIRED, MosaicPackage.Literals.THREAT__OPENED_ON, "an imminent threat needs the date it was opened");
            }
            taxonomy(MissionRules.VIOLENCE_TYPES, threat.getViolenceType(), MosaicPackage.Literals.THREAT__VIOLENCE_TYPE);
        }

        void source(Source source) {
            if (source.isChild()) {
                error(PROHIBITED_SOURCE, MosaicPackage.Literals.SOURCE__CHILD,
                    "children may not be used as sources (JMAC policy, paragraph 21)");
            }
            if (source.isPaid()) {
                error(PROHIBITED_SOURCE, MosaicPackage.Literals.SOURCE__PAID,
                    "paid sources are prohibited (JMAC policy, paragraph 21)");
            }
            scaleCode(MissionRules.SOURCE_RELIABILITY, source.getReliability(), MosaicPackage.Literals.SOURCE__RELIABILITY);
        }

        void relation(Relation relation) {
            interval(relation.getValidFrom(), relation.getValidTo(), MosaicPackage.Literals.RELATION__VALID_TO);
            taxonomy(MissionRules.RELATION_TYPES, relation.getType(), MosaicPackage.Literals.RELATION__TYPE);
            NamedObject from = relation.getFrom();
            if (from != null && from == relation.getTo()) {
                error(SELF_REFERENCE, MosaicPackage.Literals.RELATION__TO, "a relation cannot link " + Kinds.describe(from) + " to itself");
            }
            if (relation.getWeight() < 0) {
                error(RANGE, MosaicPackage.Literals.RELATION__WEIGHT, "must not be negative");
            }
        }

        void event(Event event) {
            taxonomy(MissionRules.VIOLENCE_TYPES, event.getViolenceType(), MosaicPackage.Literals.EVENT__VIOLENCE_TYPE);
            taxonomy(MissionRules.COMPONENTS, event.getReportingComponent(), MosaicPackage.Literals.EVENT__REPORTING_COMPONENT);
            notNegative(event.getFatalities(), MosaicPackage.Literals.EVENT__FATALITIES);
            notNegative(event.getInjured(), MosaicPackage.Literals.EVENT__INJURED);
            coordinates(event.getLatitude(), event.getLongitude(), MosaicPackage.Literals.EVENT__LATITUDE);
        }

        void actor(Actor actor) {
            taxonomy(MissionRules.ACTOR_TYPES, actor.getType(), MosaicPackage.Literals.ACTOR__TYPE);
            if (actor.getStrength() != null && actor.getStrength() < 0) {
                error(RANGE, MosaicPackage.Literals.ACTOR__STRENGTH, "must not be negative");
            }
        }

        void report(Report report) {
            taxonomy(MissionRules.REPORT_TYPES, report.getReportType(), MosaicPackage.Literals.REPORT__REPORT_TYPE);
        }

        void assessment(Assessment assessment) {
            interval(assessment.getPeriodFrom(), assessment.getPeriodTo(), MosaicPackage.Literals.ASSESSMENT__PERIOD_TO);
            if (assessment.getStatus() != mosaic.model.AssessmentStatus.DRAFT && !assessment.isDisseminationCleared()) {
                error(REQUIRED, MosaicPackage.Literals.ASSESSMENT__DISSEMINATION_CLEARED,
                    "a cleared or issued assessment needs its dissemination list cleared by the tasking authority (JMAC policy, paragraph 33)");
            }
        }

        void evidence(Evidence evidence) {
            if (evidence.getReport() == null && evidence.getSource() == null) {
                error(REQUIRED, MosaicPackage.Literals.EVIDENCE__REPORT, "evidence must cite a report passage or a source");
            }
            scaleCode(MissionRules.INFORMATION_CREDIBILITY, evidence.getCredibility(), MosaicPackage.Literals.EVIDENCE__CREDIBILITY);
        }

        void interval(LocalDate from, LocalDate to, EStructuralFeature toFeature) {
            if (from != null && to != null && to.isBefore(from)) {
                error(INTERVAL, toFeature, to + " is before the start " + from);
            }
        }

        void notNegative(int value, EStructuralFeature feature) {
            if (value < 0) {
                error(RANGE, feature, "must not be negative, is " + value);
            }
        }

        void coordinates(Double latitude, Double longitude, EStructuralFeature feature) {
            if (latitude != null && (latitude < -90 || latitude > 90)) {
                error(RANGE, feature, "latitude " + latitude + " is outside -90..90");
            }
            if (longitude != null && (longitude < -180 || longitude > 180)) {
                error(RANGE, feature, "longitude " + longitude + " is outside -180..180");
            }
        }

        void scaleCode(String scale, String code, EStructuralFeature feature) {
            if (code != null && !code.isEmpty() && !rules.hasLevel(scale, code)) {
                error(UNKNOWN_CODE, feature, "'" + code + "' is not a level of the mission's " + scale + " scale");
            }
        }

        void taxonomy(String taxonomy, String code, EStructuralFeature feature) {
            if (code != null && !code.isEmpty() && rules.hasTaxonomy(taxonomy) && !rules.hasTerm(taxonomy, code)) {
                warning(UNKNOWN_CODE, feature, "'" + code + "' is not in the mission's " + taxonomy + " taxonomy");
            }
        }
    }
}
