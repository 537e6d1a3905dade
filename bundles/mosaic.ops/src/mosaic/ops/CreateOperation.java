package mosaic.ops;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;

import mosaic.core.workspace.Workspace;
import mosaic.model.Event;
import mosaic.model.InformationRequirement;
import mosaic.model.MosaicObject;
import mosaic.model.Relation;
import mosaic.model.Report;
import mosaic.model.kinds.Kinds;

/**
 * Creating an object in a workspace, the same from every front-end (the {@code create} command,
 * File &gt; New Object..., a chart's palette): a fresh id, provenance (who, component, when), the
 * mission's lowest classification unless another is chosen, the required dates starting now, then
 * the fields given as text (as {@link SetFieldsOperation} reads them, with the domain rules: a
 * threat created with a likelihood and impacts gets the risk the matrix gives). The object and
 * its fields go in as one command on the domain's stack, so one Undo takes the whole creation
 * back. Saving is the front-end's choice: the command line saves at once, the workbench leaves
 * the new object to its editor.
 */
public final class CreateOperation {

    /** The field that holds an object's classification, which is given as the analyst's choice. */
    public static final String CLASSIFICATION = "marking.classification";

    private final MosaicEditingDomain domain;
    private final Workspace workspace;
    private final EClass kind;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String title;
    private String classification;
    private Instant now;
    private boolean save;
    private MosaicObject created;

    /** Plans the creation of an object of {@code kind} through {@code domain} (the workbench's, so that its undo takes it back). */
    public CreateOperation(MosaicEditingDomain domain, EClass kind) {
        if (!Kinds.all().contains(kind)) {
            throw new IllegalArgumentException("not a kind of workspace object: " + kind.getName() + "; kinds: " + String.join(", ", Kinds.names()));
        }
        this.domain = domain;
        this.workspace = domain.workspace();
        this.kind = kind;
    }

    /**
     * The kind named {@code name}: its folder name ({@code actor}, {@code information-requirement})
     * or its display name, ignoring case.
     *
     * @throws IllegalArgumentException listing the kinds when there is none
     */
    public static EClass kind(String name) {
        return Kinds.byName(name).or(() -> Kinds.all().stream()
            .filter(k -> Kinds.displayName(k).equalsIgnoreCase(name) || k.getName().equalsIgnoreCase(name)).findFirst())
            .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + name + "'; kinds: " + String.join(", ", Kinds.names())));
    }

    /** The kind it creates. */
    public EClass kind() {
        return kind;
    }

    /**
     * The name or title, as the New Object wizard asks for it: an actor's or a place's name, an
     * event's or a threat's title, a relation's description, an information requirement's code
     * and question.
     */
    public CreateOperation title(String text) {
        this.title = text == null || text.isBlank() ? null : text.strip();
        return this;
    }

    /**
     * The classification, one of the mission's codes (default: its lowest).
     *
     * @throws IllegalArgumentException listing the mission's codes when {@code code} is not one
     */
    public CreateOperation classification(String code) {
        List<String> codes = workspace.rules().classificationCodes();
        if (code != null && !codes.isEmpty() && !codes.contains(code)) {
            throw new IllegalArgumentException("unknown classification '" + code + "'; valid: " + String.join(", ", codes));
        }
        this.classification = code;
        return this;
    }

    /**
     * A field from text, dotted for contained objects, as {@link SetFieldsOperation#set} takes it;
     * {@value #CLASSIFICATION} is the same as {@link #classification(String)}.
     */
    public CreateOperation set(String field, String value) {
        if (CLASSIFICATION.equals(field)) {
            return classification(value.isEmpty() ? null : value);
        }
        fields.put(field, value);
        return this;
    }

    /** The time the required dates start at (default: when it runs, to the minute). */
    public CreateOperation now(Instant time) {
        this.now = time;
        return this;
    }

    /** Whether {@link #run} also saves the new object (the command line does; the workbench leaves it to the editor). */
    public CreateOperation save(boolean saveIt) {
        this.save = saveIt;
        return this;
    }

    /** The rule a job creating the object holds: the workspace's. */
    public ISchedulingRule getSchedulingRule() {
        return WorkspaceRule.of(workspace);
    }

    /**
     * The new object, made and filled in but not yet in the workspace, and the one command that
     * puts it there with its fields: for a front-end that adds more to the same command (a chart
     * puts a node for it too). Execute it on {@link #domain()}'s stack.
     *
     * @throws IllegalArgumentException naming the field and value when a field does not fit
     */
    public Command command() {
        MosaicObject object = workspace.create(kind);
        if (classification != null) {
            object.getMarking().setClassification(classification);
        }
        if (title != null) {
            if (object instanceof Relation relation) {
                relation.setDescription(title); // a relation is named by its type, which is a field of its own
            } else {
                Kinds.setTitle(object, title);
            }
        }
        Instant start = (now != null ? now : Instant.now()).truncatedTo(ChronoUnit.MINUTES);
        if (object instanceof Event event) {
            event.setOccurredAt(start);
        } else if (object instanceof Report report) {
            report.setDate(start);
        } else if (object instanceof InformationRequirement requirement && title != null) {
            requirement.setQuestion(title);
        }
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL,
            "Create " + Kinds.displayName(kind).toLowerCase(Locale.ROOT)) {
            @Override
            public Collection<?> getResult() {
                return List.of(object);
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return List.of(object);
            }
        };
        command.append(WorkspaceCommand.add(workspace, object));
        SetFieldsOperation setter = new SetFieldsOperation(domain);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            command.append(setter.command(object, field.getKey(), field.getValue()));
        }
        created = object;
        return command;
    }

    /**
     * Creates the object: one command on the domain's stack, then, when asked, the save of the new
     * object.
     *
     * @return the new object, in the workspace
     * @throws IllegalArgumentException naming the field and value when a field does not fit (nothing is created)
     * @throws IOException when the object cannot be saved (it stays in the workspace, unsaved)
     */
    public MosaicObject run(IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + Kinds.displayName(kind).toLowerCase(Locale.ROOT), 2);
        Command command = command();
        if (!command.canExecute()) {
            throw new IllegalArgumentException("cannot create " + Kinds.displayName(kind).toLowerCase(Locale.ROOT) + " with " + fields);
        }
        domain.getCommandStack().execute(command);
        progress.worked(1);
        if (workspace.get(created.getId()).orElse(null) != created) {
            throw new IllegalStateException(Kinds.describe(created) + " could not be created");
        }
        if (save) {
            workspace.save(created);
        }
        progress.worked(1);
        return created;
    }

    /** The object the last {@link #command()} (or {@link #run}) made; {@code null} before. */
    public MosaicObject created() {
        return created;
    }

    /** The editing domain whose stack holds the creation. */
    public MosaicEditingDomain domain() {
        return domain;
    }
}
