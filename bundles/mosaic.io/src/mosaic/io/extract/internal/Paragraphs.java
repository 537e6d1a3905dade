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
        // by hand: a regular expression split of every report's whole text was a tenth of an ingest
        int length = text.length();
        int start = 0;
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
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
