package mosaic.workspace.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    private final RepositoryPaths paths;
    private final Consumer<String> problems;

    /**
     * @param problems where a line of the file that is dropped is reported (file, line, why)
     */
    ConflictStore(Path root, Consumer<String> problems) {
        this.file = root.resolve(WorkspaceLocation.STATE_FOLDER).resolve(FILE);
        this.paths = new RepositoryPaths(root);
        this.problems = problems;
    }

    /**
     * The open conflicts. A line that is malformed or names a path no workspace file may have
     * (outside the workspace, under {@code .mosaic/}, through a link) is dropped with a problem
     * line and the file is written again without it: the per-user file is rebuilt, never fatal.
     */
    List<Conflict> read() throws IOException {
        List<Conflict> conflicts = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return conflicts;
        }
        List<String> lines;
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.accept(file + ": not a regular file; rebuilt without conflicts");
            Files.delete(file);
            return conflicts;
        }
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.accept(file + ": not UTF-8 text; rebuilt without conflicts");
            write(conflicts);
            return conflicts;
        }
        boolean dropped = false;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String problem = null;
            Conflict conflict = null;
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                problem = "expected " + COLUMNS + " tab-separated columns, found " + cells.length;
            } else {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = unescape(cells[i]);
                }
                String refusal = paths.pathRefusal(cells[0]);
                if (refusal != null) {
                    problem = "path '" + cells[0] + "' " + refusal;
                } else if (!cells[8].matches("[0-9a-f]{40}")) {
                    problem = "'" + cells[8] + "' is not a commit id";
                } else if (cells[3].isEmpty()) {
                    problem = "no field";
                } else {
                    try {
                        conflict = new Conflict(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], Side.valueOf(cells[7]), cells[8]);
                    } catch (IllegalArgumentException e) {
                        problem = "unknown side '" + cells[7] + "'";
                    }
                }
            }
            if (conflict == null) {
                problems.accept(file + ":" + lineNumber + ": " + problem + "; line dropped");
                dropped = true;
            } else {
                conflicts.add(conflict);
            }
        }
        if (dropped) {
            write(conflicts);
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
