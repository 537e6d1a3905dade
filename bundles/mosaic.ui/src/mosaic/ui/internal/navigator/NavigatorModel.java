package mosaic.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

import mosaic.core.workspace.Workspace;
import mosaic.model.MosaicObject;
import mosaic.model.NamedObject;
import mosaic.model.kinds.Kinds;

/** What the navigator shows: the kinds, each with the objects that pass the filter, sorted. */
final class NavigatorModel {

    /** A kind of object and its visible objects. */
    static final class KindNode {
        final EClass kind;
        final int total;
        final List<MosaicObject> visible;

        KindNode(EClass kind, int total, List<MosaicObject> visible) {
            this.kind = kind;
            this.total = total;
            this.visible = visible;
        }

        String label(boolean filtered) {
            String name = Kinds.displayName(kind);
            String plural = name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
            return filtered ? plural + " (" + visible.size() + " of " + total + ")" : plural + " (" + total + ")";
        }
    }

    private final Map<MosaicObject, String[]> keys = new HashMap<>();
    private final Map<EClass, List<MosaicObject>> sorted = new HashMap<>();
    private List<KindNode> nodes = List.of();
    private final Map<MosaicObject, KindNode> nodeOf = new HashMap<>();

    private int hidden;

    NavigatorModel(Workspace workspace, java.util.function.Predicate<MosaicObject> cleared) {
        if (workspace == null) {
            return;
        }
        for (EClass kind : Kinds.all()) {
            List<MosaicObject> objects = new ArrayList<>();
            for (MosaicObject object : workspace.objects(kind)) {
                if (cleared.test(object)) {
                    objects.add(object);
                } else {
                    hidden++;
                }
            }
            objects.sort(Comparator.comparing((MosaicObject o) -> Kinds.title(o).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(MosaicObject::getId));
            sorted.put(kind, objects);
            for (MosaicObject object : objects) {
                keys.put(object, keysOf(object));
            }
        }
        filter("");
    }

    private static String[] keysOf(MosaicObject object) {
        List<String> names = new ArrayList<>();
        names.add(Matching.key(Kinds.title(object)));
        if (object instanceof NamedObject named) {
            for (String alias : named.getAliases()) {
                names.add(Matching.key(alias));
            }
        }
        return names.toArray(String[]::new);
    }

    /** Keeps the objects whose title or an alias contains the query (see {@link Matching}). */
    void filter(String query) {
        String key = Matching.key(query);
        List<KindNode> result = new ArrayList<>();
        nodeOf.clear();
        for (EClass kind : Kinds.all()) {
            List<MosaicObject> all = sorted.getOrDefault(kind, List.of());
            List<MosaicObject> visible;
            if (key.isEmpty()) {
                visible = all;
            } else {
                visible = new ArrayList<>();
                for (MosaicObject object : all) {
                    for (String name : keys.get(object)) {
                        if (name.contains(key)) {
                            visible.add(object);
                            break;
                        }
                    }
                }
            }
            KindNode node = new KindNode(kind, all.size(), visible);
            result.add(node);
            for (MosaicObject object : visible) {
                nodeOf.put(object, node);
            }
        }
        nodes = result;
    }

    /** Objects above the analyst's clearance, left out. */
    int hidden() {
        return hidden;
    }

    List<KindNode> nodes() {
        return nodes;
    }

    KindNode nodeOf(MosaicObject object) {
        return nodeOf.get(object);
    }

    /** The alias that matched the query, when the title did not; else null. */
    String matchedAlias(MosaicObject object, String query) {
        String key = Matching.key(query);
        if (key.isEmpty() || !(object instanceof NamedObject named) || Matching.key(named.getName()).contains(key)) {
            return null;
        }
        for (String alias : named.getAliases()) {
            if (Matching.key(alias).contains(key)) {
                return alias;
            }
        }
        return null;
    }
}
