package mosaic.model.kinds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;

import mosaic.model.Assessment;
import mosaic.model.Event;
import mosaic.model.InformationRequirement;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.NamedObject;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.Threat;

/**
 * The kinds of top-level objects: every concrete subclass of {@link MosaicObject}. A kind's
 * name is its class name in lower case ("actor", "informationrequirement"); it names the
 * workspace folder its objects live in and the key used in statistics.
 */
public final class Kinds {

    private static final Map<String, EClass> BY_NAME;

    static {
        Map<String, EClass> kinds = new LinkedHashMap<>();
        for (EClassifier classifier : MosaicPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()
                && MosaicPackage.Literals.MOSAIC_OBJECT.isSuperTypeOf(eClass)) {
                kinds.put(name(eClass), eClass);
            }
        }
        BY_NAME = Collections.unmodifiableMap(kinds);
    }

    private Kinds() {
    }

    /** Every kind, in the order of the model. */
    public static List<EClass> all() {
        return new ArrayList<>(BY_NAME.values());
    }

    /** Kind names, in the order of the model. */
    public static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    public static String name(EClass eClass) {
        return eClass.getName().toLowerCase(Locale.ROOT);
    }

    public static Optional<EClass> byName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** "Information requirement" for InformationRequirement. */
    public static String displayName(EClass eClass) {
        String name = eClass.getName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words an analyst knows an object by: name, title or code. */
    public static String title(EObject object) {
        String title = null;
        if (object instanceof NamedObject named) {
            title = named.getName();
        } else if (object instanceof Event event) {
            title = event.getTitle();
        } else if (object instanceof Threat threat) {
            title = threat.getTitle();
        } else if (object instanceof Report report) {
            title = report.getTitle();
        } else if (object instanceof Assessment assessment) {
            title = assessment.getTitle();
        } else if (object instanceof InformationRequirement requirement) {
            title = requirement.getCode();
        } else if (object instanceof Relation relation) {
            title = relation.getType();
        }
        return title == null || title.isBlank() ? "(untitled)" : title;
    }

    /** Sets the words an analyst knows an object by: the field {@link #title} reads. */
    public static void setTitle(EObject object, String title) {
        switch (object) {
            case NamedObject named -> named.setName(title);
            case Event event -> event.setTitle(title);
            case Threat threat -> threat.setTitle(title);
            case Report report -> report.setTitle(title);
            case Assessment assessment -> assessment.setTitle(title);
            case InformationRequirement requirement -> requirement.setCode(title);
            case Relation relation -> relation.setType(title);
            default -> throw new IllegalArgumentException("no title field in " + object.eClass().getName());
        }
    }

    /**
     * How messages name an object: {@code Actor 'Kamako Defence Front' [3f2a9c1e]}. Objects
     * inside a top-level object are named through it.
     */
    public static String describe(EObject object) {
        EObject top = object;
        while (top != null && !(top instanceof MosaicObject) && top.eContainer() != null) {
            top = top.eContainer();
        }
        String what = displayName(object.eClass());
        if (top instanceof MosaicObject mosaicObject) {
            String id = mosaicObject.getId();
            String shortId = id == null ? "no id" : id.length() > 8 ? id.substring(0, 8) : id;
            String self = displayName(top.eClass()) + " '" + title(top) + "' [" + shortId + "]";
            return top == object ? self : self + ", " + what.toLowerCase(Locale.ROOT);
        }
        return what;
    }
}
