package mosaic.core;

/**
 * The one JSON helper the core needs: quoting a string. Output formats stay small enough that a
 * JSON library would cost more start-up time than it saves.
 */
public final class Json {

    private Json() {
    }

    /** Returns {@code s} as a JSON string literal, escaping quotes, backslashes and control characters. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
