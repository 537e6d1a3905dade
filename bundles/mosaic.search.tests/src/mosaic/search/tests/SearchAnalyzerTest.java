package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.text.Normalizer;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.junit.jupiter.api.Test;

import mosaic.search.SearchAnalyzer;

/**
 * The analyzer's one-pass tokenizer gives exactly what the four stages it replaced gave (Lucene's
 * letter-or-digit tokenizer, hyphen removal, ASCII folding, lower case): terms, offsets (which the
 * snippets highlight), positions (which phrases match) and the final offset, on random text made
 * to hit every edge: all the hyphens, accents that fold to one or two letters, scripts without a
 * folding, letters outside the 16-bit range, tokens longer than the tokenizer's limit, and a text
 * read in small pieces. The analyzer's terms of a string, which skip the token stream, are
 * the same terms.
 */
class SearchAnalyzerTest {

    private static final int[] HYPHENS = {'-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D, 0x00AD};
    private static final String[] PIECES = {"a", "Z", "q", "0", "7", "É", "é", "ß", "Æ", "œ", "Ø", "ı", "İ", "Σ", "ς", "Ж", "ж", "ǅ",
        "ﬁ", "Ⅻ", "½", "²", "𝐀", "𐐀", "😀", " ", " ", "\n", "\t", ".", ",", "'", "_", "/", "\u00A0", "\u200B", "Mai", "MAÏ", "Kilo",
        "Mayi", "FLC", "\u0301", "E\u0301", "\u064E", "\u0640", "أ", "ة", "ى", "ال", "سوق", "٣", "\uFEFB", "\uFDFA"};

    /** The analyzer as it was: four stages. */
    private static final class Reference extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || isHyphen(c) || isMark(c));
            TokenStream stream = new TokenFilter(tokenizer) {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                @Override
                public boolean incrementToken() throws IOException {
                    while (input.incrementToken()) {
                        char[] buffer = term.buffer();
                        int kept = 0;
                        for (int i = 0; i < term.length(); i++) {
                            if (!isHyphen(buffer[i])) {
                                buffer[kept++] = buffer[i];
                            }
                        }
                        if (kept > 0) {
                            String script = script(new String(buffer, 0, kept));
                            if (!script.isEmpty()) {
                                term.setEmpty().append(script);
                                return true;
                            }
                        }
                    }
                    return false;
                }
            };
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new ASCIIFoldingFilter(stream)));
        }

        static boolean isMark(int c) {
            int t = Character.getType(c);
            return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
        }

        /** Compatibility-composed, marks and tatweel dropped, Arabic letter variants and digits folded. */
        static String script(String token) {
            String n = Normalizer.normalize(token, Normalizer.Form.NFKC);
            if (!n.equals(Normalizer.normalize(token, Normalizer.Form.NFC))
                && token.codePoints().noneMatch(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF)) {
                n = Normalizer.normalize(token, Normalizer.Form.NFC); // compatibility forms other than Arabic stay as they were
            }
            StringBuilder b = new StringBuilder();
            n.codePoints().filter(c -> !isMark(c) && c != 'ـ').map(c -> switch (c) {
                case 'آ', 'أ', 'إ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER && c >= 0x0660 && c <= 0x06F9 ? '0' + Character.digit(c, 10) : c;
            }).forEach(b::appendCodePoint);
            return b.toString();
        }

        static boolean isHyphen(int c) {
            for (int h : HYPHENS) {
                if (c == h) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Every token as "term@start-end+increment", then the final offset. */
    private static List<String> tokens(Analyzer analyzer, Reader text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
            }
            stream.end();
            out.add("end@" + offset.endOffset());
        }
        return out;
    }

    /** The terms alone of {@link #tokens}. */
    private static List<String> terms(List<String> tokens) {
        return tokens.subList(0, tokens.size() - 1).stream().map(token -> token.substring(0, token.lastIndexOf('@'))).toList();
    }

    /** A reader that hands out the text a few chars at a time, as a slow stream would. */
    private static Reader trickling(String text, Random random) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at >= text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, 1 + random.nextInt(7)), text.length() - at);
                text.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void theOnePassTokenizerGivesWhatTheFourStagesGave() throws Exception {
        Random random = new Random(20261206);
        try (Analyzer reference = new Reference(); SearchAnalyzer analyzer = new SearchAnalyzer()) {
            for (int round = 0; round < 3_000; round++) {
                StringBuilder text = new StringBuilder();
                int pieces = random.nextInt(round < 2_900 ? 40 : 3_000);
                for (int i = 0; i < pieces; i++) {
                    int kind = random.nextInt(10);
                    if (kind == 0) {
                        text.appendCodePoint(HYPHENS[random.nextInt(HYPHENS.length)]);
                    } else if (kind == 1 && random.nextInt(20) == 0) {
                        text.append("x".repeat(200 + random.nextInt(400))); // past the 255-char limit
                    } else {
                        text.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                }
                String s = text.toString();
                assertEquals(tokens(reference, new StringReader(s)), tokens(analyzer, new StringReader(s)), s);
                assertEquals(tokens(reference, new StringReader(s)), tokens(analyzer, trickling(s, random)), s);
                assertEquals(terms(tokens(reference, new StringReader(s))), analyzer.terms(s), s);
            }
        }
    }

    @Test
    void aLetterOutsideSixteenBitsAtTheEdgeOfARead() throws Exception {
        try (Analyzer reference = new Reference(); SearchAnalyzer analyzer = new SearchAnalyzer()) {
            for (int before = 4_090; before < 4_100; before++) {
                String s = "a".repeat(before % 7) + " ".repeat(before - before % 7) + "𝐀bc 𐐀-𐐀 end";
                assertEquals(tokens(reference, new StringReader(s)), tokens(analyzer, new StringReader(s)), "at " + before);
            }
        }
    }

    @Test
    void frenchAndArabicFoldAsEnglishDoes() {
        try (SearchAnalyzer analyzer = new SearchAnalyzer()) {
            assertEquals(List.of("etat", "de", "securite", "a", "sembe"), analyzer.terms("État de sécurité à Sembé"));
            // the same words written with combining accents, as some PDFs and Macs give them
            assertEquals(List.of("etat", "de", "securite"), analyzer.terms("E\u0301tat de se\u0301curite\u0301"));
            assertEquals(List.of("situacao", "deslocadas"), analyzer.terms("Situação deslocadas"));
            // Arabic: short vowels and tatweel dropped, alef variants, teh marbuta and alef maksura folded
            assertEquals(analyzer.terms("الامن"), analyzer.terms("الأمن"));
            assertEquals(analyzer.terms("الامن"), analyzer.terms("ٱلْأَمْن"));
            assertEquals(analyzer.terms("المسلحه"), analyzer.terms("المسلحة"));
            assertEquals(analyzer.terms("علي"), analyzer.terms("على"));
            assertEquals(analyzer.terms("السوق"), analyzer.terms("الســوق"));
            assertEquals(List.of("2026"), analyzer.terms("٢٠٢٦"));
            // a lam-alef ligature from a PDF's presentation forms is the two letters
            assertEquals(analyzer.terms("لا"), analyzer.terms("\uFEFB"));
            assertEquals(1, analyzer.terms("نزح المدنيون").size() - 1, "two Arabic words, two terms");
            // wildcard and fuzzy terms are normalised the same way
            assertEquals(analyzer.terms("الامن").get(0), analyzer.normalize("text", "الأمن").utf8ToString());
            assertEquals("etat", analyzer.normalize("text", "E\u0301tat").utf8ToString());
        }
    }
}
