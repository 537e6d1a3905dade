package mosaic.core.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;

/**
 * What to do when an object's file changed on disk after it was loaded, because another process
 * (or another open workspace) saved it: a three-way comparison of each field of the object as it
 * was loaded (the base), as this writer has it, and as the file now holds it. Fields only the other
 * writer changed are taken into this writer's object, so that its save keeps them; a field both
 * changed, to different values, is a conflict and the save is refused. Never last writer wins.
 */
final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /**
     * Takes into {@code ours} the fields that changed between {@code base} and {@code theirs} and
     * that {@code ours} left as they were in the base.
     *
     * @return the names of the fields both changed to different values (nothing was taken then)
     */
    static List<String> merge(MosaicObject ours, EObject base, EObject theirs, ResourceSet resources) {
        List<String> conflicts = new ArrayList<>();
        List<EStructuralFeature> theirsOnly = new ArrayList<>();
        if (base.eClass() != ours.eClass() || theirs.eClass() != ours.eClass()) {
            return List.of("kind");
        }
        for (EStructuralFeature feature : ours.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || feature.isVolatile()
                || feature == MosaicPackage.Literals.MOSAIC_OBJECT__PROVENANCE) {
                continue; // provenance is stamped by the save itself
            }
            boolean oursChanged = !same(base, ours, feature);
            boolean theirsChanged = !same(base, theirs, feature);
            if (oursChanged && theirsChanged && !same(ours, theirs, feature)) {
                conflicts.add(feature.getName());
            } else if (theirsChanged && !oursChanged) {
                theirsOnly.add(feature);
            }
        }
        if (!conflicts.isEmpty()) {
            return conflicts;
        }
        for (EStructuralFeature feature : theirsOnly) {
            take(ours, theirs, feature, resources);
        }
        return List.of();
    }

    private static boolean same(EObject a, EObject b, EStructuralFeature feature) {
        if (feature instanceof EAttribute) {
            return Objects.equals(a.eGet(feature), b.eGet(feature));
        }
        EReference reference = (EReference) feature;
        List<EObject> as = values(a, reference);
        List<EObject> bs = values(b, reference);
        if (reference.isContainment()) {
            return new ByAddress().equals(as, bs);
        }
        return addresses(as).equals(addresses(bs));
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject holder, EReference reference) {
        Object value = holder.eGet(reference, false);
        if (reference.isMany()) {
            return new ArrayList<>((Collection<EObject>) value);
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    /** References to other objects compared by the id they point at, wherever the object was parsed. */
    private static List<String> addresses(List<EObject> targets) {
        List<String> addresses = new ArrayList<>(targets.size());
        for (EObject target : targets) {
            addresses.add(address(target));
        }
        return addresses;
    }

    private static String address(EObject target) {
        URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
        return uri.hasFragment() ? uri.fragment() : uri.toString();
    }

    /** Deep equality of contained objects, with references out of them compared by address. */
    private static final class ByAddress extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
            if (reference.isContainment() || reference.isContainer()) {
                return super.haveEqualReference(a, b, reference);
            }
            return addresses(ConcurrentChanges.values(a, reference)).equals(addresses(ConcurrentChanges.values(b, reference)));
        }
    }

    @SuppressWarnings("unchecked")
    private static void take(EObject ours, EObject theirs, EStructuralFeature feature, ResourceSet resources) {
        if (!theirs.eIsSet(feature)) {
            ours.eUnset(feature);
            return;
        }
        Object value = theirs.eGet(feature, false);
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                value = reference.isMany() ? EcoreUtil.copyAll((Collection<EObject>) value) : EcoreUtil.copy((EObject) value);
            } else if (reference.isMany()) {
                List<EObject> targets = new ArrayList<>();
                for (EObject target : (Collection<EObject>) value) {
                    targets.add(local(target, resources));
                }
                value = targets;
            } else {
                value = local((EObject) value, resources);
            }
        }
        ours.eSet(feature, value);
    }

    /** The object a reference parsed elsewhere points at, as loaded here, or the reference itself. */
    private static EObject local(EObject target, ResourceSet resources) {
        if (target != null && target.eIsProxy()) {
            EObject loaded = resources.getEObject(((InternalEObject) target).eProxyURI(), false);
            if (loaded != null) {
                return loaded;
            }
        }
        return target;
    }

    /** The message of a refused save. */
    static String conflictMessage(List<String> fields) {
        return String.join(", ", fields) + (fields.size() == 1 ? " was" : " were")
            + " changed by another writer since it was loaded, to another value; not saved (reload, then make the change again)";
    }

    static EObject parse(Path file, byte[] bytes, String where) throws IOException {
        try {
            return ObjectFiles.parse(file, bytes);
        } catch (IOException | RuntimeException e) {
            throw new IOException(where + ": changed by another writer since it was loaded, and cannot be read now (" + e.getMessage()
                + "); not saved");
        }
    }
}
