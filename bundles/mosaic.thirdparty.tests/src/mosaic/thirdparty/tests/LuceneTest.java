package mosaic.thirdparty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneTest {

    @TempDir
    Path tmp;

    @Test
    void indexesAndSearchesOnDiskWithTheDefaultCodec() throws Exception {
        StandardAnalyzer analyzer = new StandardAnalyzer();
        try (Directory dir = FSDirectory.open(tmp)) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                writer.addDocument(doc("r1", "Armed group attacked the market in Kidal at dawn"));
                writer.addDocument(doc("r2", "Patrol reports calm in the sector"));
                writer.addDocument(doc("r3", "Self-defence group clashed with an armed group near the river"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] hits = searcher.search(new QueryParser("text", analyzer).parse("\"armed group\""), 10).scoreDocs;
                assertEquals(2, hits.length);
                assertEquals("r1", searcher.storedFields().document(hits[0].doc).get("id"));
            }
        }
        // The codec is found by name through Java SPI: what wrapping a jar most often breaks.
        assertEquals(Codec.getDefault().getName(), Codec.forName(Codec.getDefault().getName()).getName());
    }

    private static Document doc(String id, String text) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.NO));
        return doc;
    }
}
