package mosaic.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import mosaic.core.internal.ObjectResource;
import mosaic.model.Level;
import mosaic.model.MissionConfiguration;
import mosaic.model.RiskCell;
import mosaic.model.Scale;
import mosaic.model.Taxonomy;
import mosaic.model.Term;
import mosaic.model.config.MissionRules;

/**
 * The mission configuration a new workspace starts with: Mosaic's default, changed by the
 * contributions to the {@code mosaic.core.missionConfiguration} extension point of the
 * installed plug-ins. A contribution that names a mission ({@code mission="carana"}) applies
 * only to a workspace created for that mission ({@code mosaic init --mission carana}); one that
 * names none applies to every new workspace of the installation.
 */
public final class MissionConfigurations {

    public static final String EXTENSION_POINT = "mosaic.core.missionConfiguration";

    private MissionConfigurations() {
    }

    /**
     * The configuration of a new workspace that picks no mission: the default with the
     * contributions that name no mission applied. The same as {@code forNewWorkspace(null, warnings)}.
     */
    public static MissionConfiguration forNewWorkspace(List<String> warnings) {
        return forNewWorkspace(null, warnings);
    }

    /**
     * The configuration of a new workspace: the default, then the contributions that name no
     * mission (they configure the whole installation), then, when {@code mission} is given, the
     * contributions that name that mission; each group in the order of the contributing bundles'
     * names. A contribution that cannot be read is skipped and described in {@code warnings}
     * (file and problem), so that one broken plug-in never stops init.
     *
     * @param mission the name of an installed mission ({@link #missions()}), or {@code null} for none
     * @throws IllegalArgumentException when no installed contribution names {@code mission}; the
     *                                  message lists the installed missions
     */
    public static MissionConfiguration forNewWorkspace(String mission, List<String> warnings) {
        MissionConfiguration configuration = MissionRules.loadDefault();
        List<IConfigurationElement> elements = new ArrayList<>();
        for (IConfigurationElement element : elements()) {
            String named = missionOf(element);
            if (named == null || named.equals(mission)) {
                elements.add(element);
            }
        }
        if (mission != null && elements.stream().noneMatch(e -> mission.equals(missionOf(e)))) {
            throw new IllegalArgumentException(unknownMission(mission));
        }
        // Unnamed contributions first, then the picked mission's, so that the mission has the last word.
        elements.sort(Comparator.comparing((IConfigurationElement e) -> missionOf(e) != null)
            .thenComparing(e -> e.getContributor().getName())
            .thenComparing(e -> Objects.toString(e.getAttribute("file"), "")));
        MissionConfiguration replacement = null;
        String replacedBy = null;
        List<MissionConfiguration> extensions = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            String bundleName = element.getContributor().getName();
            String file = element.getAttribute("file");
            try {
                MissionConfiguration contributed = load(bundleName, file);
                if ("replace".equals(element.getAttribute("mode"))) {
                    if (replacement != null) {
                        warnings.add(bundleName + "/" + file + ": replaces the configuration " + replacedBy
                            + " also replaces; the later one (" + bundleName + ") is used");
                    }
                    replacement = contributed;
                    replacedBy = bundleName;
                } else {
                    extensions.add(contributed);
                }
            } catch (IOException | RuntimeException e) {
                warnings.add(bundleName + "/" + file + ": mission configuration not applied: " + e.getMessage());
            }
        }
        if (replacement != null) {
            configuration = replacement;
        }
        for (MissionConfiguration extension : extensions) {
            extend(configuration, extension);
        }
        return configuration;
    }

    /**
     * The missions a new workspace can pick: the {@code mission} names of the installed
     * contributions, sorted, each with its label (the name when no contribution gives one).
     */
    public static Map<String, String> missions() {
        Map<String, String> missions = new TreeMap<>();
        for (IConfigurationElement element : elements()) {
            String mission = missionOf(element);
            if (mission != null) {
                String label = element.getAttribute("label");
                if (label != null && !label.isBlank()) {
                    missions.put(mission, label.trim());
                } else {
                    missions.putIfAbsent(mission, mission);
                }
            }
        }
        return missions;
    }

    /** "unknown mission 'NAME'; missions: a, b" (or that none is installed). */
    public static String unknownMission(String mission) {
        Set<String> names = missions().keySet();
        return "unknown mission '" + mission + "'; " + (names.isEmpty() ? "no mission plug-in is installed"
            : "missions: " + String.join(", ", names));
    }

    private static List<IConfigurationElement> elements() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? List.of() : List.of(registry.getConfigurationElementsFor(EXTENSION_POINT));
    }

    /** The mission a contribution names, or {@code null} for one that names none. */
    private static String missionOf(IConfigurationElement element) {
        String mission = element.getAttribute("mission");
        return mission == null || mission.isBlank() ? null : mission.trim();
    }

    private static MissionConfiguration load(String bundleName, String file) throws IOException {
        if (file == null || file.isBlank()) {
            throw new IOException("no file attribute");
        }
        Bundle bundle = null;
        Bundle self = FrameworkUtil.getBundle(MissionConfigurations.class);
        if (self != null && self.getBundleContext() != null) {
            for (Bundle candidate : self.getBundleContext().getBundles()) {
                if (bundleName.equals(candidate.getSymbolicName())) {
                    bundle = candidate;
                }
            }
        }
        URL url = bundle == null ? null : bundle.getEntry(file);
        if (url == null) {
            throw new IOException("file not found in bundle " + bundleName);
        }
        return read(url);
    }

    /** Reads a MissionConfiguration XMI file, for example one inside a bundle. */
    public static MissionConfiguration read(URL url) throws IOException {
        ObjectResource resource = new ObjectResource(URI.createURI(url.toString()));
        try (InputStream in = url.openStream()) {
            resource.load(in, Map.of());
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof MissionConfiguration config)) {
            throw new IOException(url + ": not a MissionConfiguration file");
        }
        resource.getContents().clear();
        return config;
    }

    /**
     * Adds what {@code extension} has and {@code base} lacks: classification levels, scales,
     * scale levels, taxonomies and terms, by code or name; replaces risk cells for the same
     * likelihood and impact; takes the mission name and country when given. Nothing is removed.
     */
    public static void extend(MissionConfiguration base, MissionConfiguration extension) {
        if (extension.getMission() != null && !extension.getMission().isBlank()) {
            base.setMission(extension.getMission());
        }
        if (extension.getCountry() != null && !extension.getCountry().isBlank()) {
            base.setCountry(extension.getCountry());
        }
        addLevels(base.getClassifications(), extension.getClassifications());
        for (Scale scale : extension.getScales()) {
            Scale existing = base.getScales().stream().filter(s -> s.getName().equals(scale.getName())).findFirst().orElse(null);
            if (existing == null) {
                base.getScales().add(EcoreUtil.copy(scale));
            } else {
                addLevels(existing.getLevels(), scale.getLevels());
            }
        }
        for (Taxonomy taxonomy : extension.getTaxonomies()) {
            Taxonomy existing = base.getTaxonomies().stream().filter(t -> t.getName().equals(taxonomy.getName())).findFirst().orElse(null);
            if (existing == null) {
                base.getTaxonomies().add(EcoreUtil.copy(taxonomy));
            } else {
                addTerms(existing.getTerms(), taxonomy.getTerms());
            }
        }
        if (extension.getRiskMatrix() != null && base.getRiskMatrix() != null) {
            for (RiskCell cell : extension.getRiskMatrix().getCells()) {
                base.getRiskMatrix().getCells().removeIf(c -> c.getLikelihood().equals(cell.getLikelihood()) && c.getImpact().equals(cell.getImpact()));
                base.getRiskMatrix().getCells().add(EcoreUtil.copy(cell));
            }
        } else if (extension.getRiskMatrix() != null) {
            base.setRiskMatrix(EcoreUtil.copy(extension.getRiskMatrix()));
        }
    }

    private static void addLevels(List<Level> into, List<Level> from) {
        for (Level level : from) {
            if (into.stream().noneMatch(l -> l.getCode().equals(level.getCode()))) {
                into.add(EcoreUtil.copy(level));
            }
        }
    }

    private static void addTerms(List<Term> into, List<Term> from) {
        for (Term term : from) {
            Term existing = into.stream().filter(t -> t.getCode().equals(term.getCode())).findFirst().orElse(null);
            if (existing == null) {
                into.add(EcoreUtil.copy(term));
            } else {
                addTerms(existing.getTerms(), term.getTerms());
            }
        }
    }
}
