package mosaic.graph.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import mosaic.core.workspace.Problem;
import mosaic.core.workspace.Workspace;
import mosaic.graph.io.AttributeKey;
import mosaic.graph.io.DocEdge;
import mosaic.graph.io.DocNode;
import mosaic.graph.io.GraphDocument;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Attribute;
import mosaic.model.MosaicFactory;
import mosaic.model.MosaicObject;
import mosaic.model.MosaicPackage;
import mosaic.model.Relation;
import mosaic.model.config.MissionRules;

/**
 * Turns a GraphML (or any {@link GraphDocument}) into actors and relations of a workspace: each
 * node an actor, each edge a relation. The node's {@code label} (or its id when it has none)
 * becomes the actor's name; well-known attributes fill the model's fields (actor: {@code kind},
 * {@code type}, {@code aliases} separated by {@code ;} or {@code |}, {@code description};
 * relation: {@code type} or {@code relation}, {@code weight}, {@code start}/{@code validFrom},
 * {@code end}/{@code validTo}, {@code description}); every other attribute is kept as an
 * {@link Attribute} with its GraphML type, and the node's or edge's own id as {@code graphml.id}.
 * <p>
 * Ids are derived from the document's identity and the node or edge id, so importing the same
 * file twice finds its objects already there instead of making copies. The objects are made,
 * checked and returned; nothing is added to the workspace here.
 */
public final class GraphImport {

    /** Attribute names that fill model fields rather than being kept as attributes. */
    private static final Set<String> NODE_FIELDS = Set.of("label", "kind", "type", "aliases", "description", "classification", "compartment",
        "releasableTo");
    private static final Set<String> EDGE_FIELDS = Set.of("type", "relation", "weight", "start", "end", "validFrom", "validTo", "description",
        "classification", "compartment", "releasableTo");

    /** The longest node or edge id taken (a GraphML id names an element; it is kept as {@code graphml.id}). */
    public static final int MAX_ID_CHARS = 1024;
    /** The longest label taken as an actor's name. */
    public static final int MAX_NAME_CHARS = 4096;
    /** The longest attribute name taken. */
    public static final int MAX_KEY_CHARS = 256;
    /** The longest value of one attribute (a description) taken. */
    public static final int MAX_VALUE_CHARS = 256 * 1024;

    /** What the import makes: new objects, how many were already there, and what was noticed. */
    public record Result(List<MosaicObject> created, int unchanged, List<String> warnings) {
    }

    private final Workspace workspace;
    private final MosaicFactory f = MosaicFactory.eINSTANCE;
    private ActorKind defaultKind = ActorKind.INDIVIDUAL;
    private String defaultRelationType = "affiliation";
    private String classification;
    private boolean classificationGiven;
    private boolean lowerMarking;
    /** Where each object made comes from: "node 'n1' (line 12)". */
    private final Map<String, String> origins = new HashMap<>();

    public GraphImport(Workspace workspace) {
        this.workspace = workspace;
        this.classification = workspace.rules().classificationCodes().isEmpty() ? "UNCLASSIFIED"
            : workspace.rules().classificationCodes().get(0);
    }

    /** The kind of actors whose node has no (known) {@code kind} attribute; default INDIVIDUAL. */
    public GraphImport defaultKind(ActorKind kind) {
        defaultKind = kind;
        return this;
    }

    /** The type of relations whose edge says none; default {@code affiliation}. */
    public GraphImport defaultRelationType(String type) {
        MissionRules rules = workspace.rules();
        if (rules.hasTaxonomy(MissionRules.RELATION_TYPES) && !rules.hasTerm(MissionRules.RELATION_TYPES, type)) {
            throw new IllegalArgumentException("unknown relation type '" + type + "'; valid: "
                + String.join(", ", rules.termCodes(MissionRules.RELATION_TYPES)));
        }
        defaultRelationType = type;
        return this;
    }

    /**
     * The classification of what the file leaves unmarked (default: the file's own marking, else the
     * mission's lowest). It raises what the file marks lower; it lowers what the file marks higher
     * only with {@link #lowerMarking(boolean)}, otherwise the import is refused.
     */
    public GraphImport classification(String level) {
        MissionRules rules = workspace.rules();
        if (!rules.isClassification(level)) {
            throw new IllegalArgumentException("unknown classification '" + level + "'; levels are "
                + String.join(", ", rules.classificationCodes()));
        }
        classification = level;
        classificationGiven = true;
        return this;
    }

    /** Whether {@link #classification(String)} may lower what the file marks higher (said in the warnings). */
    public GraphImport lowerMarking(boolean allowed) {
        lowerMarking = allowed;
        return this;
    }

    /**
     * Makes the actors and relations of a document.
     *
     * @param identity what identifies the document (for instance its content hash): the same
     *        identity and node id give the same object id
     * @throws IllegalArgumentException naming the node or edge whose value cannot be used
     */
    public Result toModel(GraphDocument doc, String identity) {
        List<MosaicObject> created = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Actor> actors = new HashMap<>();
        int unchanged = 0;
        Map<String, Integer> lowered = new java.util.TreeMap<>();
        for (DocNode node : doc.nodes()) {
            String where = where("node", node.id(), doc.lineOf(node));
            checkSizes(where, node.id(), node.attribute("label"), node.attributes());
            String id = uuid(identity, "node", node.id());
            origins.put(id, where);
            MosaicObject existing = workspace.get(id).orElse(null);
            if (existing instanceof Actor actor) {
                actors.put(node.id(), actor);
                unchanged++;
                continue;
            }
            Actor actor = workspace.create(MosaicPackage.Literals.ACTOR);
            actor.setId(id);
            mark(actor, "node " + node.id(), node.attributes(), doc, lowered);
            String label = node.attribute("label");
            actor.setName(label == null || label.isBlank() ? node.id() : label.strip());
            ActorKind kind = kind(node.attribute("kind"));
            actor.setKind(kind != null ? kind : defaultKind);
            if (kind == null && node.attribute("kind") != null) {
                warnings.add("node " + node.id() + ": kind '" + node.attribute("kind") + "' is not an actor kind; taken as "
                    + defaultKind.getLiteral() + " and kept as attribute 'graphml.kind'");
                Attribute original = f.createAttribute();
                original.setKey("graphml.kind");
                original.setValue(node.attribute("kind"));
                actor.getAttributes().add(original);
            }
            actor.setType(node.attribute("type"));
            actor.setDescription(node.attribute("description"));
            String aliases = node.attribute("aliases");
            if (aliases != null) {
                for (String alias : aliases.split("[;|]")) {
                    if (!alias.isBlank()) {
                        actor.getAliases().add(alias.strip());
                    }
                }
            }
            keep(actor, doc, AttributeKey.Domain.NODE, node.id(), node.attributes(), NODE_FIELDS);
            actors.put(node.id(), actor);
            created.add(actor);
        }
        int index = 0;
        for (DocEdge edge : doc.edges()) {
            String edgeKey = edge.id() != null ? edge.id() : "#" + index;
            index++;
            String where = where("edge", edgeKey, doc.lineOf(edge));
            checkSizes(where, edgeKey, null, edge.attributes());
            String id = uuid(identity, "edge", edgeKey);
            origins.put(id, where);
            if (workspace.get(id).isPresent()) {
                unchanged++;
                continue;
            }
            Relation r = workspace.create(MosaicPackage.Literals.RELATION);
            r.setId(id);
            mark(r, "edge " + edgeKey, edge.attributes(), doc, lowered);
            r.setFrom(actors.get(edge.source()));
            r.setTo(actors.get(edge.target()));
            String type = first(edge.attribute("type"), edge.attribute("relation"));
            r.setType(type == null || type.isBlank() ? defaultRelationType : type.strip());
            r.setDirected(edge.isDirected(doc.isDirected()));
            String weight = edge.attribute("weight");
            if (weight != null) {
                try {
                    r.setWeight(Double.parseDouble(weight));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("edge " + edgeKey + ": weight '" + weight + "' is not a number");
                }
            }
            r.setValidFrom(date(first(edge.attribute("validFrom"), edge.attribute("start")), edgeKey));
            r.setValidTo(date(first(edge.attribute("validTo"), edge.attribute("end")), edgeKey));
            if (r.getValidFrom() != null && r.getValidTo() != null && r.getValidTo().isBefore(r.getValidFrom())) {
                throw new IllegalArgumentException("edge " + edgeKey + ": ends (" + r.getValidTo() + ") before it starts (" + r.getValidFrom() + ")");
            }
            r.setDescription(edge.attribute("description"));
            keep(r, doc, AttributeKey.Domain.EDGE, edgeKey, edge.attributes(), EDGE_FIELDS);
            created.add(r);
        }
        if (!lowered.isEmpty()) {
            warnings.add("marking lowered to " + classification + " (--lower-marking): " + String.join(", ",
                lowered.entrySet().stream().map(e -> e.getValue() + " object(s) marked " + e.getKey()).toList()));
        }
        return new Result(created, unchanged, warnings);
    }

    /**
     * Marks an imported object as the file does: its own {@code classification}, {@code compartment}
     * and {@code releasableTo}, else the file's (graph-level {@code classification},
     * {@code compartments}, {@code releasableTo}), else the level given or the mission's lowest.
     * A given level raises; it lowers only with {@code lowerMarking}.
     */
    private void mark(MosaicObject object, String what, Map<String, String> values, GraphDocument doc, Map<String, Integer> lowered) {
        MissionRules rules = workspace.rules();
        Map<String, String> file = doc.graphAttributes();
        String level = blankToNull(values.get("classification"));
        if (level == null) {
            level = blankToNull(file.get("classification"));
        }
        if (level != null) {
            level = level.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!rules.isClassification(level)) {
                throw new IllegalArgumentException(what + ": classification '" + level + "' is not a level of the mission (levels: "
                    + String.join(", ", rules.classificationCodes()) + ")");
            }
        }
        String marked = level;
        if (level == null) {
            level = classification;
        } else if (classificationGiven && rules.classificationRank(classification) > rules.classificationRank(level)) {
            level = classification;
        } else if (classificationGiven && rules.classificationRank(classification) < rules.classificationRank(level)) {
            if (!lowerMarking) {
                throw new IllegalArgumentException(what + " is marked " + level + " in the file; --classification " + classification
                    + " would lower it (add --lower-marking to lower the file's marking)");
            }
            lowered.merge(level, 1, Integer::sum);
            level = classification;
        }
        object.getMarking().setClassification(level);
        // An element marked in the file carries its whole marking; one that is not takes the file's.
        boolean ownMarking = blankToNull(values.get("classification")) != null;
        String compartment = blankToNull(values.get("compartment"));
        if (compartment == null && marked != null && !ownMarking) {
            String compartments = blankToNull(file.get("compartments"));
            if (compartments != null) {
                List<String> list = java.util.Arrays.stream(compartments.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
                if (list.size() > 1) {
                    throw new IllegalArgumentException(what + " has no marking of its own and the file is marked with " + list.size()
                        + " compartments (" + compartments + "); an object can be in one only");
                }
                compartment = list.isEmpty() ? null : list.get(0);
            }
        }
        if (compartment != null) {
            compartment = compartment.trim();
            if (rules.hasTaxonomy(MissionRules.COMPARTMENTS) && !rules.hasTerm(MissionRules.COMPARTMENTS, compartment)) {
                throw new IllegalArgumentException(what + ": compartment '" + compartment + "' is not a compartment of the mission (compartments: "
                    + String.join(", ", rules.termCodes(MissionRules.COMPARTMENTS)) + ")");
            }
            object.getMarking().setCompartment(compartment);
        }
        String bodies = values.containsKey("releasableTo") || ownMarking ? values.get("releasableTo") : file.get("releasableTo");
        if (bodies != null) {
            for (String body : bodies.split(",")) {
                if (!body.isBlank() && !object.getMarking().getReleasableTo().contains(body.trim())) {
                    object.getMarking().getReleasableTo().add(body.trim());
                }
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** "node 'n1' (line 12)", the id cut short when it is long. */
    private static String where(String what, String id, int line) {
        String shown = id.length() > 60 ? id.substring(0, 57) + "..." : id;
        return what + " '" + shown + "'" + (line > 0 ? " (line " + line + ")" : "");
    }

    /**
     * Refuses what would make an object file the workspace refuses to load (a file of at most
     * {@link Workspace#MAX_FILE_BYTES}): ids, names, attribute names and values over the limits.
     */
    private static void checkSizes(String where, String id, String label, Map<String, String> attributes) {
        if (id.length() > MAX_ID_CHARS) {
            throw new IllegalArgumentException(where + ": the id is " + id.length() + " characters long, more than " + MAX_ID_CHARS);
        }
        if (label != null && label.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(where + ": the label is " + label.length() + " characters long, more than " + MAX_NAME_CHARS);
        }
        long total = id.length() * 2L;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key.length() > MAX_KEY_CHARS) {
                throw new IllegalArgumentException(where + ": an attribute name is " + key.length() + " characters long, more than " + MAX_KEY_CHARS);
            }
            if (attribute.getValue().length() > MAX_VALUE_CHARS) {
                throw new IllegalArgumentException(where + ": attribute '" + key + "' is " + attribute.getValue().length()
                    + " characters long, more than " + MAX_VALUE_CHARS);
            }
            total += key.length() + attribute.getValue().length();
        }
        // each character takes up to 3 bytes in UTF-8, more when escaped: keep well under the file limit
        if (total * 4 > Workspace.MAX_FILE_BYTES) {
            throw new IllegalArgumentException(where + ": its values (" + total + " characters) would make an object file larger than the "
                + Workspace.MAX_FILE_BYTES + " bytes the workspace loads");
        }
    }

    /** Where an object made by {@link #toModel} comes from, as "node 'n1' (line 12)", or null. */
    public String origin(String objectId) {
        return origins.get(objectId);
    }

    /**
     * Runs the workspace's validation on what {@link #toModel} made, before anything is written:
     * the objects are added to the workspace for the check and taken back after it, whatever the
     * outcome, so that the caller adds and saves only what validation accepts.
     *
     * @throws IllegalArgumentException naming the node or edge (with its line) and the first rule it
     *         breaks, and how many other errors there are
     */
    public void check(Result result) {
        List<MosaicObject> added = new ArrayList<>();
        List<Problem> errors;
        try {
            for (MosaicObject object : result.created()) {
                workspace.add(object);
                added.add(object);
            }
            errors = workspace.validateObjects(result.created()).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        } finally {
            for (MosaicObject object : added) {
                workspace.discard(object);
            }
        }
        if (!errors.isEmpty()) {
            Problem first = errors.get(0);
            String where = first.objectId() == null ? null : origin(first.objectId());
            throw new IllegalArgumentException((where != null ? where : first.objectId()) + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "") + "; nothing imported");
        }
    }

    private void keep(MosaicObject object, GraphDocument doc, AttributeKey.Domain domain, String elementId, Map<String, String> values,
        Set<String> fields) {
        Attribute own = f.createAttribute();
        own.setKey("graphml.id");
        own.setValue(elementId);
        object.getAttributes().add(own);
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (fields.contains(value.getKey()) || value.getValue() == null) {
                continue;
            }
            Attribute a = f.createAttribute();
            a.setKey(value.getKey());
            a.setValue(value.getValue());
            AttributeKey key = doc.key(domain, value.getKey());
            a.setType(key == null ? "string" : key.type());
            object.getAttributes().add(a);
        }
    }

    /** The actor kind a value names (ARMED_GROUP, armed-group, "armed group"), or null. */
    private static ActorKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String literal = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ActorKind kind : ActorKind.VALUES) {
            if (kind.getName().equals(literal) || kind.getLiteral().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        return null;
    }

    private static LocalDate date(String value, String edgeKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("edge " + edgeKey + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String uuid(String identity, String what, String id) {
        return UUID.nameUUIDFromBytes(("graphml/" + identity + "/" + what + "/" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
