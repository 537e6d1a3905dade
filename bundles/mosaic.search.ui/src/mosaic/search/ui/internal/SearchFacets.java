package mosaic.search.ui.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import mosaic.model.NamedObject;
import mosaic.search.SearchQuery;
import mosaic.search.SearchResult;
import mosaic.ui.session.Sessions;

/**
 * The facets panel of the {@link SearchView}: the counts of the last result by type, year,
 * classification, component, actor and place, and the filters chosen from them (a double-click
 * narrows the search to a value, another widens it again), named in the line above the hits.
 */
final class SearchFacets {

    private final Tree facets;
    private final Label filtersLabel;

    /** Filters chosen from the facets. */
    private final Set<String> types = new LinkedHashSet<>();
    private final Set<String> mentions = new LinkedHashSet<>();
    private Integer year;

    SearchFacets(Tree facets, Label filtersLabel) {
        this.facets = facets;
        this.filtersLabel = filtersLabel;
    }

    /** Narrows a query to the filters chosen. */
    SearchQuery narrow(SearchQuery query) {
        SearchQuery q = query.withTypes(types).withMentions(mentions);
        if (year != null) {
            q = q.withDates(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                LocalDate.of(year, 12, 31).atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
        }
        return q;
    }

    /** Chooses the filters of a saved search (no year). */
    void setFilters(Collection<String> savedTypes, Collection<String> savedMentions) {
        types.clear();
        types.addAll(savedTypes);
        mentions.clear();
        mentions.addAll(savedMentions);
        year = null;
        updateFilters();
    }

    /** Forgets the filters chosen (they named another workspace's objects). */
    void clearFilters() {
        types.clear();
        mentions.clear();
        year = null;
        updateFilters();
    }

    /** Shows no counts. */
    void removeAll() {
        facets.removeAll();
    }

    /** The facet and value double-clicked, or {@code null}. */
    String[] selected() {
        TreeItem[] selection = facets.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof String[] facet)) {
            return null;
        }
        return facet;
    }

    /** Shows the counts of a result, marking the values chosen. */
    void show(Map<String, List<SearchResult.FacetCount>> counts) {
        facets.setRedraw(false);
        facets.removeAll();
        var workspace = Sessions.current().workspace();
        var audience = Sessions.current().audience();
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : counts.entrySet()) {
            boolean entities = facet.getKey().equals("actor") || facet.getKey().equals("place");
            // a visible report may be linked to an actor or place the reader may not see: never name or count it
            List<SearchResult.FacetCount> shown = facet.getValue().stream()
                .filter(c -> !entities || workspace == null || audience == null
                    || workspace.get(c.value()).filter(audience::permits).isPresent())
                .toList();
            if (shown.isEmpty()) {
                continue;
            }
            TreeItem group = new TreeItem(facets, SWT.NONE);
            group.setText(title(facet.getKey()));
            for (SearchResult.FacetCount count : shown) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                String label = count.value();
                if (workspace != null && entities) {
                    label = workspace.get(count.value()).filter(NamedObject.class::isInstance)
                        .map(o -> ((NamedObject) o).getName()).orElse(count.value());
                }
                item.setText(label + "  (" + count.count() + ")" + (active(facet.getKey(), count.value()) ? "  ✓" : ""));
                item.setData(new String[] {facet.getKey(), count.value()});
            }
            group.setExpanded(true);
        }
        facets.setRedraw(true);
    }

    private static String title(String facet) {
        return switch (facet) {
            case "type" -> "Report type";
            case "year" -> "Year";
            case "classification" -> "Classification";
            case "component" -> "Component";
            case "actor" -> "Actors mentioned";
            case "place" -> "Places mentioned";
            default -> facet;
        };
    }

    private boolean active(String facet, String value) {
        return switch (facet) {
            case "type" -> types.contains(value);
            case "year" -> year != null && value.equals(String.valueOf(year));
            case "actor", "place" -> mentions.contains(value);
            default -> false;
        };
    }

    /**
     * Chooses a facet value as a filter, or forgets it when it is already chosen.
     *
     * @return whether the filters changed (classification and component are never filters)
     */
    boolean toggle(String facet, String value) {
        switch (facet) {
            case "type" -> {
                if (!types.remove(value)) {
                    types.add(value);
                }
            }
            case "year" -> year = value.equals(String.valueOf(year)) ? null : Integer.valueOf(value);
            case "actor", "place" -> {
                if (!mentions.remove(value)) {
                    mentions.add(value);
                }
            }
            default -> {
                return false; // classification and component are counted, not filtered on: the query's field syntax does that
            }
        }
        updateFilters();
        return true;
    }

    /** Names the filters chosen above the hits. */
    void updateFilters() {
        List<String> parts = new ArrayList<>();
        var workspace = Sessions.current().workspace();
        types.forEach(t -> parts.add("type " + t));
        if (year != null) {
            parts.add("year " + year);
        }
        for (String id : mentions) {
            String name = workspace == null ? id : workspace.get(id).filter(NamedObject.class::isInstance)
                .map(o -> ((NamedObject) o).getName()).orElse(id);
            parts.add("mentions " + name);
        }
        filtersLabel.setText(parts.isEmpty() ? "No filters: double-click a facet to narrow the search." : "Filters: " + String.join(" · ", parts));
    }
}
