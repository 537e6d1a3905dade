package mosaic.core.workspace;

/**
 * Something wrong in a workspace: a file that could not be loaded, a dangling reference, a
 * broken rule. Rendered as one line: {@code actor/3f2a….xmi:12:5: error: message}.
 *
 * @param severity how bad it is
 * @param file     path relative to the workspace root, with forward slashes
 * @param line     1-based line in the file, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param objectId id of the object concerned, or {@code null}
 * @param message  what is wrong, naming the object and field where there is one
 */
public record Problem(Severity severity, String file, int line, int column, String objectId, String message) {

    public enum Severity {
        WARNING, ERROR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Problem error(String file, String objectId, String message) {
        return new Problem(Severity.ERROR, file, 0, 0, objectId, message);
    }

    public static Problem warning(String file, String objectId, String message) {
        return new Problem(Severity.WARNING, file, 0, 0, objectId, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file == null ? "(workspace)" : file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
