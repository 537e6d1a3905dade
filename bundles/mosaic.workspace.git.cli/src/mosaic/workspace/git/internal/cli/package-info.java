/**
 * The command-line commands of versioned workspaces: clone, sync, commit, status, log, handover,
 * tag, set, show, resolve, mount, compartment create and release.
 */
package mosaic.workspace.git.internal.cli;
