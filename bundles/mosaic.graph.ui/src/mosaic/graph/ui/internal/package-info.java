/**
 * The chart editor's parts: what a chart shows ({@code ChartScene}), the commands that change it
 * ({@code ChartCommands}, with {@code mosaic.ops.WorkspaceCommand}), the bridge from GEF's tools to the shared EMF
 * command stack ({@code GefCommands}), edit parts and figures, styling, drop, outline and export.
 */
package mosaic.graph.ui.internal;
