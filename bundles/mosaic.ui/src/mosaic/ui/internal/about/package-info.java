/** Help &gt; About Mosaic: the dialog and its handler. */
package mosaic.ui.internal.about;
