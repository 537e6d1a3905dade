/** Implementation of the git-versioned workspace UI; not API. */
package mosaic.workspace.git.ui.internal;
