package mosaic.search.internal;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents one audience may see in one index snapshot, as a bit set per segment, used as
 * the need-to-know filter clause of every query. It is computed once per audience and snapshot
 * from the filter query (classification rank, compartments, releasability), so the filter costs
 * a bit test per candidate instead of a point range and a term set evaluated again per query.
 */
public final class VisibleDocs extends Query {

    private final String audienceKey;
    private final IndexReader reader;
    private final FixedBitSet[] bits;
    private final int count;

    private VisibleDocs(String audienceKey, IndexReader reader, FixedBitSet[] bits, int count) {
        this.audienceKey = audienceKey;
        this.reader = reader;
        this.bits = bits;
        this.count = count;
    }

    /**
     * Evaluates a filter on every live document of the searcher's reader.
     *
     * @param searcher    a searcher over the snapshot
     * @param filter      the audience's need-to-know filter
     * @param audienceKey identifies the audience (for equality and display)
     */
    public static VisibleDocs of(IndexSearcher searcher, Query filter, String audienceKey) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int count = 0;
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet set = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        set.set(doc);
                    }
                }
            }
            count += set.cardinality();
            bits[leaf.ord] = set;
        }
        return new VisibleDocs(audienceKey, reader, bits, count);
    }

    /** How many live documents the audience may see. */
    public int count() {
        return count;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        if (searcher.getIndexReader() != reader) {
            throw new IllegalStateException("visible documents of another index snapshot");
        }
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                FixedBitSet set = bits[context.ord];
                int cardinality = set.cardinality();
                if (cardinality == 0) {
                    return null;
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(set, cardinality)));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "visible(" + audienceKey + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && audienceKey.equals(((VisibleDocs) other).audienceKey) && reader == ((VisibleDocs) other).reader;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), audienceKey, System.identityHashCode(reader));
    }
}
