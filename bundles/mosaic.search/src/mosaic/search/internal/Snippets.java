package mosaic.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Highlighted fragments of passages: the window of a passage with the most query terms, terms
 * between {@code <b>} and {@code </b>}. The terms come from the rewritten query (so wildcards and
 * fuzzy terms are expanded already, or matched by their automaton), prohibited clauses left out;
 * the passage is analysed with the index analyzer, so what is marked is what matched.
 */
public final class Snippets {

    private final Analyzer analyzer;
    private final String field;
    private final Set<String> terms = new HashSet<>();
    private final List<ByteRunAutomaton> automata = new ArrayList<>();
    private final int width;

    /**
     * @param analyzer the analyzer of the field
     * @param field    the text field
     * @param query    the rewritten query
     * @param width    about how many characters a fragment has
     */
    public Snippets(Analyzer analyzer, String field, Query query, int width) {
        this.analyzer = analyzer;
        this.field = field;
        this.width = width;
        query.visit(new Collector());
    }

    /** Whether the query has any term of the field to mark. */
    public boolean hasTerms() {
        return !terms.isEmpty() || !automata.isEmpty();
    }

    private final class Collector extends QueryVisitor {
        @Override
        public boolean acceptField(String name) {
            return field.equals(name);
        }

        @Override
        public void consumeTerms(Query query, Term... queryTerms) {
            for (Term term : queryTerms) {
                terms.add(term.text());
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String name, Supplier<ByteRunAutomaton> automaton) {
            automata.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }

    private boolean matches(String term) {
        if (terms.contains(term)) {
            return true;
        }
        if (!automata.isEmpty()) {
            BytesRef bytes = new BytesRef(term);
            for (ByteRunAutomaton automaton : automata) {
                if (automaton.run(bytes.bytes, bytes.offset, bytes.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The best fragment of a text, or {@code null} when no query term is in it.
     */
    public String fragment(String text) {
        List<int[]> hits = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (matches(term.toString())) {
                    hits.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        if (hits.isEmpty()) {
            return null;
        }
        // the window starting at a hit that holds the most hits
        int bestStart = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < hits.size(); i++) {
            while (j < hits.size() && hits.get(j)[1] - hits.get(i)[0] <= width) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                bestStart = i;
            }
        }
        int from = Math.max(0, hits.get(bestStart)[0] - width / 4);
        if (from <= width / 8) {
            from = 0;
        } else {
            int word = from;
            while (word > 0 && from - word < 20 && !Character.isWhitespace(text.charAt(word - 1))) {
                word--;
            }
            from = word == 0 || Character.isWhitespace(text.charAt(word - 1)) ? word : from;
        }
        int to = Math.min(text.length(), from + width);
        int word = to;
        while (word < text.length() && word - to < 20 && !Character.isWhitespace(text.charAt(word))) {
            word++;
        }
        to = word == text.length() || Character.isWhitespace(text.charAt(word)) ? word : to;
        StringBuilder b = new StringBuilder(width + 40);
        if (from > 0) {
            b.append('…');
        }
        int at = from;
        for (int[] hit : hits) {
            if (hit[0] < from || hit[1] > to) {
                continue;
            }
            b.append(text, at, hit[0]).append("<b>").append(text, hit[0], hit[1]).append("</b>");
            at = hit[1];
        }
        b.append(text, at, to);
        if (to < text.length()) {
            b.append('…');
        }
        return b.toString();
    }
}
