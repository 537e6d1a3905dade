/**
 * The workbench side of git-versioned workspaces: sync and commit commands, the status shown in
 * the main toolbar, and the Conflicts, History and Handover views. The identifiers here are for
 * other bundles and tests; the implementation is internal.
 */
package mosaic.workspace.git.ui;
