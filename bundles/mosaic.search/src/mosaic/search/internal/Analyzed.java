package mosaic.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import mosaic.io.extract.Passage;
import mosaic.search.EntityMatcher;
import mosaic.search.SearchAnalyzer;

/**
 * The passages of a report analysed once: the terms of each passage, as the index takes them,
 * and the entities each mentions. Ingest analyses a report while the one before it is being
 * written; the entity matcher and the index then both use these terms instead of analysing the
 * text again each.
 *
 * @param terms    for each passage, its terms in order
 * @param mentions for each passage, the ids of the entities it mentions
 */
public record Analyzed(List<List<String>> terms, List<Set<String>> mentions) {

    /** Analyses passages and finds their entities. */
    public static Analyzed of(List<Passage> passages, SearchAnalyzer analyzer, EntityMatcher matcher) {
        List<List<String>> terms = new ArrayList<>(passages.size());
        List<Set<String>> mentions = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            List<String> passageTerms = analyzer.terms(passage.text());
            terms.add(passageTerms);
            Set<String> ids = new LinkedHashSet<>();
            for (EntityMatcher.Mention mention : matcher.find(passageTerms)) {
                ids.addAll(mention.entityIds());
            }
            mentions.add(ids);
        }
        return new Analyzed(List.copyOf(terms), List.copyOf(mentions));
    }

    /**
     * A token stream of already analysed terms, one position each, as the analyzer would have
     * produced them from the texts joined.
     */
    static TokenStream stream(List<List<String>> parts) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private int part;
            private int index;

            @Override
            public boolean incrementToken() {
                while (part < parts.size() && index >= parts.get(part).size()) {
                    part++;
                    index = 0;
                }
                if (part >= parts.size()) {
                    return false;
                }
                clearAttributes();
                term.append(parts.get(part).get(index++));
                return true;
            }

            @Override
            public void reset() throws java.io.IOException {
                super.reset();
                part = 0;
                index = 0;
            }
        };
    }
}
