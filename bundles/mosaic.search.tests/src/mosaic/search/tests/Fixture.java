package mosaic.search.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.ActorKind;
import mosaic.model.Location;
import mosaic.model.LocationKind;
import mosaic.model.MosaicPackage;
import mosaic.model.Report;
import mosaic.search.Ingest;
import mosaic.search.SearchIndex;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;
import mosaic.search.Searcher;
import mosaic.testing.TestPdf;

/**
 * A fresh workspace with two actors and two places, its index, and writers of real files: PDFs by
 * PDFBox, DOCX by POI, e-mail and HTML by hand.
 */
final class Fixture implements AutoCloseable {

    static final String UNCLASSIFIED = "UNCLASSIFIED";
    static final String CONFIDENTIAL = "CONFIDENTIAL";
    static final String SECRET = "STRICTLY_CONFIDENTIAL";

    final Path dir;
    final Path inbox;
    final Workspace workspace;
    final SearchIndex index;
    final Actor maiMai;
    final Actor flc;
    final Location kilo;
    final Location bunia;

    Fixture(Path dir) throws Exception {
        this.dir = dir;
        this.inbox = Files.createDirectories(dir.resolve("inbox"));
        workspace = Workspace.init(dir.resolve("ws"), null);
        maiMai = workspace.create(MosaicPackage.Literals.ACTOR);
        maiMai.setName("Mai-Mai Mazembe");
        maiMai.getAliases().addAll(List.of("Mayi-Mayi", "Maimai"));
        maiMai.setKind(ActorKind.values()[0]);
        flc = workspace.create(MosaicPackage.Literals.ACTOR);
        flc.setName("Front for the Liberation of Carana");
        flc.getAliases().add("FLC");
        flc.setKind(ActorKind.values()[0]);
        kilo = place("Kilo", -1.00, 29.00);
        bunia = place("Bunia", 1.56, 30.25);
        for (var o : List.of(maiMai, flc, kilo, bunia)) {
            workspace.add(o);
        }
        workspace.saveAll(null);
        index = SearchIndex.of(workspace);
    }

    private Location place(String name, double lat, double lon) {
        Location l = workspace.create(MosaicPackage.Literals.LOCATION);
        l.setName(name);
        l.setKind(LocationKind.values()[0]);
        l.setLatitude(lat);
        l.setLongitude(lon);
        return l;
    }

    Audience audience(String clearance, String... compartments) {
        return Audience.of(workspace.rules(), clearance, Arrays.asList(compartments));
    }

    /**
     * Writes a text file to the inbox with a sidecar of the given JSON, ingests it, checks that it
     * was ingested, and returns its report's id.
     */
    String ingestText(String name, String text, String sidecarJson) throws IOException {
        Path file = text(name, text);
        sidecar(file, sidecarJson);
        Ingest.Result result = ingest(file).results().get(0);
        org.junit.jupiter.api.Assertions.assertEquals(Ingest.Status.INGESTED, result.status(), name + ": " + result.reason());
        return result.reportId();
    }

    Ingest.Summary ingest(Path... paths) throws IOException {
        return ingest(Ingest.Options.NONE, paths);
    }

    Ingest.Summary ingest(Ingest.Options options, Path... paths) throws IOException {
        return new Ingest(workspace, index, options).run(List.of(paths), null, new NullProgressMonitor());
    }

    Searcher searcher() throws IOException {
        return index.searcher().withEntities(mosaic.search.EntityMatcher.of(workspace, index.analyzer()));
    }

    SearchResult search(String query, Audience audience) throws Exception {
        return searcher().search(SearchQuery.of(query).withLimit(100), audience);
    }

    SearchResult search(SearchQuery query, Audience audience) throws Exception {
        return searcher().search(query, audience);
    }

    static Set<String> ids(SearchResult result) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        result.hits().forEach(h -> ids.add(h.reportId()));
        return ids;
    }

    Report report(String id) {
        return (Report) workspace.get(id).orElseThrow();
    }

    Report reportTitled(String title) {
        return workspace.objects(Report.class).stream().filter(r -> title.equals(r.getTitle())).findFirst().orElseThrow();
    }

    /** Files under content/, as workspace-relative paths. */
    List<Path> contentFiles() throws IOException {
        Path content = workspace.root().resolve(Workspace.CONTENT_FOLDER);
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    Path text(String name, String text) throws IOException {
        return Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8);
    }

    Path sidecar(Path file, String json) throws IOException {
        return Files.writeString(file.resolveSibling(file.getFileName() + ".meta.json"), json, StandardCharsets.UTF_8);
    }

    static byte[] pdf(String title, String... pages) throws IOException {
        return TestPdf.titled(title).pages(pages);
    }

    static byte[] docx(String title, String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static String eml(String subject, String body) {
        return "From: Duty Officer <joc@mission.example>\r\nTo: jmac@mission.example\r\nSubject: " + subject
            + "\r\nDate: Tue, 10 Mar 2026 07:15:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
    }

    static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><p>" + body + "</p></body></html>";
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(inbox.resolve(name), bytes);
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}
