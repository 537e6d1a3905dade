/**
 * Proof that the target platform works inside Equinox, before any Mosaic bundle depends on it:
 * each test drives one library for real (a commit, an index and a query, a layout, a PDF written and
 * read back), so a broken wrapping or a missing transitive jar fails here, not in a later feature.
 */
package mosaic.thirdparty.tests;
