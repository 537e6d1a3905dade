package mosaic.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The versions of Mosaic and of the major components it is built on, as installed in the running
 * framework. Analysts quote these in support requests and accreditation paperwork, so the list names
 * the components they recognise rather than bundle ids.
 *
 * <p>The lookup is a pure function of "which bundle has which version" so it is tested without OSGi;
 * {@link #ofRunningFramework()} feeds it from the live bundle context.
 */
public final class ComponentVersions {

    /** One line of the list: a component as analysts name it, and its version. */
    public record Component(String name, String version, String bundle) {
        public Component {
            Objects.requireNonNull(name);
            Objects.requireNonNull(version);
        }
    }

    /**
     * The components reported, in display order, each with the bundles that identify it (the first
     * one installed wins). A component none of whose bundles is installed is left out: the headless
     * CLI has no workbench, and a mission build may drop reports.
     */
    private static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();
    static {
        KNOWN.put("Mosaic", List.of("mosaic.core"));
        KNOWN.put("Eclipse Platform (workbench)", List.of("org.eclipse.ui.workbench"));
        KNOWN.put("Eclipse e4 workbench", List.of("org.eclipse.e4.ui.workbench"));
        KNOWN.put("SWT", List.of("org.eclipse.swt"));
        KNOWN.put("Equinox OSGi", List.of("org.eclipse.osgi"));
        KNOWN.put("Eclipse runtime", List.of("org.eclipse.core.runtime"));
        KNOWN.put("EMF", List.of("org.eclipse.emf.ecore"));
        KNOWN.put("GEF", List.of("org.eclipse.gef"));
        KNOWN.put("Draw2d", List.of("org.eclipse.draw2d"));
        KNOWN.put("BIRT report engine", List.of("org.eclipse.birt.report.engine"));
        KNOWN.put("Apache Lucene", List.of("org.apache.lucene.core", "wrapped.org.apache.lucene.lucene-core"));
        KNOWN.put("JGit", List.of("org.eclipse.jgit"));
        KNOWN.put("Eclipse ELK", List.of("org.eclipse.elk.core"));
        KNOWN.put("JGraphT", List.of("org.jgrapht.core"));
        KNOWN.put("Apache PDFBox", List.of("org.apache.pdfbox"));
        KNOWN.put("Apache POI", List.of("org.apache.poi", "wrapped.org.apache.poi.poi"));
    }

    private final List<Component> components;

    private ComponentVersions(List<Component> components) {
        this.components = Collections.unmodifiableList(components);
    }

    /**
     * Builds the list from a lookup of installed bundle versions.
     *
     * @param installedVersion bundle symbolic name to version string, {@code null} when not installed
     * @param javaVersion the Java runtime version to report last
     */
    public static ComponentVersions of(Function<String, String> installedVersion, String javaVersion) {
        List<Component> list = new ArrayList<>();
        KNOWN.forEach((name, bundles) -> {
            for (String bundle : bundles) {
                String version = installedVersion.apply(bundle);
                if (version != null) {
                    list.add(new Component(name, version, bundle));
                    return;
                }
            }
        });
        list.add(new Component("Java runtime", javaVersion, null));
        return new ComponentVersions(list);
    }

    /** The versions in the running framework (the highest version where several are installed). */
    public static ComponentVersions ofRunningFramework() {
        Bundle self = FrameworkUtil.getBundle(ComponentVersions.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        Map<String, String> versions = new java.util.HashMap<>();
        if (context != null) {
            Map<String, org.osgi.framework.Version> highest = new java.util.HashMap<>();
            for (Bundle bundle : context.getBundles()) {
                if (bundle.getSymbolicName() == null) {
                    continue;
                }
                highest.merge(bundle.getSymbolicName(), bundle.getVersion(),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            highest.forEach((name, version) -> versions.put(name, version.toString()));
        }
        return of(versions::get, Runtime.version().toString());
    }

    public List<Component> components() {
        return components;
    }

    /** The version of Mosaic itself, or "development" outside a built product. */
    public String mosaicVersion() {
        return components.stream().filter(c -> "Mosaic".equals(c.name())).map(Component::version)
                .findFirst().orElse("development");
    }

    /** A human-readable table: one component a line, names padded to one column. */
    public String toText() {
        int width = components.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Component c : components) {
            out.append(String.format("%-" + width + "s  %s%n", c.name(), c.version()));
        }
        return out.toString();
    }

    /** A JSON object: {@code {"mosaic": "...", "components": [{"name", "version", "bundle"}]}}. */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\"mosaic\":").append(Json.quote(mosaicVersion()))
                .append(",\"components\":[");
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"name\":").append(Json.quote(c.name())).append(",\"version\":")
                    .append(Json.quote(c.version())).append(",\"bundle\":")
                    .append(c.bundle() == null ? "null" : Json.quote(c.bundle())).append('}');
        }
        return out.append("]}").toString();
    }
}
