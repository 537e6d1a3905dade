/**
 * The Mosaic RCP application: reads the launch options, opens the workspace in the core's
 * {@link mosaic.core.workspace.WorkspaceService}, and runs the workbench with the Analysis
 * perspective. With {@code --screenshot FILE} it waits until the window has painted, writes it as
 * PNG and closes the workbench.
 */
package mosaic.app;
