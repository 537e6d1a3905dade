/**
 * Where an analysis workspace lives and which one is open. A workspace is a folder (that may also be a git
 * repository, see {@code mosaic.workspace.git}); {@link mosaic.core.workspace.WorkspaceLocation#of(java.nio.file.Path)}
 * is the single place that decides whether a path can be one, so the launcher, the CLI and the
 * workbench all refuse a bad path with the same one-line message. {@link mosaic.core.workspace.WorkspaceService}
 * is the OSGi service that holds the open workspace and tells listeners when it changes.
 */
package mosaic.core.workspace;
