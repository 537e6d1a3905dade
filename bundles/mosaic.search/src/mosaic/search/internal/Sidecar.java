package mosaic.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import mosaic.io.extract.CleanText;

/**
 * Metadata given beside a file: {@code NAME.meta.json} (one flat JSON object of strings) or
 * {@code NAME.meta.properties}, where {@code NAME} is the file's full name. Known keys:
 * {@value #KEYS_TEXT}. An unknown key, a value that is not a string or a syntax error makes the
 * file refused, with the sidecar's name and the problem: a typo must not silently drop a
 * classification.
 */
public final class Sidecar {

    static final String KEYS_TEXT = "title, type, date, author, component, classification, compartment";
    /** The keys a sidecar may hold. */
    public static final Set<String> KEYS = Set.of("title", "type", "date", "author", "component", "classification", "compartment");

    private Sidecar() {
    }

    /** Whether a file is a sidecar (it is then never ingested as a report of its own). */
    public static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".meta.json") || name.endsWith(".meta.properties");
    }

    /**
     * The sidecar values of a file, empty when it has none.
     *
     * @throws IOException naming the sidecar and what is wrong with it
     */
    public static Map<String, String> read(Path file) throws IOException {
        Path json = file.resolveSibling(file.getFileName() + ".meta.json");
        Path properties = file.resolveSibling(file.getFileName() + ".meta.properties");
        Map<String, String> values = new LinkedHashMap<>();
        for (Path sidecar : List.of(json, properties)) {
            if (Files.isSymbolicLink(sidecar)) {
                throw new IOException(sidecar.getFileName() + ": the sidecar is a symbolic link, not read");
            }
        }
        if (Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
            values.putAll(parseJson(json.getFileName().toString(), Files.readString(json, StandardCharsets.UTF_8)));
        } else if (Files.isRegularFile(properties, LinkOption.NOFOLLOW_LINKS)) {
            Properties p = new Properties();
            try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IllegalArgumentException e) {
                throw new IOException(properties.getFileName() + ": " + e.getMessage(), e);
            }
            for (String key : p.stringPropertyNames()) {
                values.put(key, CleanText.of(p.getProperty(key).trim()));
            }
            check(properties.getFileName().toString(), values);
        }
        values.values().removeIf(String::isBlank);
        return values;
    }

    private static void check(String name, Map<String, String> values) throws IOException {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IOException(name + ": unknown key '" + key + "' (known: " + KEYS_TEXT + ")");
            }
        }
    }

    /** Parses one flat JSON object whose values are strings. */
    static Map<String, String> parseJson(String name, String text) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        int[] pos = {0};
        skipSpace(text, pos);
        expect(name, text, pos, '{');
        skipSpace(text, pos);
        if (peek(text, pos) == '}') {
            pos[0]++;
        } else {
            while (true) {
                skipSpace(text, pos);
                String key = string(name, text, pos);
                skipSpace(text, pos);
                expect(name, text, pos, ':');
                skipSpace(text, pos);
                if (peek(text, pos) != '"') {
                    throw new IOException(name + ": value of '" + key + "' must be a string (at character " + (pos[0] + 1) + ")");
                }
                values.put(key, CleanText.of(string(name, text, pos)));
                skipSpace(text, pos);
                char c = peek(text, pos);
                pos[0]++;
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw new IOException(name + ": expected ',' or '}' at character " + pos[0]);
                }
            }
        }
        skipSpace(text, pos);
        if (pos[0] < text.length()) {
            throw new IOException(name + ": unexpected text after the object at character " + (pos[0] + 1));
        }
        check(name, values);
        return values;
    }

    private static char peek(String text, int[] pos) {
        return pos[0] < text.length() ? text.charAt(pos[0]) : '\0';
    }

    private static void skipSpace(String text, int[] pos) {
        while (pos[0] < text.length() && Character.isWhitespace(text.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static void expect(String name, String text, int[] pos, char c) throws IOException {
        if (peek(text, pos) != c) {
            throw new IOException(name + ": expected '" + c + "' at character " + (pos[0] + 1));
        }
        pos[0]++;
    }

    private static String string(String name, String text, int[] pos) throws IOException {
        expect(name, text, pos, '"');
        StringBuilder b = new StringBuilder();
        while (pos[0] < text.length()) {
            char c = text.charAt(pos[0]++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\' && pos[0] < text.length()) {
                char e = text.charAt(pos[0]++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (pos[0] + 4 > text.length()) {
                            throw new IOException(name + ": bad \\u escape at character " + pos[0]);
                        }
                        try {
                            b.append((char) Integer.parseInt(text.substring(pos[0], pos[0] + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new IOException(name + ": bad \\u escape at character " + pos[0], ex);
                        }
                        pos[0] += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        throw new IOException(name + ": unterminated string");
    }
}
