package mosaic.search.ui;

/** Ids of the Search perspective, its views and commands. */
public final class SearchUi {

    public static final String PERSPECTIVE = "mosaic.search.ui.perspective";
    public static final String VIEW_SEARCH = "mosaic.search.ui.searchView";
    public static final String VIEW_SAVED = "mosaic.search.ui.savedSearchesView";
    public static final String COMMAND_INGEST = "mosaic.search.ui.ingest";

    private SearchUi() {
    }
}
