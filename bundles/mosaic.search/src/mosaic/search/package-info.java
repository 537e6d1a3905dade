/**
 * Report archive search: ingest of report files into a workspace, a Lucene index of their
 * passages, entity linking by every name and alias, and queries that respect need to know.
 * <p>
 * The flow: {@link mosaic.search.Ingest} turns files into {@link mosaic.model.Report} records
 * (originals stored content-addressed under {@code content/}), finds the actors and places each
 * passage mentions with an {@link mosaic.search.EntityMatcher} and hands the documents to the
 * workspace's {@link mosaic.search.SearchIndex}, a cache under {@code .mosaic/search/} that
 * {@link mosaic.search.SearchIndex#synchronize} keeps in step with the workspace and
 * {@link mosaic.search.SearchIndex#rebuild} recreates. A {@link mosaic.search.SearchQuery}, which
 * knows nothing of Lucene, runs through a {@link mosaic.search.Searcher} for a
 * {@link mosaic.core.access.Audience}; the audience's filter is part of every Lucene query, so hits,
 * totals, facets, snippets, scores and more-like-this only ever see what the audience may see.
 * Analysts correct entity links with {@link mosaic.search.LinkCorrections} and keep
 * {@link mosaic.search.SavedSearches}, both in the tracked workspace.
 */
package mosaic.search;
