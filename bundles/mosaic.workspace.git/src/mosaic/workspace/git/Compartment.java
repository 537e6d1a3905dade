package mosaic.workspace.git;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import mosaic.core.access.Audience;
import mosaic.model.config.MissionRules;

/**
 * A compartment: a git repository of its own (own remote, own access) mounted into a workspace
 * under {@code compartments/<name>/}, holding objects like the workspace root does. Its
 * {@value #FILE} names its ceiling: the highest classification, the compartment markings and the
 * releasability it may hold.
 *
 * @param name the compartment's name ({@code shared-jmac-u2})
 * @param folder where it is mounted
 * @param classification the highest classification it may hold
 * @param markings the compartment markings it may hold
 * @param releasableTo the body it is released to, or empty
 */
public record Compartment(String name, Path folder, String classification, List<String> markings, String releasableTo) {

    /** The ceiling file at the root of every compartment repository. */
    public static final String FILE = "compartment.properties";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Checks a compartment name: letters, digits, '.', '_' and '-'. */
    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' cannot be a compartment name (letters, digits, '.', '_', '-')");
        }
        return name;
    }

    /**
     * Reads the compartment mounted at {@code folder}.
     *
     * @throws IOException naming the file when the ceiling is missing or incomplete
     */
    static Compartment read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing; a compartment states its ceiling there (classification=LEVEL)");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String classification = properties.getProperty("classification", "").strip();
        if (classification.isEmpty()) {
            throw new IOException(file + ": no classification= line (the highest level the compartment may hold)");
        }
        List<String> markings = Arrays.stream(properties.getProperty("compartments", "").split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
        return new Compartment(folder.getFileName().toString(), folder, classification, markings, properties.getProperty("releasableTo", "").strip());
    }

    /** Writes the ceiling file. */
    void write() throws IOException {
        String text = "# Ceiling of compartment " + name + ": the highest marking it may hold\n"
            + "classification=" + classification + "\n"
            + "compartments=" + String.join(",", markings) + "\n"
            + (releasableTo.isEmpty() ? "" : "releasableTo=" + releasableTo + "\n");
        Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /**
     * The audience the ceiling stands for: what may go into this compartment.
     *
     * @throws IllegalArgumentException when the classification is not one of the mission's levels
     */
    public Audience ceiling(MissionRules rules) {
        Audience audience = Audience.of(rules, classification, markings);
        return releasableTo.isEmpty() ? audience : audience.releasedTo(releasableTo);
    }

    /** The ceiling in words, for commit messages. */
    public String describeCeiling() {
        return classification + (markings.isEmpty() ? "" : " " + markings) + (releasableTo.isEmpty() ? "" : " releasable to " + releasableTo);
    }
}
