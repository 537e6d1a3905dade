package mosaic.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer of every text field and of entity names, so that a query, an alias and a passage
 * are normalised the same way:
 * <ul>
 * <li>a token is a run of letters and digits in which hyphens (ASCII and Unicode hyphens and
 * dashes) may appear;</li>
 * <li>the hyphens are then removed, so {@code Mai-Mai}, {@code Mai‐Mai} and {@code Maimai} are
 * the one term {@code maimai} (a spelling with a space, {@code Mai Mai}, stays two terms; the
 * entity matcher also tries such names joined);</li>
 * <li>accents are folded to ASCII and case to lower case, so {@code MAÏ-MAÏ} is {@code maimai}
 * too.</li>
 * </ul>
 * {@link SearchTokenizer} does all of this in one pass. No stemming and no stop words: analysts search names and phrases more than prose, and wildcards
 * and fuzzy terms cover inflection. Wildcard and fuzzy terms are normalised by
 * {@link #normalize(String, TokenStream)} the same way (folding and case).
 */
public final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new SearchTokenizer());
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new TokenFilter(in) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                String text = term.toString();
                String folded = SearchTokenizer.foldScript(text);
                if (!folded.equals(text)) {
                    term.setEmpty().append(folded);
                }
                return true;
            }
        }));
    }

    /** Whether a character is a hyphen or dash that joins the parts of a name. */
    static boolean isHyphen(int c) {
        return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D || c == 0x00AD;
    }

    /**
     * The terms of a text, as they are indexed.
     *
     * @param text any text
     * @return the normalised terms in order
     */
    public List<String> terms(String text) {
        return SearchTokenizer.terms(text);
    }
}
