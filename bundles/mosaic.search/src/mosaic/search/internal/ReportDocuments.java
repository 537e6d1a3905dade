package mosaic.search.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import mosaic.io.extract.Extracted;
import mosaic.io.extract.Passage;
import mosaic.model.Marking;
import mosaic.model.Report;
import mosaic.model.config.MissionRules;
import mosaic.search.Entity;
import mosaic.search.EntityMatcher;
import mosaic.search.LinkCorrections;
import mosaic.search.SearchAnalyzer;

/**
 * Builds the Lucene documents of one report: the report document, then one document per passage.
 * Paragraphs are grouped up to about {@value #GROUP_CHARS} characters so that a passage is a
 * readable piece of text; PDF pages and pages read by OCR are never grouped (a hit names its page).
 */
public final class ReportDocuments {

    /** Paragraphs are put together until a group reaches this many characters. */
    public static final int GROUP_CHARS = 1200;

    private ReportDocuments() {
    }

    /** The passages of an extracted document and its attachments, paragraphs grouped, numbered from 1. */
    public static List<Passage> passages(Extracted extracted) {
        List<Passage> flat = new ArrayList<>();
        flatten(extracted, flat);
        List<Passage> grouped = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (Passage passage : flat) {
            if (passage.page()) {
                if (!group.isEmpty()) {
                    grouped.add(new Passage(grouped.size() + 1, Passage.PARAGRAPH, group.toString()));
                    group.setLength(0);
                }
                // a page read by OCR keeps its kind and confidence, for the hits in it
                grouped.add(new Passage(grouped.size() + 1, passage.kind(), passage.text(), passage.confidence()));
                continue;
            }
            if (!group.isEmpty() && group.length() + passage.text().length() > GROUP_CHARS) {
                grouped.add(new Passage(grouped.size() + 1, Passage.PARAGRAPH, group.toString()));
                group.setLength(0);
            }
            if (!group.isEmpty()) {
                group.append("\n\n");
            }
            group.append(passage.text());
        }
        if (!group.isEmpty()) {
            grouped.add(new Passage(grouped.size() + 1, Passage.PARAGRAPH, group.toString()));
        }
        return grouped;
    }

    private static void flatten(Extracted extracted, List<Passage> into) {
        into.addAll(extracted.passages());
        for (Extracted child : extracted.children()) {
            flatten(child, into);
        }
    }

    /**
     * A digest of everything that goes into the report's documents: when it changes, the report
     * is indexed again.
     */
    public static String fingerprint(Report report, MissionRules rules, EntityMatcher matcher) {
        Marking marking = report.getMarking();
        StringBuilder b = new StringBuilder(FORMAT_PREFIX);
        b.append(report.getContentHash()).append('|').append(report.getTitle()).append('|').append(report.getReportType())
            .append('|').append(report.getDate()).append('|').append(report.getAuthor()).append('|').append(report.getComponent())
            .append('|').append(report.getSummary()).append('|').append(report.getContentFile());
        if (marking != null) {
            b.append('|').append(marking.getClassification()).append('|').append(rules.rank(marking)).append('|')
                .append(marking.getCompartment()).append('|').append(marking.getReleasableTo());
        }
        b.append('|').append(LinkCorrections.confirmed(report)).append('|').append(LinkCorrections.rejected(report))
            .append('|').append(matcher.fingerprint());
        return Digests.sha256(b.toString()).substring(0, 24);
    }

    private static final String FORMAT_PREFIX = IndexFields.FORMAT + "|";

    /**
     * The documents of a report: the report document first.
     *
     * @param report   the report record (metadata and marking)
     * @param passages its passages, numbered from 1
     * @param analyzed the passages' terms and entity mentions (see {@link Analyzed#of})
     * @param rules    the mission's classification levels
     * @param matcher  the entities, for their kinds and coordinates
     * @param analyzer the analyzer, for the title and summary
     */
    public static List<Document> build(Report report, List<Passage> passages, Analyzed analyzed, MissionRules rules,
            EntityMatcher matcher, SearchAnalyzer analyzer) {
        Set<String> confirmed = LinkCorrections.confirmed(report);
        Set<String> rejected = LinkCorrections.rejected(report);
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        Document reportDoc = new Document();
        docs.add(reportDoc);
        Set<String> allMentions = new LinkedHashSet<>(confirmed);
        // the report's text is its title and passages (the passages come analysed); the summary,
        // the opening of the first passage, only when there are no passages (an original that could
        // not be read): indexed twice it would count the opening's words twice
        List<List<String>> text = new ArrayList<>(passages.size() + 2);
        if (report.getTitle() != null) {
            text.add(analyzer.terms(report.getTitle()));
        }
        if (report.getSummary() != null && passages.isEmpty()) {
            text.add(analyzer.terms(report.getSummary()));
        }
        int position = 0;
        for (List<String> part : text) {
            position += part.size();
        }
        java.nio.ByteBuffer starts = java.nio.ByteBuffer.allocate(4 * passages.size());
        for (List<String> part : analyzed.terms()) {
            starts.putInt(position);
            position += part.size();
        }
        text.addAll(analyzed.terms());
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            Set<String> mentions = new LinkedHashSet<>(analyzed.mentions().get(i));
            mentions.removeAll(rejected);
            allMentions.addAll(mentions);
            Document doc = new Document();
            doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
            doc.add(new StoredField(IndexFields.PASSAGE, passage.index()));
            doc.add(new StoredField(IndexFields.PASSAGE_KIND, passage.kind()));
            if (passage.ocr()) {
                doc.add(new StoredField(IndexFields.PASSAGE_CONFIDENCE, passage.confidence()));
            }
            // stored only: the report document indexes the text; the searcher scores the passages of
            // the reports it shows (see Searcher), so the text is analysed and inverted once
            doc.add(new StoredField(IndexFields.PASSAGE_TEXT, passage.text()));
            // empty text, title and author fields: no terms, so they match nothing and change no
            // statistics, but every document then has a norm for each; with norms on report
            // documents only, the index writes and reads them as a sparse set, and writing the
            // postings of every term looked each document up in it (for text a fifth of a commit;
            // for the title alone about 7% of indexing a report)
            for (String field : NORMED) {
                doc.add(new Field(field, "", TextField.TYPE_NOT_STORED)); // the analyzer's reused tokenizer, no new stream
            }
            identity(doc, report, rules);
            // stored only: a passage's links are read (which passage to show for an entity), never searched
            for (String id : mentions) {
                Entity entity = matcher.entity(id);
                doc.add(new StoredField(entity != null && entity.kind() == Entity.Kind.PLACE ? IndexFields.PASSAGE_PLACE : IndexFields.PASSAGE_ACTOR, id));
            }
            docs.add(doc);
        }
        allMentions.removeAll(rejected);
        reportDoc.add(new StringField(IndexFields.KIND, IndexFields.KIND_REPORT, Field.Store.NO));
        reportDoc.add(new TextField(IndexFields.TEXT, Analyzed.stream(text)));
        reportDoc.add(new StoredField(IndexFields.FINGERPRINT, fingerprint(report, rules, matcher)));
        reportDoc.add(new StoredField(IndexFields.PASSAGE_STARTS, new BytesRef(starts.array())));
        common(reportDoc, report, rules);
        entities(reportDoc, allMentions, matcher);
        return docs;
    }

    /**
     * The report's id and marking: all a passage document carries besides its own text and
     * mentions (the searcher reaches passages only through their report, whose document holds
     * the rest); the marking so that the need-to-know filter applies to passages too.
     */
    private static void identity(Document doc, Report report, MissionRules rules) {
        doc.add(new StringField(IndexFields.REPORT, report.getId(), Field.Store.YES));
        Marking marking = report.getMarking();
        String classification = marking == null || marking.getClassification() == null
            ? rules.classificationCodes().get(0) : marking.getClassification();
        keyword(doc, IndexFields.CLASSIFICATION, classification);
        doc.add(new IntPoint(IndexFields.RANK, rules.rank(marking)));
        String compartment = marking == null || marking.getCompartment() == null || marking.getCompartment().isBlank()
            ? IndexFields.NONE : marking.getCompartment().trim();
        doc.add(new StringField(IndexFields.COMPARTMENT, compartment, Field.Store.YES));
        if (marking == null || marking.getReleasableTo().isEmpty()) {
            doc.add(new StringField(IndexFields.RELEASABLE, IndexFields.NONE, Field.Store.YES));
        } else {
            for (String body : marking.getReleasableTo()) {
                doc.add(new StringField(IndexFields.RELEASABLE, body, Field.Store.YES));
            }
        }
    }

    /** Everything a report document carries about its report: identity, marking, metadata. */
    private static void common(Document doc, Report report, MissionRules rules) {
        identity(doc, report, rules);
        shortText(doc, IndexFields.TITLE, report.getTitle());
        keyword(doc, IndexFields.TYPE, report.getReportType());
        keyword(doc, IndexFields.COMPONENT, report.getComponent());
        shortText(doc, IndexFields.AUTHOR, report.getAuthor());
        if (report.getDate() != null) {
            long millis = report.getDate().toEpochMilli();
            doc.add(new LongPoint(IndexFields.DATE, millis));
            doc.add(new NumericDocValuesField(IndexFields.DATE, millis));
            doc.add(new StoredField(IndexFields.DATE, millis));
            keyword(doc, IndexFields.YEAR, Integer.toString(report.getDate().atZone(ZoneOffset.UTC).getYear()));
        }
    }

    private static void entities(Document doc, Set<String> ids, EntityMatcher matcher) {
        for (String id : ids) {
            Entity entity = matcher.entity(id);
            boolean place = entity != null && entity.kind() == Entity.Kind.PLACE;
            keyword(doc, place ? IndexFields.PLACE : IndexFields.ACTOR, id);
            if (place && entity.hasCoordinates()) {
                doc.add(new LatLonPoint(IndexFields.GEO, entity.latitude(), entity.longitude()));
            }
        }
    }

    /** The text fields with norms: every document has each of them, empty if need be (see {@link #build}). */
    private static final List<String> NORMED = List.of(IndexFields.TEXT, IndexFields.TITLE, IndexFields.AUTHOR);

    /** A stored text field, or an empty one (not stored) so that the field's norms stay dense. */
    private static void shortText(Document doc, String field, String value) {
        if (value == null) {
            doc.add(new Field(field, "", TextField.TYPE_NOT_STORED));
        } else {
            doc.add(new TextField(field, value, Field.Store.YES));
        }
    }

    /** An exact-match, stored, facetable value. */
    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
