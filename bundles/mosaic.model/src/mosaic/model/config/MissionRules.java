package mosaic.model.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import mosaic.model.Level;
import mosaic.model.Marking;
import mosaic.model.MissionConfiguration;
import mosaic.model.MosaicPackage;
import mosaic.model.RiskCell;
import mosaic.model.RiskMatrix;
import mosaic.model.Scale;
import mosaic.model.Taxonomy;
import mosaic.model.Term;
import mosaic.model.Threat;

/**
 * Read access to a {@link MissionConfiguration}: ranks of classification levels and scale
 * levels, the risk matrix lookup and taxonomy terms. The configuration stays data; this class
 * only indexes it. Build a new instance after the configuration changes.
 */
public final class MissionRules {

    /** Names of the scales every mission configuration is expected to define. */
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
    public static final String RISK = "risk";
    public static final String SOURCE_RELIABILITY = "source-reliability";
    public static final String INFORMATION_CREDIBILITY = "information-credibility";
    public static final String PRIORITY = "priority";

    /** Names of the taxonomies Mosaic reads. */
    public static final String ACTOR_TYPES = "actor-type";
    public static final String RELATION_TYPES = "relation-type";
    public static final String VIOLENCE_TYPES = "violence-type";
    public static final String REPORT_TYPES = "report-type";
    public static final String COMPONENTS = "component";
    public static final String COMPARTMENTS = "compartment";
    public static final String RELEASABILITY = "releasability";

    private static final String DEFAULT_RESOURCE = "/model/default-mission.xmi";

    private final MissionConfiguration configuration;
    private final Map<String, Integer> classificationRanks = new HashMap<>();
    private final Map<String, Map<String, Integer>> scaleRanks = new HashMap<>();
    private final Map<String, Map<String, Term>> taxonomies = new HashMap<>();
    private final Map<String, String> riskCells = new HashMap<>();

    public MissionRules(MissionConfiguration configuration) {
        this.configuration = configuration;
        int rank = 0;
        for (Level level : configuration.getClassifications()) {
            classificationRanks.put(level.getCode(), rank++);
        }
        for (Scale scale : configuration.getScales()) {
            Map<String, Integer> ranks = new HashMap<>();
            int r = 0;
            for (Level level : scale.getLevels()) {
                ranks.put(level.getCode(), r++);
            }
            scaleRanks.put(scale.getName(), ranks);
        }
        for (Taxonomy taxonomy : configuration.getTaxonomies()) {
            Map<String, Term> terms = new HashMap<>();
            collect(taxonomy.getTerms(), terms);
            taxonomies.put(taxonomy.getName(), terms);
        }
        RiskMatrix matrix = configuration.getRiskMatrix();
        if (matrix != null) {
            for (RiskCell cell : matrix.getCells()) {
                riskCells.put(cell.getLikelihood() + '\u0000' + cell.getImpact(), cell.getRisk());
            }
        }
    }

    private static void collect(List<Term> terms, Map<String, Term> into) {
        for (Term term : terms) {
            into.put(term.getCode(), term);
            collect(term.getTerms(), into);
        }
    }

    /** A fresh copy of the default configuration shipped with Mosaic (POC Handbook defaults). */
    public static MissionConfiguration loadDefault() {
        MosaicPackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createURI("mosaic:default-mission.xmi"));
        try (InputStream in = MissionRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default mission configuration missing from the mosaic.model bundle: " + DEFAULT_RESOURCE);
            }
            resource.load(in, Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("default mission configuration is unreadable: " + e.getMessage(), e);
        }
        MissionConfiguration configuration = (MissionConfiguration) resource.getContents().get(0);
        resource.getContents().clear();
        return configuration;
    }

    /** Rules over the default configuration. */
    public static MissionRules defaults() {
        return new MissionRules(loadDefault());
    }

    public MissionConfiguration configuration() {
        return configuration;
    }

    /** Classification codes, lowest first. */
    public List<String> classificationCodes() {
        List<String> codes = new ArrayList<>();
        for (Level level : configuration.getClassifications()) {
            codes.add(level.getCode());
        }
        return codes;
    }

    public Optional<Level> classification(String code) {
        return configuration.getClassifications().stream().filter(l -> l.getCode().equals(code)).findFirst();
    }

    /**
     * Rank of a classification code, 0 for the lowest. An unknown code ranks above every known
     * level, so that a typo never makes content visible to a lower audience.
     */
    public int classificationRank(String code) {
        Integer rank = code == null ? null : classificationRanks.get(code);
        return rank == null ? classificationRanks.size() : rank;
    }

    public boolean isClassification(String code) {
        return code != null && classificationRanks.containsKey(code);
    }

    /** Rank of a marking (its classification); a missing marking counts as the lowest level. */
    public int rank(Marking marking) {
        if (marking == null) {
            return 0;
        }
        return classificationRank(marking.getClassification());
    }

    public Optional<Scale> scale(String name) {
        return configuration.getScales().stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    /** Rank of a level within a scale, or -1 when the scale or level is unknown. */
    public int scaleRank(String scale, String code) {
        Map<String, Integer> ranks = scaleRanks.get(scale);
        Integer rank = ranks == null || code == null ? null : ranks.get(code);
        return rank == null ? -1 : rank;
    }

    public boolean hasLevel(String scale, String code) {
        return scaleRank(scale, code) >= 0;
    }

    public Optional<Level> level(String scale, String code) {
        return scale(scale).flatMap(s -> s.getLevels().stream().filter(l -> l.getCode().equals(code)).findFirst());
    }

    /** The label of a level, or the code itself when the scale does not know it. */
    public String label(String scale, String code) {
        return level(scale, code).map(Level::getLabel).orElse(code);
    }

    /** The risk the matrix gives for a likelihood and an impact, if it has that cell. */
    public Optional<String> risk(String likelihood, String impact) {
        return Optional.ofNullable(riskCells.get(likelihood + '\u0000' + impact));
    }

    /** The most severe of the threat's impact ratings (civilians, children, women and girls). */
    public String mostSevereImpact(Threat threat) {
        String worst = threat.getImpact();
        for (String other : new String[] {threat.getImpactChildren(), threat.getImpactWomenAndGirls()}) {
            if (other != null && scaleRank(IMPACT, other) > scaleRank(IMPACT, worst)) {
                worst = other;
            }
        }
        return worst;
    }

    /** The risk the matrix gives for this threat: likelihood by its most severe impact. */
    public Optional<String> expectedRisk(Threat threat) {
        return risk(threat.getLikelihood(), mostSevereImpact(threat));
    }

    public boolean hasTerm(String taxonomy, String code) {
        Map<String, Term> terms = taxonomies.get(taxonomy);
        return terms != null && code != null && terms.containsKey(code);
    }

    public boolean hasTaxonomy(String taxonomy) {
        return taxonomies.containsKey(taxonomy);
    }

    /**
     * The codes of a taxonomy's terms, narrower terms after their broader one, in the order of the
     * configuration (empty for an unknown taxonomy): for messages that list the valid codes.
     */
    public List<String> termCodes(String taxonomy) {
        List<String> codes = new ArrayList<>();
        for (Taxonomy t : configuration.getTaxonomies()) {
            if (t.getName().equals(taxonomy)) {
                addCodes(t.getTerms(), codes);
            }
        }
        return codes;
    }

    private static void addCodes(List<Term> terms, List<String> into) {
        for (Term term : terms) {
            if (!into.contains(term.getCode())) {
                into.add(term.getCode());
            }
            addCodes(term.getTerms(), into);
        }
    }

    public Optional<Term> term(String taxonomy, String code) {
        Map<String, Term> terms = taxonomies.get(taxonomy);
        return terms == null ? Optional.empty() : Optional.ofNullable(terms.get(code));
    }
}
