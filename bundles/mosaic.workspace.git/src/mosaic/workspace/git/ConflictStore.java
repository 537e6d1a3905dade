package mosaic.workspace.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mosaic.core.workspace.WorkspaceLocation;
import mosaic.workspace.git.Conflict.Side;

/**
 * The open conflicts of a workspace, kept in {@code .mosaic/conflicts.tsv} (per user, never
 * committed): one conflict a line, tab-separated, with tabs, line breaks and backslashes escaped.
 */
final class ConflictStore {

    static final String FILE = "conflicts.tsv";
    private static final int COLUMNS = 9;

    private final Path file;

    ConflictStore(Path root) {
        this.file = root.resolve(WorkspaceLocation.STATE_FOLDER).resolve(FILE);
    }

    List<Conflict> read() throws IOException {
        List<Conflict> conflicts = new ArrayList<>();
        if (!Files.exists(file)) {
            return conflicts;
        }
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                throw new IOException(file + ":" + lineNumber + ": expected " + COLUMNS + " tab-separated columns, found " + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = unescape(cells[i]);
            }
            Side kept;
            try {
                kept = Side.valueOf(cells[7]);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + lineNumber + ": unknown side '" + cells[7] + "'", e);
            }
            conflicts.add(new Conflict(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], kept, cells[8]));
        }
        return conflicts;
    }

    void write(List<Conflict> conflicts) throws IOException {
        if (conflicts.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Conflict c : conflicts) {
            String[] cells = {c.path(), c.objectId(), c.title(), c.field(), c.base(), c.mine(), c.theirs(), c.kept().name(), c.theirsCommit()};
            for (int i = 0; i < cells.length; i++) {
                text.append(i == 0 ? "" : "\t").append(escape(cells[i]));
            }
            text.append('\n');
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + FILE + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
