package mosaic.reports.internal;

import java.net.URL;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import mosaic.reports.DesignInfo;
import mosaic.reports.ParameterInfo;

/**
 * The designs contributed to the {@value #EXTENSION_POINT} extension point (Mosaic's own are
 * contributed the same way, by this bundle). A contribution that cannot be used is left out and
 * described in {@link #problems()}; when two bundles contribute the same name, the first bundle
 * in name order wins and the other is a problem.
 */
public final class DesignRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "mosaic.reports.designs";

    private final Map<String, DesignEntry> designs = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the registry as it is now. */
    public static DesignRegistry read() {
        DesignRegistry result = new DesignRegistry();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            result.problems.add("no extension registry: not running inside Equinox, so no designs are known");
            return result;
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            if ("design".equals(element.getName())) {
                result.add(element);
            }
        }
        return result;
    }

    private void add(IConfigurationElement element) {
        String bundleName = element.getContributor().getName();
        String name = element.getAttribute("name");
        String file = element.getAttribute("file");
        String where = bundleName + "/" + file;
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(where + ": design name '" + name + "' is not lower-case words joined by '-'; design left out");
            return;
        }
        if (designs.containsKey(name)) {
            problems.add(where + ": design '" + name + "' is already contributed by " + designs.get(name).info().contributor()
                + "; this one is left out");
            return;
        }
        URL url = find(bundleName, file);
        if (url == null) {
            problems.add(where + ": design file not found in bundle " + bundleName + "; design '" + name + "' left out");
            return;
        }
        String period = element.getAttribute("defaultPeriod");
        if (period == null || period.isBlank()) {
            period = "all";
        } else if (!period.equals("all")) {
            try {
                Period.parse(period);
            } catch (DateTimeParseException e) {
                problems.add(where + ": defaultPeriod '" + period + "' is neither 'all' nor an ISO-8601 period such as P7D; design '" + name + "' left out");
                return;
            }
        }
        List<ParameterInfo> parameters = new ArrayList<>();
        Selection.COMMON.forEach((key, description) -> parameters.add(new ParameterInfo(key, description, false)));
        for (IConfigurationElement p : element.getChildren("parameter")) {
            String key = p.getAttribute("name");
            if (key == null || Selection.COMMON.containsKey(key) || !key.equals("actor")) {
                problems.add(where + ": parameter '" + key + "' is not one Mosaic computes (design-specific parameters: actor); ignored");
                continue;
            }
            parameters.add(new ParameterInfo(key, String.valueOf(p.getAttribute("description")), Boolean.parseBoolean(p.getAttribute("required"))));
        }
        DesignInfo info = new DesignInfo(name, orElse(element.getAttribute("title"), name), orElse(element.getAttribute("description"), ""),
            bundleName, parameters);
        designs.put(name, new DesignEntry(info, url, period));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static URL find(String bundleName, String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        Bundle self = FrameworkUtil.getBundle(DesignRegistry.class);
        if (self == null || self.getBundleContext() == null) {
            return null;
        }
        for (Bundle candidate : self.getBundleContext().getBundles()) {
            if (bundleName.equals(candidate.getSymbolicName())) {
                return candidate.getEntry(file);
            }
        }
        return null;
    }

    /** The usable designs by name, in the order of their contributing bundles. */
    public Map<String, DesignEntry> designs() {
        return designs;
    }

    /** Contributions left out, each naming the bundle, the file and the problem. */
    public List<String> problems() {
        return problems;
    }
}
