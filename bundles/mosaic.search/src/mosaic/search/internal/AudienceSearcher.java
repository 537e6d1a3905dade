package mosaic.search.internal;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;

/**
 * An index searcher whose scoring statistics come from the documents an audience may see.
 * <p>
 * BM25 weighs a term by how many documents contain it. With Lucene's own statistics, a term
 * that occurs only in documents above the reader's clearance would still change the scores of
 * the documents the reader sees, and scores are shown: an adversary could learn that a secret
 * report contains a word. Here a term's document frequency is counted among visible documents
 * only, and the collection size is the number of visible documents with a fixed nominal length
 * per field (average field lengths over all documents would leak too, if faintly).
 */
public final class AudienceSearcher extends IndexSearcher {

    private static final long NOMINAL_TEXT_TERMS = 150;
    private static final long NOMINAL_SHORT_TERMS = 8;

    private final IndexSearcher counter;
    private final VisibleDocs visible;
    private final int visibleCount;
    private final String audienceKey;
    private final Map<String, Long> docFreqs;

    /**
     * @param reader      the index snapshot
     * @param visible     the documents the audience may see in it
     * @param audienceKey identifies the audience in {@code docFreqs}
     * @param docFreqs    a cache of visible document frequencies, shared by the searchers of one snapshot
     */
    public AudienceSearcher(IndexReader reader, VisibleDocs visible, String audienceKey, Map<String, Long> docFreqs) {
        super(reader);
        this.counter = new IndexSearcher(reader);
        this.visible = visible;
        this.visibleCount = Math.max(1, visible.count());
        this.audienceKey = audienceKey;
        this.docFreqs = docFreqs;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        String key = audienceKey + '\u0000' + term.field() + '\u0000' + term.text();
        Long cached = docFreqs.get(key);
        if (cached == null) {
            Query both = new BooleanQuery.Builder()
                .add(new TermQuery(term), BooleanClause.Occur.FILTER)
                .add(visible, BooleanClause.Occur.FILTER)
                .build();
            cached = (long) counter.count(both);
            docFreqs.put(key, cached);
        }
        long count = Math.min(visibleCount, Math.max(1, cached));
        return new TermStatistics(term.bytes(), count, count);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        long nominal = IndexFields.TEXT.equals(field) ? NOMINAL_TEXT_TERMS : NOMINAL_SHORT_TERMS;
        return new CollectionStatistics(field, visibleCount, visibleCount, visibleCount * nominal, visibleCount * nominal);
    }
}
