package mosaic.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.Actor;
import mosaic.model.Location;
import mosaic.search.internal.Digests;

/**
 * Finds mentions of actors and places in text, by every name and alias the workspace knows.
 * <p>
 * Names and text are reduced to {@link SearchAnalyzer} terms, so case, accents and hyphens do not
 * matter; a name of several words is also registered with its words joined, so that the alias
 * {@code Mai Mai} finds {@code Maimai} and {@code Mai-Mai} in a report, and where no name starts at a
 * position, two or three words of the text are tried joined, so the alias {@code Maimai} finds
 * {@code mai mai}. Matching walks a trie of
 * term sequences and keeps, at each position, the longest name that matches (so
 * {@code Kilo Camp} wins over {@code Kilo}). A name shared by two entities links both: the analyst
 * corrects such links with {@link LinkCorrections}.
 * <p>
 * Immutable and thread-safe once built.
 */
public final class EntityMatcher {

    /** A name found in a text: the entities it names and the terms it spans. */
    public record Mention(int firstTerm, int termCount, Set<String> entityIds) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Set<String> ids;
    }

    /**
     * What a term can begin: the names starting with it (a node of the trie, or {@code null}) and
     * whether it begins a one-word name, so that each term of a text costs one lookup.
     */
    private record Start(Node node, boolean oneWordPrefix) {
    }

    private static final int MAX_JOINED = 3;

    private final SearchAnalyzer analyzer;
    private final Map<String, Entity> entities;
    private final Node root = new Node();
    /**
     * Every non-empty beginning of a one-word name: a term that is not one cannot start a name
     * written as one word and split in the text, so most terms need no joining at all.
     */
    private final Set<String> oneWordPrefixes = new java.util.HashSet<>();
    /** Every term that begins a name or a one-word name: the trie's first level and {@link #oneWordPrefixes} in one map. */
    private final Map<String, Start> starts = new HashMap<>();
    /**
     * A bit for the {@link #sketch} of every key of {@link #starts}: a term whose bit is clear begins
     * nothing, which costs three chars read instead of hashing the term and looking it up (most
     * terms of a text begin no name).
     */
    private final long[] startSketches = new long[SKETCH_BITS / 64];
    private static final int SKETCH_BITS = 1 << 16;
    private final String fingerprint;

    /**
     * A matcher over the given entities.
     *
     * @param analyzer the analyzer that also indexes the text
     * @param entities actors and places with their names
     */
    public EntityMatcher(SearchAnalyzer analyzer, Collection<Entity> entities) {
        this.analyzer = analyzer;
        this.entities = new LinkedHashMap<>();
        StringBuilder signature = new StringBuilder();
        for (Entity entity : entities) {
            this.entities.put(entity.id(), entity);
            signature.append(entity.id()).append('|').append(entity.kind()).append('|')
                .append(entity.latitude()).append('|').append(entity.longitude());
            for (String name : entity.names()) {
                if (name == null) {
                    continue;
                }
                List<String> terms = analyzer.terms(name);
                if (terms.isEmpty() || String.join("", terms).length() < 2) {
                    continue;
                }
                signature.append('|').append(String.join(" ", terms));
                add(terms, entity.id());
                if (terms.size() > 1) {
                    add(List.of(String.join("", terms)), entity.id());
                }
            }
            signature.append('\n');
        }
        this.fingerprint = Digests.sha256(signature.toString()).substring(0, 16);
        for (Map.Entry<String, Node> first : root.next.entrySet()) {
            if (first.getValue().ids != null) {
                for (int end = 1; end <= first.getKey().length(); end++) {
                    oneWordPrefixes.add(first.getKey().substring(0, end));
                }
            }
        }
        for (Map.Entry<String, Node> first : root.next.entrySet()) {
            starts.put(first.getKey(), new Start(first.getValue(), oneWordPrefixes.contains(first.getKey())));
        }
        for (String prefix : oneWordPrefixes) {
            starts.putIfAbsent(prefix, new Start(null, true));
        }
        for (String start : starts.keySet()) {
            int sketch = sketch(start);
            startSketches[sketch >>> 6] |= 1L << sketch;
        }
    }

    /**
     * A matcher over all the workspace's actors and locations, whoever may see them: for linking
     * reports to entities when indexing, never for resolving a reader's names (see
     * {@link #of(Workspace, SearchAnalyzer, Audience)}).
     */
    public static EntityMatcher of(Workspace workspace, SearchAnalyzer analyzer) {
        return of(workspace, analyzer, null);
    }

    /**
     * A matcher over the actors and locations an audience may see: what a reader's names (query
     * text, {@code --mentions}, {@code --near}) resolve against, so that a name or alias only a
     * hidden object carries resolves exactly as a name nobody carries.
     *
     * @param audience the reader, or {@code null} for everything (indexing)
     */
    public static EntityMatcher of(Workspace workspace, SearchAnalyzer analyzer, Audience audience) {
        List<Entity> list = new ArrayList<>();
        for (Actor actor : workspace.objects(Actor.class)) {
            if (audience != null && !audience.permits(actor)) {
                continue;
            }
            list.add(new Entity(actor.getId(), Entity.Kind.ACTOR, actor.getName(), names(actor.getName(), actor.getAliases()), null, null));
        }
        for (Location location : workspace.objects(Location.class)) {
            if (audience != null && !audience.permits(location)) {
                continue;
            }
            list.add(new Entity(location.getId(), Entity.Kind.PLACE, location.getName(), names(location.getName(), location.getAliases()),
                location.getLatitude(), location.getLongitude()));
        }
        return new EntityMatcher(analyzer, list);
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        if (name != null) {
            all.add(name);
        }
        all.addAll(aliases);
        return all;
    }

    private void add(List<String> terms, String id) {
        Node node = root;
        for (String term : terms) {
            node = node.next.computeIfAbsent(term, t -> new Node());
        }
        if (node.ids == null) {
            node.ids = new LinkedHashSet<>();
        }
        node.ids.add(id);
    }

    /** The entity with an id, or {@code null}. */
    public Entity entity(String id) {
        return entities.get(id);
    }

    /**
     * Changes whenever a name, an alias, a coordinate or the set of entities changes, so that the
     * index knows its links are out of date.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** The mentions in a text, left to right, longest match first at each position. */
    public List<Mention> find(String text) {
        return find(analyzer.terms(text));
    }

    /** The mentions in a sequence of analysed terms. */
    public List<Mention> find(List<String> terms) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            String term = terms.get(i);
            int sketch = sketch(term);
            Start start = (startSketches[sketch >>> 6] & (1L << sketch)) == 0 ? null : starts.get(term);
            if (start == null) {
                i++; // most terms begin no name
                continue;
            }
            Node node = start.node();
            Set<String> best = null;
            int bestLength = 0;
            for (int j = i; node != null; ) {
                if (node.ids != null) {
                    best = node.ids;
                    bestLength = j - i + 1;
                }
                if (++j >= terms.size()) {
                    break;
                }
                node = node.next.get(terms.get(j));
            }
            if (best == null && start.oneWordPrefix()) {
                // a name written as one word ("Maimai") also matches the text split in two or three ("mai mai")
                StringBuilder joined = new StringBuilder(terms.get(i));
                for (int j = i + 1; j < Math.min(terms.size(), i + MAX_JOINED); j++) {
                    joined.append(terms.get(j));
                    if (!oneWordPrefixes.contains(joined.toString())) {
                        break;
                    }
                    Node whole = root.next.get(joined.toString());
                    if (whole != null && whole.ids != null) {
                        best = whole.ids;
                        bestLength = j - i + 1;
                    }
                }
            }
            if (best != null) {
                mentions.add(new Mention(i, bestLength, Set.copyOf(best)));
                i += bestLength;
            } else {
                i++;
            }
        }
        return mentions;
    }

    /** Sixteen bits of a term from its length and its first and last chars. */
    private static int sketch(String term) {
        int length = term.length();
        if (length == 0) {
            return 0;
        }
        return ((length * 31 + term.charAt(0)) * 31 + term.charAt(length - 1)) * 0x9E3779B1 >>> 16;
    }

    /** The ids of the entities mentioned in a text. */
    public Set<String> idsIn(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention mention : find(text)) {
            ids.addAll(mention.entityIds());
        }
        return ids;
    }
}
