package mosaic.graph.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A small UTF-8 XML writer for the exporters: markup is written as given, text and attribute values
 * are escaped. Characters XML 1.0 cannot hold (most C0 controls, unpaired surrogates, U+FFFE, U+FFFF)
 * become U+FFFD; tab, line feed and carriage return in attributes and carriage return in text are
 * written as character references so a parser gives them back unchanged.
 */
final class XmlOut {

    private static final char REPLACEMENT = '\uFFFD';

    private final Writer out;

    XmlOut(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes markup as is. */
    XmlOut raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** Writes {@code  name="value"} with the value escaped. */
    XmlOut attr(String name, String value) throws IOException {
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    /** Writes escaped character data. */
    XmlOut text(String value) throws IOException {
        escape(value, false);
        return this;
    }

    /** Flushes to the underlying stream without closing it. */
    void flush() throws IOException {
        out.flush();
    }

    private void escape(String s, boolean attribute) throws IOException {
        int run = 0; // start of the pending run of characters that need no escaping
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            switch (c) {
            case '&' -> replacement = "&amp;";
            case '<' -> replacement = "&lt;";
            case '>' -> replacement = "&gt;";
            case '"' -> replacement = attribute ? "&quot;" : null;
            case '\r' -> replacement = "&#13;";
            case '\n' -> replacement = attribute ? "&#10;" : null;
            case '\t' -> replacement = attribute ? "&#9;" : null;
            default -> {
                if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                    replacement = String.valueOf(REPLACEMENT);
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++; // a valid pair stays in the run
                    } else {
                        replacement = String.valueOf(REPLACEMENT);
                    }
                } else if (Character.isLowSurrogate(c)) {
                    replacement = String.valueOf(REPLACEMENT);
                }
            }
            }
            if (replacement != null) {
                out.write(s, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(s, run, n - run);
    }
}
