/** Perspective factories: the Analysis perspective is the default. */
package mosaic.ui.internal.perspectives;
