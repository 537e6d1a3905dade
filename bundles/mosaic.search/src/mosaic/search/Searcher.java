package mosaic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

import mosaic.core.access.Audience;
import mosaic.model.Marking;
import mosaic.model.MosaicFactory;
import mosaic.search.internal.AudienceSearcher;
import mosaic.search.internal.IndexFields;
import mosaic.search.internal.Snippets;
import mosaic.search.internal.VisibleDocs;

/**
 * Runs {@link SearchQuery queries} on one snapshot of the index, always for an {@link Audience}.
 * <p>
 * <b>Need to know is part of the Lucene query.</b> Every query, count, facet count, snippet and
 * more-like-this runs with a filter clause that keeps only documents whose classification rank is
 * at most the audience's clearance, whose compartment is none or one the audience is read into,
 * and, for an audience released to a body, whose releasability is unrestricted or names that
 * body. Nothing is filtered after the fact, so totals and facets can never count what the
 * audience may not see; scores are computed from visible documents only (see
 * {@link AudienceSearcher}). As a second line, each hit's stored marking is checked with
 * {@link Audience#permits(Marking)} before it is returned; a failure there is a bug, reported as an
 * {@link IllegalStateException}, never a silent drop.
 * <p>
 * <b>Aliases.</b> When an {@link EntityMatcher} is given, a term or phrase of the query that is a
 * name or alias of an actor or place also matches every report linked to that entity, so
 * {@code Mayi-Mayi} finds reports that say {@code Mai-Mai} when both are aliases of one actor.
 * <p>
 * Thread-safe: a searcher is a read-only view.
 */
public final class Searcher {

    /** The facet dimensions, in display order. */
    public static final List<String> FACETS = List.of(IndexFields.TYPE, IndexFields.YEAR, IndexFields.CLASSIFICATION,
        IndexFields.COMPONENT, IndexFields.ACTOR, IndexFields.PLACE);
    private static final int MAX_FACET_VALUES = 20;
    private static final int SNIPPET_CHARS = 240;
    private static final int MLT_CANDIDATES = 60;
    private static final int MLT_TERMS = 20;
    /** The most spellings a fuzzy term expands to (Lucene's default is 50). */
    private static final int FUZZY_EXPANSIONS = 16;

    private final DirectoryReader reader;
    private final SearchAnalyzer analyzer;
    private final EntityMatcher matcher;
    private final IndexSearcher plain;
    private final Map<String, VisibleDocs> visibleByAudience = new ConcurrentHashMap<>();
    private final Map<String, Long> visibleDocFreqs = new ConcurrentHashMap<>();

    Searcher(DirectoryReader reader, SearchAnalyzer analyzer) {
        this(reader, analyzer, null);
    }

    private Searcher(DirectoryReader reader, SearchAnalyzer analyzer, EntityMatcher matcher) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.matcher = matcher;
        this.plain = new IndexSearcher(reader);
    }

    /** This searcher, expanding names and aliases of the matcher's entities in query text. */
    public Searcher withEntities(EntityMatcher entities) {
        return new Searcher(reader, analyzer, entities);
    }

    /** Number of reports in the index, whoever may see them: for diagnostics and benchmarks only. */
    public int reportCount() throws IOException {
        return plain.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)));
    }

    /** Number of passages in the index, whoever may see them: for diagnostics and benchmarks only. */
    public int passageCount() throws IOException {
        return plain.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE)));
    }

    // ------------------------------------------------------------------------------ search

    /**
     * Runs a query for an audience.
     *
     * @throws SearchException when the query text is not valid Lucene syntax (the message says where)
     */
    public SearchResult search(SearchQuery query, Audience audience) throws IOException, SearchException {
        VisibleDocs visible = visible(audience);
        // rewritten once (fuzzy, wildcard and prefix terms expanded against the dictionary), then
        // used for the reports, their passages and the highlighting
        Query text = plain.rewrite(textQuery(query));
        BooleanQuery.Builder reports = new BooleanQuery.Builder()
            .add(text, Occur.MUST)
            .add(kind(IndexFields.KIND_REPORT), Occur.FILTER)
            .add(visible, Occur.FILTER);
        addFilters(reports, query, Occur.FILTER);
        Query reportQuery = reports.build();
        return run(reportQuery, text, query, audience, visible);
    }

    /**
     * Reports like a given one, among those the audience may see. The terms that describe the
     * source are chosen from its visible text and weighed by how many visible reports contain
     * them, so a document the audience cannot see influences neither the choice nor the scores.
     *
     * @throws SearchException when the report is not in the index or the audience may not see it
     *         (one message for both, so that the answer does not tell a secret report exists)
     */
    public SearchResult moreLikeThis(String reportId, Audience audience, int limit) throws IOException, SearchException {
        VisibleDocs visible = visible(audience);
        Query sourcePassages = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.REPORT, reportId)), Occur.FILTER)
            .add(visible, Occur.FILTER)
            .build();
        TopDocs source = plain.search(sourcePassages, 10_000);
        if (source.scoreDocs.length == 0) {
            throw new SearchException("no report " + reportId + " that this audience may see");
        }
        Map<String, Integer> frequencies = new HashMap<>();
        StoredFields stored = plain.storedFields();
        for (ScoreDoc doc : source.scoreDocs) {
            Document fields = stored.document(doc.doc, Set.of(IndexFields.PASSAGE_TEXT, IndexFields.TITLE));
            String passageText = fields.get(IndexFields.PASSAGE_TEXT);
            if (passageText == null) {
                passageText = fields.get(IndexFields.TITLE);
            }
            if (passageText != null) {
                for (String term : analyzer.terms(passageText)) {
                    if (term.length() > 2 && !term.chars().allMatch(Character::isDigit)) {
                        frequencies.merge(term, 1, Integer::sum);
                    }
                }
            }
        }
        int visibleReports = plain.count(new BooleanQuery.Builder().add(kind(IndexFields.KIND_REPORT), Occur.FILTER)
            .add(visible, Occur.FILTER).build());
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>(frequencies.entrySet());
        candidates.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        record Weighted(String term, double weight) {
        }
        List<Weighted> weighted = new ArrayList<>();
        for (Map.Entry<String, Integer> candidate : candidates.subList(0, Math.min(MLT_CANDIDATES, candidates.size()))) {
            int df = plain.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TEXT, candidate.getKey())), Occur.FILTER)
                .add(kind(IndexFields.KIND_REPORT), Occur.FILTER)
                .add(visible, Occur.FILTER).build());
            if (df > 1) { // a term only the source has finds nothing else
                weighted.add(new Weighted(candidate.getKey(), candidate.getValue() * Math.log(1.0 + (double) visibleReports / df)));
            }
        }
        weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        double top = weighted.isEmpty() ? 1 : weighted.get(0).weight();
        for (Weighted w : weighted.subList(0, Math.min(MLT_TERMS, weighted.size()))) {
            like.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, w.term())), (float) (w.weight() / top)), Occur.SHOULD);
        }
        Query likeQuery = weighted.isEmpty() ? new TermQuery(new Term(IndexFields.TEXT, "\u0000nothing")) : like.build();
        Query reportQuery = new BooleanQuery.Builder()
            .add(likeQuery, Occur.MUST)
            .add(kind(IndexFields.KIND_REPORT), Occur.FILTER)
            .add(visible, Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.REPORT, reportId)), Occur.MUST_NOT)
            .build();
        return run(reportQuery, likeQuery, SearchQuery.of("").withLimit(limit), audience, visible);
    }

    private SearchResult run(Query reportQuery, Query text, SearchQuery query, Audience audience, VisibleDocs visible) throws IOException {
        IndexSearcher searcher = new AudienceSearcher(reader, visible, audience.toString(), visibleDocFreqs);
        // one pass: the top hits, the exact total and (when asked) the facets
        CollectorManager<?, ? extends TopDocs> topManager = query.sort() == SearchQuery.Sort.RELEVANCE
            ? new TopScoreDocCollectorManager(query.limit(), Integer.MAX_VALUE)
            : new TopFieldCollectorManager(new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG,
                query.sort() == SearchQuery.Sort.NEWEST), SortField.FIELD_SCORE), query.limit(), Integer.MAX_VALUE);
        Object[] collected = searcher.search(reportQuery, query.facets()
            ? new MultiCollectorManager(topManager, new FacetsCollectorManager()) : new MultiCollectorManager(topManager));
        TopDocs top = (TopDocs) collected[0];
        int total = (int) top.totalHits.value();
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc);
            checkPermitted(doc, audience);
            ids.add(doc.get(IndexFields.REPORT));
            docs.add(doc);
        }
        Map<String, Passage> passages = bestPassages(searcher, top.scoreDocs, docs, text, query, audience);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document doc = docs.get(i);
            Passage passage = passages.get(ids.get(i));
            hits.add(new SearchHit(ids.get(i), doc.get(IndexFields.TITLE), doc.get(IndexFields.TYPE), date(doc),
                doc.get(IndexFields.CLASSIFICATION), Float.isNaN(top.scoreDocs[i].score) ? 0f : top.scoreDocs[i].score,
                passage == null ? 0 : passage.number(), passage == null ? null : passage.kind(),
                passage == null ? "" : passage.snippet(), passage == null ? mosaic.io.extract.Passage.NO_CONFIDENCE : passage.confidence()));
        }
        Map<String, List<SearchResult.FacetCount>> facets = query.facets() ? facets((FacetsCollector) collected[1]) : Map.of();
        return new SearchResult(total, hits, facets);
    }

    /** The best passage of a report and its highlighted fragment. */
    private record Passage(int number, String kind, String snippet, int confidence) {
    }

    private static Instant date(Document doc) {
        var field = doc.getField(IndexFields.DATE);
        return field == null || field.numericValue() == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
    }

    /**
     * The passage of each report that best answers the query. Passages are not indexed for text
     * (the report document is; indexing the text twice would halve the ingest rate): the report
     * document records where each passage begins in its text, so the positions of the query's
     * matches in the report tell which passage holds most of them. Only the chosen passage is
     * read. A query without text that names entities picks the first passage linked to one.
     */
    private Map<String, Passage> bestPassages(IndexSearcher searcher, ScoreDoc[] hits, List<Document> reportDocs, Query text,
            SearchQuery query, Audience audience) throws IOException {
        Map<String, Passage> result = new HashMap<>();
        boolean hasText = !(text instanceof MatchAllDocsQuery);
        Weight weight = hasText ? searcher.createWeight(text, ScoreMode.COMPLETE_NO_SCORES, 1f) : null;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        Snippets snippets = hasText ? new Snippets(analyzer, IndexFields.TEXT, text, SNIPPET_CHARS) : null;
        for (int i = 0; i < hits.length; i++) {
            Document reportDoc = reportDocs.get(i);
            String id = reportDoc.get(IndexFields.REPORT);
            int[] starts = starts(reportDoc);
            if (starts.length == 0) {
                continue;
            }
            int doc = hits[i].doc;
            int best = 0;
            if (weight != null && starts.length > 1) {
                best = mostMatched(weight, leaves, doc, starts);
            } else if (!hasText && !query.mentions().isEmpty()) {
                best = firstMentioning(stored, doc, starts.length, query.mentions());
            }
            Document passage = passageDocument(searcher, stored, doc, id, best + 1);
            if (passage == null) {
                continue;
            }
            checkPermitted(passage, audience);
            String passageText = passage.get(IndexFields.PASSAGE_TEXT);
            String snippet = snippets == null || !snippets.hasTerms() || passageText == null ? null : snippets.fragment(passageText);
            var confidence = passage.getField(IndexFields.PASSAGE_CONFIDENCE);
            result.put(id, new Passage(best + 1, passage.get(IndexFields.PASSAGE_KIND),
                (snippet != null ? snippet : opening(passageText)).replace('\n', ' ').trim(),
                confidence == null || confidence.numericValue() == null ? mosaic.io.extract.Passage.NO_CONFIDENCE
                    : confidence.numericValue().intValue()));
        }
        return result;
    }

    private static int[] starts(Document reportDoc) {
        BytesRef bytes = reportDoc.getBinaryValue(IndexFields.PASSAGE_STARTS);
        if (bytes == null) {
            return new int[0];
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int[] starts = new int[bytes.length / 4];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = buffer.getInt();
        }
        return starts;
    }

    /** The passage (0-based) holding most of the query's matches in a report's text; the first of equals. */
    private static int mostMatched(Weight weight, List<LeafReaderContext> leaves, int doc, int[] starts) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        MatchesIterator positions = matches == null ? null : matches.getMatches(IndexFields.TEXT);
        if (positions == null) {
            return 0;
        }
        int[] counts = new int[starts.length];
        while (positions.next()) {
            int position = positions.startPosition();
            if (position >= starts[0]) {
                int index = java.util.Arrays.binarySearch(starts, position);
                counts[index >= 0 ? index : -index - 2]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The first passage (0-based) linked to one of the entities, or the first passage. */
    private static int firstMentioning(StoredFields stored, int reportDoc, int count, Set<String> entities) throws IOException {
        for (int i = 0; i < count; i++) {
            Document passage = stored.document(reportDoc + 1 + i, Set.of(IndexFields.PASSAGE_ACTOR, IndexFields.PASSAGE_PLACE));
            for (String field : List.of(IndexFields.PASSAGE_ACTOR, IndexFields.PASSAGE_PLACE)) {
                for (String linked : passage.getValues(field)) {
                    if (entities.contains(linked)) {
                        return i;
                    }
                }
            }
        }
        return 0;
    }

    /**
     * A report's passage document: indexed as one block with the report's, so it is normally the
     * document {@code number} places after it; looked up by id and number when not.
     */
    private static Document passageDocument(IndexSearcher searcher, StoredFields stored, int reportDoc, String id, int number)
            throws IOException {
        int candidate = reportDoc + number;
        if (candidate < searcher.getIndexReader().maxDoc()) {
            Document doc = stored.document(candidate);
            var field = doc.getField(IndexFields.PASSAGE);
            if (id.equals(doc.get(IndexFields.REPORT)) && field != null && field.numericValue() != null
                    && field.numericValue().intValue() == number) {
                return doc;
            }
        }
        TopDocs found = searcher.search(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.REPORT, id)), Occur.FILTER)
            .add(kind(IndexFields.KIND_PASSAGE), Occur.FILTER).build(), 100_000);
        for (ScoreDoc hit : found.scoreDocs) {
            Document doc = stored.document(hit.doc);
            var field = doc.getField(IndexFields.PASSAGE);
            if (field != null && field.numericValue() != null && field.numericValue().intValue() == number) {
                return doc;
            }
        }
        return null;
    }

    private static String opening(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + "…";
    }

    private static Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector collector) throws IOException {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : FACETS) {
            Map<String, Integer> counts = new HashMap<>();
            for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
                if (matching.totalHits() == 0) {
                    continue;
                }
                // count by ordinal within the segment, then name each ordinal once
                SortedSetDocValues values = DocValues.getSortedSet(matching.context().reader(), dimension);
                int[] byOrd = new int[(int) Math.min(Integer.MAX_VALUE - 8, values.getValueCount())];
                DocIdSetIterator docs = matching.bits().iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (values.advanceExact(doc)) {
                        for (int i = 0; i < values.docValueCount(); i++) {
                            byOrd[(int) values.nextOrd()]++;
                        }
                    }
                }
                for (int ord = 0; ord < byOrd.length; ord++) {
                    if (byOrd[ord] > 0) {
                        counts.merge(values.lookupOrd(ord).utf8ToString(), byOrd[ord], Integer::sum);
                    }
                }
            }
            List<SearchResult.FacetCount> list = new ArrayList<>();
            counts.forEach((value, count) -> list.add(new SearchResult.FacetCount(value, count)));
            list.sort(Comparator.comparingInt(SearchResult.FacetCount::count).reversed().thenComparing(SearchResult.FacetCount::value));
            facets.put(dimension, List.copyOf(list.subList(0, Math.min(MAX_FACET_VALUES, list.size()))));
        }
        return facets;
    }

    // ------------------------------------------------------------------------------ building queries

    /**
     * The need-to-know filter of an audience, as a Lucene query: classification rank at most the
     * clearance, compartment none or one of the audience's, releasability unrestricted or the
     * audience's body.
     */
    static Query visibleFilter(Audience audience) {
        int clearance = audience.rules().classificationRank(audience.clearance());
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
            .add(IntPoint.newRangeQuery(IndexFields.RANK, Integer.MIN_VALUE, clearance), Occur.FILTER);
        List<BytesRef> compartments = new ArrayList<>();
        compartments.add(new BytesRef(IndexFields.NONE));
        audience.compartments().forEach(c -> compartments.add(new BytesRef(c)));
        filter.add(new TermInSetQuery(IndexFields.COMPARTMENT, compartments), Occur.FILTER);
        audience.releasableTo().ifPresent(body -> filter.add(new TermInSetQuery(IndexFields.RELEASABLE,
            List.of(new BytesRef(IndexFields.NONE), new BytesRef(body))), Occur.FILTER));
        return filter.build();
    }

    /** The documents the audience may see in this snapshot, computed once per audience. */
    private VisibleDocs visible(Audience audience) throws IOException {
        try {
            return visibleByAudience.computeIfAbsent(audience.toString(), key -> {
                try {
                    return VisibleDocs.of(plain, visibleFilter(audience), key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void checkPermitted(Document doc, Audience audience) {
        Marking marking = MosaicFactory.eINSTANCE.createMarking();
        marking.setClassification(doc.get(IndexFields.CLASSIFICATION));
        String compartment = doc.get(IndexFields.COMPARTMENT);
        marking.setCompartment(compartment == null || IndexFields.NONE.equals(compartment) ? null : compartment);
        for (String body : doc.getValues(IndexFields.RELEASABLE)) {
            if (!IndexFields.NONE.equals(body)) {
                marking.getReleasableTo().add(body);
            }
        }
        if (!audience.permits(marking)) {
            throw new IllegalStateException("index filter let through report " + doc.get(IndexFields.REPORT) + " marked "
                + marking.getClassification() + " for audience " + audience + "; rebuild the index");
        }
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexFields.KIND, kind));
    }

    private Query textQuery(SearchQuery query) throws SearchException {
        String text = query.text().trim();
        if (text.isEmpty() || (!query.simple() && (text.equals("*") || text.equals("*:*")))) {
            return MatchAllDocsQuery.INSTANCE;
        }
        Query parsed;
        if (query.simple()) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, IndexFields.TEXT);
            parser.setDefaultOperator(Occur.MUST);
            parsed = parser.parse(text);
            if (parsed == null) {
                return MatchAllDocsQuery.INSTANCE;
            }
        } else {
            QueryParser parser = new QueryParser(IndexFields.TEXT, analyzer) {
                @Override
                protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
                    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
                    return new FuzzyQuery(term, edits, prefixLength, FUZZY_EXPANSIONS, true);
                }
            };
            parser.setAllowLeadingWildcard(true);
            parser.setFuzzyPrefixLength(1);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                parsed = parser.parse(text);
            } catch (ParseException e) {
                throw new SearchException("query '" + text + "' is not valid: " + firstLine(e.getMessage()));
            }
        }
        return matcher == null ? parsed : expandAliases(parsed);
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return message == null ? "syntax error" : nl < 0 ? message : message.substring(0, nl);
    }

    /** Replaces each term or phrase that names an entity by "that text, or linked to that entity". */
    private Query expandAliases(Query query) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                builder.add(clause.occur() == Occur.MUST_NOT ? clause.query() : expandAliases(clause.query()), clause.occur());
            }
            return builder.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(expandAliases(boost.getQuery()), boost.getBoost());
        }
        List<String> terms = new ArrayList<>();
        if (query instanceof TermQuery term && term.getTerm().field().equals(IndexFields.TEXT)) {
            terms.add(term.getTerm().text());
        } else if (query instanceof PhraseQuery phrase && phrase.getField().equals(IndexFields.TEXT)) {
            for (Term term : phrase.getTerms()) {
                terms.add(term.text());
            }
        } else {
            return query;
        }
        List<EntityMatcher.Mention> mentions = matcher.find(terms);
        if (mentions.size() != 1 || mentions.get(0).termCount() != terms.size()) {
            return query;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(query, Occur.SHOULD);
        for (String id : mentions.get(0).entityIds()) {
            Entity entity = matcher.entity(id);
            String field = entity != null && entity.kind() == Entity.Kind.PLACE ? IndexFields.PLACE : IndexFields.ACTOR;
            either.add(new TermQuery(new Term(field, id)), Occur.SHOULD);
        }
        return either.build();
    }

    private static void addFilters(BooleanQuery.Builder builder, SearchQuery query, Occur occur) {
        if (!query.types().isEmpty()) {
            builder.add(new TermInSetQuery(IndexFields.TYPE, query.types().stream().map(BytesRef::new).toList()), occur);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli();
            builder.add(LongPoint.newRangeQuery(IndexFields.DATE, from, to), occur);
        }
        for (String id : query.mentions()) {
            builder.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.ACTOR, id)), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.PLACE, id)), Occur.SHOULD).build(), occur);
        }
        if (query.near() != null) {
            builder.add(LatLonPoint.newDistanceQuery(IndexFields.GEO, query.near().latitude(), query.near().longitude(),
                query.near().km() * 1000.0), occur);
        }
    }
}
