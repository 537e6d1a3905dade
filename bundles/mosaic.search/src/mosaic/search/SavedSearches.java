package mosaic.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import mosaic.core.access.Audience;
import mosaic.core.workspace.AtomicFiles;
import mosaic.core.workspace.Workspace;

/**
 * Searches an analyst saved, kept in the workspace in {@value #FILE} (tracked, so they travel
 * with the workspace), each with the audience it runs as and the reports it has already shown.
 * {@link Ingest} runs them again after every ingest that added or changed a report and returns
 * the reports each one finds for the first time: its new hits.
 * <p>
 * The audience is stored with the search (clearance and compartments of whoever saved it), so a
 * saved search never shows more than its owner could see when saving it.
 */
public final class SavedSearches {

    /** The file, at the workspace root. */
    public static final String FILE = "saved-searches.properties";
    private static final int RERUN_LIMIT = 10_000;

    /**
     * One saved search.
     *
     * @param name         its unique name
     * @param query        the query (its limit is ignored when re-run: every hit counts)
     * @param clearance    the classification it runs at
     * @param compartments the compartments it runs with
     * @param seen         ids of reports it has already found
     */
    public record Saved(String name, SearchQuery query, String clearance, Set<String> compartments, Set<String> seen) {
        /** Copies the sets. */
        public Saved {
            compartments = Set.copyOf(compartments);
            seen = Set.copyOf(seen);
        }
    }

    private final Path file;
    private final Map<String, Saved> searches = new TreeMap<>();

    private SavedSearches(Path file) {
        this.file = file;
    }

    /**
     * The workspace's saved searches.
     *
     * @throws IOException when the file cannot be read or is malformed (the message names it)
     */
    public static SavedSearches load(Workspace workspace) throws IOException {
        SavedSearches result = new SavedSearches(workspace.root().resolve(FILE));
        if (!Files.isRegularFile(result.file)) {
            return result;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(result.file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IOException(FILE + ": " + e.getMessage(), e);
        }
        Set<String> names = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".query")) {
                names.add(key.substring(0, key.length() - ".query".length()));
            }
        }
        for (String name : names) {
            try {
                SearchQuery query = SearchQuery.of(p.getProperty(name + ".query"))
                    .withSimple(Boolean.parseBoolean(p.getProperty(name + ".simple", "false")))
                    .withTypes(set(p.getProperty(name + ".types")))
                    .withMentions(set(p.getProperty(name + ".mentions")))
                    .withDates(instant(p.getProperty(name + ".from")), instant(p.getProperty(name + ".to")));
                String clearance = p.getProperty(name + ".clearance");
                if (clearance == null || !workspace.rules().isClassification(clearance)) {
                    throw new IOException("clearance '" + clearance + "' is not one of the mission's levels");
                }
                result.searches.put(name, new Saved(name, query, clearance, set(p.getProperty(name + ".compartments")),
                    set(p.getProperty(name + ".seen"))));
            } catch (RuntimeException | IOException e) {
                throw new IOException(FILE + ": saved search '" + name + "': " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static Set<String> set(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> set = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
        return set;
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value.trim());
    }

    /** Every saved search, by name. */
    public List<Saved> all() {
        return List.copyOf(searches.values());
    }

    /**
     * Saves a search (replacing one of the same name) and marks what it finds now as seen, so that
     * only later reports are flagged as new. Writes the file.
     */
    public Saved save(String name, SearchQuery query, Audience audience, Searcher searcher) throws IOException, SearchException {
        if (name == null || name.isBlank() || name.contains("=") || name.contains(":")) {
            throw new IllegalArgumentException("a saved search needs a name without '=' or ':'");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (SearchHit hit : searcher.search(query.withLimit(RERUN_LIMIT), audience).hits()) {
            seen.add(hit.reportId());
        }
        Saved saved = new Saved(name.trim(), query, audience.clearance(), audience.compartments(), seen);
        searches.put(saved.name(), saved);
        store();
        return saved;
    }

    /** Forgets a saved search and writes the file; returns whether it existed. */
    public boolean remove(String name) throws IOException {
        boolean existed = searches.remove(name) != null;
        if (existed) {
            store();
        }
        return existed;
    }

    /**
     * Runs every saved search again, each as its own audience, remembers what it found and writes
     * the file when anything is new.
     *
     * @return for each search with new hits, their report ids
     */
    public Map<String, List<String>> rerun(Searcher searcher, Workspace workspace) throws IOException {
        Map<String, List<String>> fresh = new LinkedHashMap<>();
        for (Saved saved : List.copyOf(searches.values())) {
            Audience audience = Audience.of(workspace.rules(), saved.clearance(), saved.compartments());
            List<String> added = new ArrayList<>();
            try {
                for (SearchHit hit : searcher.search(saved.query().withLimit(RERUN_LIMIT), audience).hits()) {
                    if (!saved.seen().contains(hit.reportId())) {
                        added.add(hit.reportId());
                    }
                }
            } catch (SearchException e) {
                throw new IOException(FILE + ": saved search '" + saved.name() + "' cannot run: " + e.getMessage(), e);
            }
            if (!added.isEmpty()) {
                Set<String> seen = new LinkedHashSet<>(saved.seen());
                seen.addAll(added);
                searches.put(saved.name(), new Saved(saved.name(), saved.query(), saved.clearance(), saved.compartments(), seen));
                fresh.put(saved.name(), added);
            }
        }
        if (!fresh.isEmpty()) {
            store();
        }
        return fresh;
    }

    private void store() throws IOException {
        StringBuilder out = new StringBuilder("# Saved searches of the Search perspective and ./mosaic search; written by Mosaic\n");
        for (Saved saved : searches.values()) {
            SearchQuery q = saved.query();
            line(out, saved.name() + ".query", q.text());
            line(out, saved.name() + ".simple", Boolean.toString(q.simple()));
            line(out, saved.name() + ".types", String.join(",", new TreeSet<>(q.types())));
            line(out, saved.name() + ".mentions", String.join(",", new TreeSet<>(q.mentions())));
            line(out, saved.name() + ".from", q.from() == null ? "" : q.from().toString());
            line(out, saved.name() + ".to", q.to() == null ? "" : q.to().toString());
            line(out, saved.name() + ".clearance", saved.clearance());
            line(out, saved.name() + ".compartments", String.join(",", new TreeSet<>(saved.compartments())));
            line(out, saved.name() + ".seen", String.join(",", new TreeSet<>(saved.seen())));
        }
        AtomicFiles.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder out, String key, String value) throws IOException {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter writer = new StringWriter();
        one.store(writer, null);
        writer.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> out.append(l).append('\n'));
    }
}
