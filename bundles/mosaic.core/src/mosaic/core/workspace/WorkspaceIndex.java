package mosaic.core.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import mosaic.model.MosaicObject;
import mosaic.model.kinds.Kinds;

/**
 * The loaded objects of a {@link Workspace}: by id, by kind (each kind ordered by id), the
 * resource set that holds their files, and who refers to whom.
 */
final class WorkspaceIndex {

    private final Map<String, MosaicObject> objects = new HashMap<>();
    private final LocalResourceSet resourceSet = new LocalResourceSet(objects);
    private final Map<EClass, Map<String, MosaicObject>> byKind = new LinkedHashMap<>();

    WorkspaceIndex() {
        for (EClass kind : Kinds.all()) {
            byKind.put(kind, new TreeMap<>());
        }
    }

    ResourceSet resourceSet() {
        return resourceSet;
    }

    /** Adds a file to the resource set, indexed by its URI. */
    void addResource(Resource resource) {
        resourceSet.getResources().add(resource);
        resourceSet.index(resource);
    }

    /** Indexes an object whose file is in the resource set. */
    void put(MosaicObject object) {
        objects.put(object.getId(), object);
        byKind.get(object.eClass()).put(object.getId(), object);
    }

    /** Forgets an object and its file. */
    void remove(MosaicObject object) {
        Resource resource = object.eResource();
        objects.remove(object.getId());
        byKind.get(object.eClass()).remove(object.getId());
        if (resource != null) {
            resource.getContents().remove(object);
            resourceSet.getResources().remove(resource);
            resourceSet.getURIResourceMap().remove(resource.getURI());
        }
    }

    /** Unloads every file and forgets every object. */
    void clear() {
        for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
            resource.unload();
        }
        resourceSet.getResources().clear();
        resourceSet.getURIResourceMap().clear();
        objects.clear();
        byKind.values().forEach(Map::clear);
    }

    MosaicObject get(String id) {
        return objects.get(id);
    }

    boolean contains(String id) {
        return objects.containsKey(id);
    }

    /** Every object, in no particular order. */
    Collection<MosaicObject> values() {
        return objects.values();
    }

    /** The objects of one kind (exactly that class), ordered by id. */
    @SuppressWarnings("unchecked")
    <T extends MosaicObject> List<T> objects(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Map.Entry<EClass, Map<String, MosaicObject>> entry : byKind.entrySet()) {
            if (type.isAssignableFrom(entry.getKey().getInstanceClass())) {
                result.addAll((Collection<T>) entry.getValue().values());
            }
        }
        return result;
    }

    /** The objects of one kind, ordered by id. */
    List<MosaicObject> objects(EClass kind) {
        Map<String, MosaicObject> ofKind = byKind.get(kind);
        return ofKind == null ? List.of() : List.copyOf(ofKind.values());
    }

    /** Every object, grouped by kind in model order, each kind ordered by id. */
    List<MosaicObject> all() {
        List<MosaicObject> all = new ArrayList<>(objects.size());
        byKind.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    int size() {
        return objects.size();
    }

    /** Number of loaded objects per kind name, every kind present (0 when none). */
    Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byKind.forEach((kind, ofKind) -> counts.put(Kinds.name(kind), ofKind.size()));
        return counts;
    }

    /** Objects that refer to {@code object}. */
    List<MosaicObject> referencesTo(MosaicObject object) {
        List<MosaicObject> referrers = new ArrayList<>();
        for (MosaicObject candidate : all()) {
            if (candidate != object && refersTo(candidate, object)) {
                referrers.add(candidate);
            }
        }
        return referrers;
    }

    private static boolean refersTo(MosaicObject candidate, MosaicObject target) {
        List<EObject> holders = new ArrayList<>();
        holders.add(candidate);
        candidate.eAllContents().forEachRemaining(holders::add);
        for (EObject holder : holders) {
            for (EReference reference : holder.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                Object value = holder.eGet(reference, true);
                if (reference.isMany() ? ((Collection<?>) value).contains(target) : value == target) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A resource set that resolves only among loaded files and never reads a file on demand.
     * Every file is indexed by its URI when it is added, so that resolving a reference is one
     * hash lookup (EMF's own lookup scans all resources the first time it meets a URI).
     */
    private static final class LocalResourceSet extends ResourceSetImpl {
        private final Map<String, MosaicObject> objectsById;

        LocalResourceSet(Map<String, MosaicObject> objectsById) {
            this.objectsById = objectsById;
            setURIResourceMap(new HashMap<>());
        }

        /**
         * Resolves by file, and when no loaded file has that address, by the object's id: an
         * object moved between the workspace and a compartment is still found by references
         * written before the move.
         */
        @Override
        public EObject getEObject(URI uri, boolean loadOnDemand) {
            EObject found = super.getEObject(uri, false);
            if (found == null && uri.hasFragment()) {
                found = objectsById.get(uri.fragment());
            }
            return found;
        }

        void index(Resource resource) {
            getURIResourceMap().put(resource.getURI(), resource);
        }

        @Override
        public Resource getResource(URI uri, boolean loadOnDemand) {
            Resource resource = getURIResourceMap().get(uri);
            return resource != null ? resource : super.getResource(uri, false);
        }
    }
}
