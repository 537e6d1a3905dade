package mosaic.search.internal.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import mosaic.cli.Command;
import mosaic.cli.CommandContext;
import mosaic.cli.UsageException;
import mosaic.core.Json;
import mosaic.core.access.Audience;
import mosaic.core.workspace.Workspace;
import mosaic.model.config.MissionRules;
import mosaic.search.Entity;
import mosaic.search.EntityMatcher;
import mosaic.search.SearchException;
import mosaic.search.SearchHit;
import mosaic.search.SearchIndex;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;
import mosaic.search.Searcher;

/**
 * {@code search --workspace DIR --query Q [--audience LEVEL] [--compartments A,B] [--limit N] [--json] ...}
 * ({@code --clearance} and {@code --ceiling} are synonyms of {@code --audience}):
 * searches the workspace's reports as a reader with a clearance (default: the mission's lowest
 * level, so that forgetting the option never shows too much) and compartments (default: none).
 * With {@code --json}, one object per line with exactly the keys id, title, type, date,
 * classification, score, snippet; facets, when asked for, then go to standard error as
 * {@code facet DIMENSION VALUE COUNT} lines. The index is brought up to date with the workspace
 * first.
 */
public final class SearchCommand implements Command {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String synopsis() {
        return "--workspace DIR --query Q [--audience LEVEL] [--compartments A,B] [--releasable-to BODY] [--limit N] [--json]"
            + " [--simple] [--sort relevance|newest|oldest] [--types T,U] [--from DATE] [--to DATE] [--mentions NAME,...]"
            + " [--near PLACE --km N] [--facets] [--like REPORT_ID]";
    }

    @Override
    public String description() {
        return "search the report archive (Lucene syntax or --simple), as a reader with a clearance and compartments";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> extra = context.checkOptions(List.of("json", "simple", "facets"), List.of("workspace", "query", "audience", "ceiling", "clearance",
            "compartments", "releasable-to", "limit", "sort", "types", "from", "to", "mentions", "near", "km", "like"));
        if (!extra.isEmpty()) {
            throw new UsageException("search: unexpected argument " + extra.get(0));
        }
        Optional<String> like = context.option("like");
        String text = like.isPresent() ? context.option("query").orElse("") : context.requiredOption("query");
        int limit = context.positiveInt("limit", 10);
        Workspace workspace = context.openWorkspace();
        Audience audience;
        try {
            audience = context.audience(workspace.rules());
        } catch (IllegalArgumentException e) {
            context.err().println("search: " + e.getMessage());
            return FAILURE;
        }
        try (SearchIndex index = SearchIndex.of(workspace)) {
            SearchIndex.Sync sync = index.synchronize(workspace, new NullProgressMonitor());
            sync.problems().forEach(p -> context.err().println("search: " + p));
            // names resolve among what the reader may see: a hidden actor's alias is an unknown name
            EntityMatcher matcher = EntityMatcher.of(workspace, index.analyzer(), audience);
            Searcher searcher = index.searcher().withEntities(matcher);
            SearchQuery query;
            try {
                query = query(context, workspace.rules(), matcher, text, limit);
            } catch (IllegalArgumentException e) {
                context.err().println("search: " + e.getMessage());
                return FAILURE;
            }
            long start = System.nanoTime();
            SearchResult result;
            try {
                result = like.isPresent() ? searcher.moreLikeThis(like.get(), audience, limit) : searcher.search(query, audience);
            } catch (SearchException e) {
                context.err().println("search: " + e.getMessage());
                return FAILURE;
            }
            long micros = (System.nanoTime() - start) / 1000;
            print(context, result, matcher, micros);
        }
        return OK;
    }

    private static SearchQuery query(CommandContext context, MissionRules rules, EntityMatcher matcher, String text, int limit) {
        Set<String> types = list(context.option("types").orElse(""));
        for (String type : types) {
            // A misspelt type would silently find nothing: name the valid ones instead.
            if (rules.hasTaxonomy(MissionRules.REPORT_TYPES) && !rules.hasTerm(MissionRules.REPORT_TYPES, type)) {
                throw new IllegalArgumentException("unknown report type '" + type + "'; valid: "
                    + String.join(", ", rules.termCodes(MissionRules.REPORT_TYPES)));
            }
        }
        SearchQuery query = SearchQuery.of(text).withSimple(context.flag("simple")).withLimit(limit).withFacets(context.flag("facets"))
            .withTypes(types);
        String sort = context.option("sort").orElse("relevance").toLowerCase(Locale.ROOT);
        query = query.withSort(switch (sort) {
            case "relevance" -> SearchQuery.Sort.RELEVANCE;
            case "newest", "date" -> SearchQuery.Sort.NEWEST;
            case "oldest" -> SearchQuery.Sort.OLDEST;
            default -> throw new IllegalArgumentException("--sort '" + sort + "': use relevance, newest or oldest");
        });
        query = query.withDates(date(context, "from", false), date(context, "to", true));
        Set<String> mentions = new LinkedHashSet<>();
        for (String name : list(context.option("mentions").orElse(""))) {
            mentions.addAll(resolve(matcher, name, "--mentions"));
        }
        query = query.withMentions(mentions);
        Optional<String> near = context.option("near");
        if (near.isPresent()) {
            String km = context.option("km").orElseThrow(() -> new IllegalArgumentException("--near needs --km N"));
            double radius;
            try {
                radius = Double.parseDouble(km);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--km '" + km + "' is not a number");
            }
            Entity place = null;
            for (String id : resolve(matcher, near.get(), "--near")) {
                Entity candidate = matcher.entity(id);
                if (candidate != null && candidate.kind() == Entity.Kind.PLACE && candidate.hasCoordinates()) {
                    place = candidate;
                    break;
                }
            }
            if (place == null) {
                throw new IllegalArgumentException("--near '" + near.get() + "': no place with coordinates of that name");
            }
            query = query.withNear(new SearchQuery.Near(place.latitude(), place.longitude(), radius));
        } else if (context.option("km").isPresent()) {
            throw new IllegalArgumentException("--km needs --near PLACE");
        }
        return query;
    }

    /** The ids an actor or place name, alias or id stands for. */
    static Set<String> resolve(EntityMatcher matcher, String name, String option) {
        if (matcher.entity(name) != null) {
            return Set.of(name);
        }
        List<EntityMatcher.Mention> found = matcher.find(name);
        if (found.size() == 1 && found.get(0).firstTerm() == 0) {
            return found.get(0).entityIds();
        }
        throw new IllegalArgumentException(option + " '" + name + "': no actor or place has that name or alias");
    }

    private static Instant date(CommandContext context, String option, boolean endOfDay) {
        Optional<String> value = context.option(option);
        if (value.isEmpty()) {
            return null;
        }
        try {
            String v = value.get().trim();
            if (v.length() == 10) {
                Instant day = java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                return endOfDay ? day.plusSeconds(86_399) : day;
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + option + " '" + value.get() + "' is not a date (write 2024-03-15 or 2024-03-15T08:00:00Z)");
        }
    }

    private static Set<String> list(String value) {
        Set<String> set = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
        return set;
    }

    private static void print(CommandContext context, SearchResult result, EntityMatcher matcher, long micros) {
        boolean json = context.flag("json");
        if (json) {
            for (SearchHit hit : result.hits()) {
                context.out().println("{\"id\": " + Json.quote(hit.reportId()) + ", \"title\": " + Json.quote(hit.title())
                    + ", \"type\": " + Json.quote(hit.type()) + ", \"date\": " + (hit.date() == null ? "null" : Json.quote(hit.date().toString()))
                    + ", \"classification\": " + Json.quote(hit.classification()) + ", \"score\": " + score(hit.score())
                    + ", \"snippet\": " + Json.quote(hit.snippet())
                    + (hit.ocr() ? ", \"ocr\": true, \"ocrConfidence\": " + Math.max(0, hit.ocrConfidence()) : "") + "}");
            }
        } else {
            context.out().printf("%d reports (%d ms)%n", result.total(), micros / 1000);
            for (SearchHit hit : result.hits()) {
                context.out().printf(Locale.ROOT, "%-10s  %-21s  %-26s  %s%n", hit.date() == null ? "" : hit.date().toString().substring(0, 10),
                    hit.classification(), hit.type(), hit.title());
                context.out().printf(Locale.ROOT, "    %s  %s %d  score %.3f%s%n", hit.reportId(), hit.passageKind() == null ? "report" : hit.passageKind(),
                    hit.passage(), hit.score(), hit.ocr() ? "  " + hit.ocrNote() : "");
                context.out().println("    " + hit.snippet());
            }
        }
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
            boolean entities = facet.getKey().equals("actor") || facet.getKey().equals("place");
            for (SearchResult.FacetCount count : facet.getValue()) {
                Entity entity = matcher.entity(count.value());
                if (entities && entity == null) {
                    continue; // a visible report linked to an actor or place the reader may not see
                }
                String label = entity == null ? count.value() : entity.name() + " (" + count.value() + ")";
                (json ? context.err() : context.out()).printf("facet %s %s %d%n", facet.getKey(), label, count.count());
            }
        }
    }

    private static String score(float score) {
        return Float.isFinite(score) ? Float.toString(score) : "0";
    }
}
