package mosaic.graph.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The declaration of an attribute, as a GraphML {@code <key>}: an id (unique in its document), the
 * name values are kept under in {@link DocNode#attributes()} and {@link DocEdge#attributes()}, the
 * domain it applies to, its type and an optional default.
 *
 * @param id           the key id, unique within a {@link GraphDocument}
 * @param name         the attribute name ({@code attr.name}); unique among keys of overlapping domains
 * @param domain       what the key applies to
 * @param type         one of {@link #TYPES}: {@code string, int, long, float, double, boolean}
 * @param defaultValue the value of nodes or edges that have none, or {@code null}; must be of the type
 */
public record AttributeKey(String id, String name, Domain domain, String type, String defaultValue) {

    /** What a key applies to (GraphML's {@code for}). */
    public enum Domain {
        NODE, EDGE, GRAPH, ALL;

        /** Whether a key of this domain applies to elements of {@code other}. */
        public boolean covers(Domain other) {
            return this == ALL || other == ALL || this == other;
        }

        /** The GraphML spelling: {@code node}, {@code edge}, {@code graph}, {@code all}. */
        public String xmlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The GraphML attribute types, in the spelling of {@code attr.type}. */
    public static final List<String> TYPES = List.of("string", "int", "long", "float", "double", "boolean");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** Checks that every part is present, the type is known and the default, if any, is of the type. */
    public AttributeKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(type, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("key " + id + ": unknown type '" + type + "', expected one of " + TYPES);
        }
        if (defaultValue != null && !accepts(type, defaultValue)) {
            throw new IllegalArgumentException("key " + id + ": default '" + defaultValue + "' is not " + article(type));
        }
    }

    /** A key without default whose id is its name. */
    public static AttributeKey of(String name, Domain domain, String type) {
        return new AttributeKey(name, name, domain, type, null);
    }

    /** Whether this key applies to elements of the given domain. */
    public boolean appliesTo(Domain elementDomain) {
        return domain.covers(elementDomain);
    }

    /** Whether {@code int}, {@code long}, {@code float} or {@code double}. */
    public boolean isNumeric() {
        return !type.equals("string") && !type.equals("boolean");
    }

    /** Whether {@code value} is a lexical form of this key's type (see {@link #accepts(String, String)}). */
    public boolean accepts(String value) {
        return accepts(type, value);
    }

    /**
     * Whether {@code value} is a lexical form of {@code type}. Surrounding white space is allowed for
     * every type but string; integers must fit the type (32 bits for int, 64 for long); floats and
     * doubles are decimal numbers or {@code INF}, {@code -INF}, {@code NaN} in XML Schema, Java or
     * Python spelling ({@code Infinity}, {@code inf}, {@code nan}, any case); booleans are
     * {@code true}, {@code false}, {@code 1} or {@code 0}, any case.
     */
    public static boolean accepts(String type, String value) {
        return normalize(type, value) != null;
    }

    /**
     * The canonical form of a value: numbers without surrounding white space, booleans as
     * {@code true}/{@code false}, non-finite numbers as {@code INF}, {@code -INF}, {@code NaN}
     * (XML Schema spelling); strings unchanged. {@code null} if the value is not of the type.
     */
    public static String normalize(String type, String value) {
        if (value == null) {
            return null;
        }
        switch (type) {
        case "string":
            return value;
        case "int":
        case "long": {
            String v = value.strip();
            if (!INTEGER.matcher(v).matches()) {
                return null;
            }
            try {
                if (type.equals("int")) {
                    Integer.parseInt(v);
                } else {
                    Long.parseLong(v);
                }
                return v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        case "float":
        case "double": {
            String v = value.strip();
            if (DECIMAL.matcher(v).matches()) {
                return v;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> "INF";
            case "-inf", "-infinity" -> "-INF";
            case "nan" -> "NaN";
            default -> null;
            };
        }
        case "boolean":
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> null;
            };
        default:
            throw new IllegalArgumentException("unknown type " + type);
        }
    }

    /** "an int", "a string": for messages. */
    static String article(String type) {
        return (type.equals("int") ? "an " : "a ") + type;
    }
}
