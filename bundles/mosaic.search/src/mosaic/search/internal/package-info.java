/**
 * Index internals: field names, document building, the per-audience visible-document filter and
 * scoring statistics, snippets, the content store, sidecar files and the benchmark corpus.
 */
package mosaic.search.internal;
