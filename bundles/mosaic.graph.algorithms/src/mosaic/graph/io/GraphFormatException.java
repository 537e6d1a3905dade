package mosaic.graph.io;

import java.io.IOException;

/**
 * A graph file that cannot be read: not well-formed XML, not GraphML, or GraphML that breaks a rule
 * (an edge to an undeclared node, a duplicate id, data with an undeclared key, a value not of its
 * declared type, no {@code <graph>}). Checked, and an {@link IOException} so callers that read files
 * can handle both in one place. The message reads {@code "<file>, line L, column C: <problem>"}.
 */
public class GraphFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file or stream name given to the reader
     * @param line    1-based line, or -1 if unknown
     * @param column  1-based column, or -1 if unknown
     * @param problem what is wrong
     */
    public GraphFormatException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    /** As {@link #GraphFormatException(String, int, int, String)}, with the exception that revealed the problem. */
    public GraphFormatException(String file, int line, int column, String problem, Throwable cause) {
        super(file + (line > 0 ? ", line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + problem,
                cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file or stream name given to the reader. */
    public String file() {
        return file;
    }

    /** The 1-based line where the problem was found, or -1. */
    public int line() {
        return line;
    }

    /** The 1-based column where the problem was found, or -1. */
    public int column() {
        return column;
    }

    /** The problem, without file and position. */
    public String problem() {
        return problem;
    }
}
