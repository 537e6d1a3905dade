package mosaic.ops;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The fields of a model object as text, the same way for showing, comparing and merging.
 *
 * <p>A field is named by its feature, with single contained objects flattened into dotted
 * names ({@code marking.classification}). Attribute values are written as EMF writes them in
 * files; a reference is written as the id of its target; a contained object inside a list
 * (evidence, attributes, capabilities...) is written whole, as {@code Kind{field=value, ...}}.
 * Many-valued fields are lists of such texts.</p>
 */
public final class Fields {

    private Fields() {
    }

    /** Whether a feature holds analysis data (not derived, not a back pointer). */
    public static boolean isData(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
            && !(feature instanceof EReference reference && reference.isContainer());
    }

    /**
     * Every field of {@code object} that is set, in model order, flattened; many-valued fields
     * joined with {@code ", "} — for showing and comparing.
     */
    public static Map<String, String> of(EObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        collect("", object, fields);
        return fields;
    }

    private static void collect(String prefix, EObject object, Map<String, String> fields) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (!isData(feature) || !object.eIsSet(feature)) {
                continue;
            }
            String name = prefix + feature.getName();
            Object value = object.eGet(feature, false);
            if (feature instanceof EReference reference && reference.isContainment() && !feature.isMany()) {
                collect(name + ".", (EObject) value, fields);
            } else if (feature.isMany()) {
                fields.put(name, String.join(", ", texts(feature, (Collection<?>) value)));
            } else {
                fields.put(name, text(feature, value));
            }
        }
    }

    /** Each element of a many-valued field as text. */
    public static List<String> texts(EStructuralFeature feature, Collection<?> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            texts.add(text(feature, value));
        }
        return texts;
    }

    /** One value of {@code feature} as text; {@code null} as the empty string. */
    public static String text(EStructuralFeature feature, Object value) {
        if (value == null) {
            return "";
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            String text = EcoreUtil.convertToString(type, value);
            return text == null ? "" : text;
        }
        EReference reference = (EReference) feature;
        EObject target = (EObject) value;
        if (reference.isContainment()) {
            return whole(target);
        }
        return targetId(target);
    }

    /** The id of a referenced object, from its proxy address when it is not loaded. */
    public static String targetId(EObject target) {
        if (target instanceof InternalEObject internal && internal.eIsProxy()) {
            URI uri = internal.eProxyURI();
            return uri.hasFragment() ? uri.fragment() : uri.toString();
        }
        String id = EcoreUtil.getID(target);
        return id != null ? id : EcoreUtil.getURI(target).fragment();
    }

    /** A contained object written whole, every set field included, so equal text means equal content. */
    public static String whole(EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
        boolean first = true;
        for (Map.Entry<String, String> field : of(object).entrySet()) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            text.append(field.getKey()).append('=').append(field.getValue());
        }
        return text.append('}').toString();
    }

    /** Field by field differences: name to {old, new}, for every field set on either side. */
    public static Map<String, String[]> diff(EObject before, EObject after) {
        Map<String, String> old = before == null ? Map.of() : of(before);
        Map<String, String> now = after == null ? Map.of() : of(after);
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : old.entrySet()) {
            String value = now.getOrDefault(field.getKey(), "");
            if (!value.equals(field.getValue())) {
                changes.put(field.getKey(), new String[] {field.getValue(), value});
            }
        }
        for (Map.Entry<String, String> field : now.entrySet()) {
            if (!old.containsKey(field.getKey()) && !field.getValue().isEmpty()) {
                changes.put(field.getKey(), new String[] {"", field.getValue()});
            }
        }
        return changes;
    }
}
