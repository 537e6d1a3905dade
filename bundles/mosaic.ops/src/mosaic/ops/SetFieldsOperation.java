package mosaic.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Marking;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.kinds.Kinds;

/**
 * Sets fields of workspace objects from text, through an editing domain made by
 * {@link Editing} (the workbench's item providers and commands, with the domain rules), for the
 * {@code set} command, scripting, tests and conflict resolution. A classification is lowered
 * only when {@link #allowLowering(boolean) asked to}, as the workbench asks before it lowers one.
 */
public final class SetFieldsOperation {

    private final Workspace workspace;
    private final MosaicEditingDomain domain;
    private boolean allowLowering;
    private Audience audience;

    /** Sets fields through a domain of its own on {@code workspace}'s resource set. */
    public SetFieldsOperation(Workspace workspace) {
        this(Editing.domain(workspace));
    }

    /** Sets fields through {@code domain} (the workbench's, so that its undo takes them back). */
    public SetFieldsOperation(MosaicEditingDomain domain) {
        this.workspace = domain.workspace();
        this.domain = domain;
    }

    /** The editing domain, whose command stack holds every change made here. */
    public MosaicEditingDomain domain() {
        return domain;
    }

    /** Whether a classification may be set lower than it is (default: refused). */
    public SetFieldsOperation allowLowering(boolean allow) {
        this.allowLowering = allow;
        return this;
    }

    /**
     * Names resolve only among the objects {@code reader} may see (default: every object, as in the
     * workbench): an object above the reader is found neither by id nor by name, and is not counted
     * when a name is ambiguous, so a hidden object gives exactly the answer of a missing one.
     */
    public SetFieldsOperation reader(Audience reader) {
        this.audience = reader;
        return this;
    }

    /**
     * The object with id {@code idOrName}, else the one object whose name or title is
     * {@code idOrName} (exactly, then ignoring case), among those the {@link #reader} may see.
     *
     * @throws IllegalArgumentException when there is none, or several (their ids listed)
     */
    public MosaicObject find(String idOrName) {
        var byId = workspace.get(idOrName).filter(this::readable);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<MosaicObject> exact = new ArrayList<>();
        List<MosaicObject> ignoringCase = new ArrayList<>();
        for (MosaicObject object : workspace.all()) {
            if (!readable(object)) {
                continue;
            }
            String title = Kinds.title(object);
            if (idOrName.equals(title)) {
                exact.add(object);
            } else if (title != null && idOrName.toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT))) {
                ignoringCase.add(object);
            }
        }
        List<MosaicObject> found = exact.isEmpty() ? ignoringCase : exact;
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no object with id or name '" + idOrName + "' in " + workspace.root());
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("'" + idOrName + "' names " + found.size() + " objects; give one of their ids: "
                + String.join(", ", found.stream().map(o -> o.getId() + " (" + Kinds.displayName(o.eClass()) + ")").toList()));
        }
        return found.get(0);
    }

    private boolean readable(MosaicObject object) {
        return audience == null || audience.permits(object);
    }

    /**
     * Sets {@code field} (dotted for contained objects, e.g. {@code marking.classification}) of
     * {@code object} from text: a many-valued field takes a comma-separated list, a reference
     * the id or unique name of its target, the empty text unsets.
     *
     * @throws IllegalArgumentException naming the field and value when they do not fit
     */
    public void set(MosaicObject object, String field, String value) {
        execute(command(object, field, value), object, field, value);
    }

    /**
     * The command {@link #set} executes, not yet executed: one command that also makes the
     * contained objects a dotted field passes through when they are missing (for a caller that
     * adds it to a command of its own, as {@link CreateOperation} does).
     *
     * @throws IllegalArgumentException naming the field and value when they do not fit
     * @throws LoweringRefusedException when it would lower a classification and lowering was not allowed
     */
    public Command command(MosaicObject object, String field, String value) {
        CompoundCommand steps = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Set " + field);
        EObject owner = owner(object, field, steps);
        EStructuralFeature feature = feature(owner, last(field), field);
        Object newValue;
        if (value.isEmpty()) {
            newValue = feature.isMany() ? List.of() : SetCommand.UNSET_VALUE;
        } else if (feature.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String part : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                values.add(single(feature, field, part));
            }
            newValue = values;
        } else {
            newValue = single(feature, field, value);
        }
        if (owner instanceof Marking marking && feature == MosaicPackage.Literals.MARKING__CLASSIFICATION
            && domain.lowers(marking, newValue == SetCommand.UNSET_VALUE ? null : newValue)) {
            if (!allowLowering) {
                refuseLowering(object, marking.getClassification(), newValue == SetCommand.UNSET_VALUE ? null : (String) newValue);
            }
            steps.append(domain.lowerClassification(marking, newValue == SetCommand.UNSET_VALUE ? null : (String) newValue));
        } else {
            steps.append(SetCommand.create(domain, owner, feature, newValue));
        }
        return steps.unwrap();
    }

    private void refuseLowering(MosaicObject object, String from, String to) {
        var rules = workspace.rules();
        if (from != null && rules.isClassification(from) && (to == null || rules.classificationRank(to) < rules.classificationRank(from))) {
            throw new LoweringRefusedException(Kinds.describe(object) + " is marked " + from + "; lowering it to "
                + (to == null ? "no classification" : to) + " would show it to everyone cleared for that");
        }
    }

    /** Thrown when a change would lower a classification and lowering was not allowed. */
    public static final class LoweringRefusedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        LoweringRefusedException(String message) {
            super(message);
        }
    }

    /** Sets {@code field} of {@code target} to the value it has in {@code source} (another version of the same object). */
    public void copyField(MosaicObject target, EObject source, String field) {
        EObject from = source;
        for (String step : path(field)) {
            if (from == null) {
                break;
            }
            from = (EObject) from.eGet(feature(from, step, field));
        }
        CompoundCommand steps = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Set " + field);
        EObject owner = owner(target, field, steps);
        EStructuralFeature feature = feature(owner, last(field), field);
        Object value = from == null || !from.eIsSet(from.eClass().getEStructuralFeature(feature.getName()))
            ? SetCommand.UNSET_VALUE : from.eGet(feature, false);
        if (value instanceof EObject contained && feature instanceof EReference reference) {
            value = reference.isContainment() ? EcoreUtil.copy(contained) : workspace.get(Fields.targetId(contained)).map(EObject.class::cast)
                .orElse(contained);
        }
        // settling a conflict is an explicit choice of a value, a lower classification included
        steps.append(owner instanceof Marking marking && feature == MosaicPackage.Literals.MARKING__CLASSIFICATION
            ? domain.lowerClassification(marking, value == SetCommand.UNSET_VALUE ? null : (String) value)
            : SetCommand.create(domain, owner, feature, value));
        execute(steps.unwrap(), target, field, Fields.text(feature, value == SetCommand.UNSET_VALUE ? null : value));
    }

    private void execute(Command command, MosaicObject object, String field, String value) {
        if (!command.canExecute()) {
            throw new IllegalArgumentException(Kinds.describe(object) + ": " + field + " cannot be set to '" + value + "'");
        }
        domain.getCommandStack().execute(command);
    }

    private Object single(EStructuralFeature feature, String field, String text) {
        if (feature instanceof EAttribute attribute) {
            try {
                return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(field + ": '" + text + "' is not a valid " + attribute.getEAttributeType().getName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
            }
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            throw new IllegalArgumentException(field + " holds contained objects; set their fields instead (" + field + ".FIELD=VALUE)");
        }
        MosaicObject target = find(text);
        if (!reference.getEReferenceType().isInstance(target)) {
            throw new IllegalArgumentException(field + ": " + Kinds.describe(target) + " is not a " + reference.getEReferenceType().getName());
        }
        return target;
    }

    /**
     * The object holding the last step of a dotted field; a missing contained object on the way
     * is made here and put in place by a command appended to {@code steps}.
     */
    private EObject owner(MosaicObject object, String field, CompoundCommand steps) {
        EObject owner = object;
        for (String step : path(field)) {
            EStructuralFeature feature = feature(owner, step, field);
            if (!(feature instanceof EReference reference) || !reference.isContainment() || reference.isMany()) {
                throw new IllegalArgumentException(field + ": " + step + " is not a contained object of " + owner.eClass().getName());
            }
            EObject next = (EObject) owner.eGet(feature);
            if (next == null) {
                next = EcoreUtil.create(reference.getEReferenceType());
                steps.append(SetCommand.create(domain, owner, feature, next));
            }
            owner = next;
        }
        return owner;
    }

    private static List<String> path(String field) {
        String[] steps = field.split("\\.");
        return Arrays.asList(steps).subList(0, steps.length - 1);
    }

    private static String last(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static EStructuralFeature feature(EObject owner, String name, String field) {
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
        if (feature == null || !Fields.isData(feature) || feature instanceof EAttribute attribute && attribute.isID()) {
            throw new IllegalArgumentException(field + ": " + owner.eClass().getName() + " has no field '" + name + "'; fields: "
                + String.join(", ", owner.eClass().getEAllStructuralFeatures().stream().filter(Fields::isData)
                    .filter(f -> !(f instanceof EAttribute a && a.isID())).map(EStructuralFeature::getName).toList()));
        }
        return feature;
    }
}
