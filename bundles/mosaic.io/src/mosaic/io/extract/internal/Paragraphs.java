package mosaic.io.extract.internal;

import java.util.ArrayList;
import java.util.List;

import mosaic.io.extract.Passage;

/** Splits text into paragraph passages at blank lines, normalising white space inside each. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<Passage> split(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                flush(current, blocks);
            } else {
                if (!current.isEmpty()) {
                    current.append('\n');
                }
                current.append(line.strip());
            }
        }
        flush(current, blocks);
        return number(blocks, Passage.PARAGRAPH);
    }

    static List<Passage> number(List<String> texts, String kind) {
        List<Passage> passages = new ArrayList<>();
        for (String t : texts) {
            String s = t.strip();
            if (!s.isEmpty()) {
                passages.add(new Passage(passages.size() + 1, kind, s));
            }
        }
        return passages;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (!current.isEmpty()) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }
}
