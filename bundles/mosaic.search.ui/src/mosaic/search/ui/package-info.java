/** The Search perspective: query the report archive as the analyst's audience, ingest reports, keep saved searches. */
package mosaic.search.ui;
