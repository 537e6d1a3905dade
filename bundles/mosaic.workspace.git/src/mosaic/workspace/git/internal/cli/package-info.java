/**
 * The command-line commands of versioned workspaces: clone, sync, commit, status, log, handover,
 * tag, set, show, resolve, mount, compartment create, release and bench git.
 */
package mosaic.workspace.git.internal.cli;
