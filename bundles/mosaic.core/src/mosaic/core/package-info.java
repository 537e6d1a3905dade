/**
 * Mosaic's headless core: facts about the running installation ({@link mosaic.core.ComponentVersions})
 * shared by the CLI's {@code version} command and the workbench's About dialog, so both always
 * report the same thing.
 */
package mosaic.core;
