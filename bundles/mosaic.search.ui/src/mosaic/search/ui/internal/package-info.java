/** Views, dialogs and jobs of the Search perspective. */
package mosaic.search.ui.internal;
