package mosaic.mission.carana;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the invented data of the Carana demo: the tab-separated files under {@code data/} in this
 * bundle (places, actors, sources, patterns of violence, relations, indicators, threats). One row a
 * line, UTF-8; a line starting with {@code #} is a comment; an empty field is a missing value.
 */
final class CaranaData {

    private CaranaData() {
    }

    /** The rows of {@code data/NAME}, each split at tabs (empty fields kept). */
    static List<String[]> rows(String name) {
        try (InputStream in = CaranaData.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IllegalStateException("data/" + name + " is missing from the bundle");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of {@code row} from {@code from} on: the open-ended lists (aliases, villages). */
    static String[] rest(String[] row, int from) {
        return Arrays.copyOfRange(row, from, row.length);
    }

    /** {@code null} for an empty field. */
    static String orNull(String field) {
        return field.isEmpty() ? null : field;
    }
}
