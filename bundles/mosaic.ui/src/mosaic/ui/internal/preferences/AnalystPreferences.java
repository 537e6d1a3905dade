package mosaic.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The analyst's preferences, per user (instance scope): who they are for provenance, their
 * component, the clearance used for display, and the recent workspaces.
 */
public final class AnalystPreferences {

    public static final String USER = "user.name";
    public static final String COMPONENT = "user.component";
    public static final String CLEARANCE = "user.clearance";
    public static final String COMPARTMENTS = "user.compartments";
    /** The value of {@link #COMPARTMENTS} that reads the analyst into every compartment the mission lists. */
    public static final String ALL_COMPARTMENTS = "*";
    public static final String RECENT = "workspaces.recent";
    private static final int RECENT_MAX = 8;

    private static ScopedPreferenceStore store;

    private AnalystPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "mosaic.ui");
            store.setDefault(USER, System.getProperty("user.name", "analyst"));
            store.setDefault(COMPONENT, "JMAC");
            store.setDefault(CLEARANCE, "STRICTLY_CONFIDENTIAL");
            store.setDefault(COMPARTMENTS, ALL_COMPARTMENTS);
        }
        return store;
    }

    public static String user() {
        return store().getString(USER);
    }

    public static String component() {
        return store().getString(COMPONENT);
    }

    /** Classification code up to which objects are shown. */
    public static String clearance() {
        return store().getString(CLEARANCE);
    }

    /**
     * Compartments the analyst is read into, comma-separated, or {@link #ALL_COMPARTMENTS} for
     * every compartment of the mission (the default: display filtering is a convenience, the
     * repositories a workspace mounts are the real gate).
     */
    public static String compartments() {
        return store().getString(COMPARTMENTS);
    }

    /** Recent workspace folders, most recent first. */
    public static List<String> recent() {
        String value = store().getString(RECENT);
        List<String> result = new ArrayList<>();
        for (String path : value.split("\n")) {
            if (!path.isBlank()) {
                result.add(path);
            }
        }
        return result;
    }

    public static void addRecent(String path) {
        List<String> list = new ArrayList<>(recent());
        list.remove(path);
        list.add(0, path);
        store().setValue(RECENT, String.join("\n", list.subList(0, Math.min(RECENT_MAX, list.size()))));
        save();
    }

    public static void save() {
        try {
            ((ScopedPreferenceStore) store()).save();
        } catch (java.io.IOException e) {
            // preferences are a convenience; the workspace is unaffected
        }
    }
}
