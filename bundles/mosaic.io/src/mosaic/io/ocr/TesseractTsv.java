package mosaic.io.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Tesseract's {@code tsv} output: one row per page, block, paragraph, line and word (level 1 to 5) with the
 * numbers of each, the box, the confidence and, for a word, its text. The words come in reading order; their
 * numbers say where a line, paragraph or block ends.
 */
final class TesseractTsv {

    private static final int LEVEL = 0;
    private static final int PAGE = 1;
    private static final int BLOCK = 2;
    private static final int PARAGRAPH = 3;
    private static final int LINE = 4;
    private static final int CONFIDENCE = 10;
    private static final int TEXT = 11;

    /** The text and mean word confidence of one page. */
    record Page(int number, String text, int confidence) {
    }

    private TesseractTsv() {
    }

    /**
     * @param tsv Tesseract's tsv output (a header row, then the rows)
     * @return each page that has rows, in order; its words joined into lines, paragraphs and blocks
     */
    static List<Page> parse(String tsv) {
        List<Page> pages = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int page = -1;
        int block = -1;
        int paragraph = -1;
        int line = -1;
        double confidenceSum = 0;
        int words = 0;
        for (String row : tsv.split("\r?\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length <= TEXT || !cells[LEVEL].equals("5")) {
                if (cells.length > PAGE && cells[LEVEL].equals("1") && number(cells[PAGE]) != page) {
                    if (page >= 0) {
                        pages.add(page(page, text, confidenceSum, words));
                    }
                    page = number(cells[PAGE]);
                    text.setLength(0);
                    confidenceSum = 0;
                    words = 0;
                    block = paragraph = line = -1;
                }
                continue;
            }
            String word = cells[TEXT].strip();
            if (word.isEmpty()) {
                continue;
            }
            if (page < 0) {
                page = number(cells[PAGE]);
            }
            int b = number(cells[BLOCK]);
            int p = number(cells[PARAGRAPH]);
            int l = number(cells[LINE]);
            if (!text.isEmpty()) {
                if (b != block || p != paragraph) {
                    text.append("\n\n");
                } else if (l != line) {
                    text.append('\n');
                } else {
                    text.append(' ');
                }
            }
            block = b;
            paragraph = p;
            line = l;
            text.append(word);
            double confidence = parseDouble(cells[CONFIDENCE]);
            if (confidence >= 0) {
                confidenceSum += confidence;
                words++;
            }
        }
        if (page >= 0) {
            pages.add(page(page, text, confidenceSum, words));
        }
        return pages;
    }

    private static Page page(int number, StringBuilder text, double confidenceSum, int words) {
        return new Page(number, text.toString(), words == 0 ? 0 : (int) Math.round(confidenceSum / words));
    }

    private static int number(String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseDouble(String cell) {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
