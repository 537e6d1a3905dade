package mosaic.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import mosaic.reports.DataSetProvider;
import mosaic.reports.ReportException;

/**
 * The data sets contributed to the {@value #EXTENSION_POINT} extension point: Mosaic's own
 * (contributed by this bundle, read first) and those of mission plug-ins (then in bundle name
 * order). A contribution that cannot be used is left out and described in {@link #problems()};
 * a name contributed twice keeps the first.
 */
public final class DataSetRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "mosaic.reports.dataSets";

    private static final String SELF = "mosaic.reports";

    /**
     * A contributed data set.
     *
     * @param name the name designs use
     * @param columns its columns, in order
     * @param contributor the contributing bundle
     */
    public record Entry(String name, List<String> columns, String contributor, IConfigurationElement element) {

        /** A new provider instance. */
        public DataSetProvider provider() throws ReportException {
            try {
                Object created = element.createExecutableExtension("class");
                if (created instanceof DataSetProvider provider) {
                    return provider;
                }
                throw new ReportException("data set '" + name + "' of " + contributor + ": " + created.getClass().getName() + " is not a "
                    + DataSetProvider.class.getName());
            } catch (CoreException e) {
                throw new ReportException("data set '" + name + "' of " + contributor + ": class " + element.getAttribute("class")
                    + " cannot be created: " + e.getMessage(), e);
            }
        }
    }

    private final Map<String, Entry> dataSets = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the registry as it is now. */
    public static DataSetRegistry read() {
        DataSetRegistry result = new DataSetRegistry();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            result.problems.add("no extension registry: not running inside Equinox, so no data sets are known");
            return result;
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing((IConfigurationElement e) -> !SELF.equals(e.getContributor().getName()))
            .thenComparing(e -> e.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            if ("dataSet".equals(element.getName())) {
                result.add(element);
            }
        }
        return result;
    }

    private void add(IConfigurationElement element) {
        String bundleName = element.getContributor().getName();
        String name = element.getAttribute("name");
        String where = bundleName + " (" + EXTENSION_POINT + ")";
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(where + ": data set name '" + name + "' is not lower-case words joined by '-'; data set left out");
            return;
        }
        if (dataSets.containsKey(name)) {
            problems.add(where + ": data set '" + name + "' is already contributed by " + dataSets.get(name).contributor() + "; this one is left out");
            return;
        }
        String columnList = element.getAttribute("columns");
        List<String> columns = columnList == null ? List.of()
            : Arrays.stream(columnList.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
        if (columns.isEmpty() || columns.stream().anyMatch(c -> !c.matches("[A-Za-z_][A-Za-z0-9_]*"))
            || new LinkedHashSet<>(columns).size() != columns.size()) {
            problems.add(where + ": data set '" + name + "' has columns '" + columnList
                + "', not distinct names of letters, digits and '_' separated by ','; data set left out");
            return;
        }
        if (element.getAttribute("class") == null || element.getAttribute("class").isBlank()) {
            problems.add(where + ": data set '" + name + "' names no class; data set left out");
            return;
        }
        dataSets.put(name, new Entry(name, columns, bundleName, element));
    }

    /** The usable data sets by name. */
    public Map<String, Entry> dataSets() {
        return dataSets;
    }

    /** Contributions left out, each naming the bundle and the problem. */
    public List<String> problems() {
        return problems;
    }
}
