/**
 * Operations: every change and every long computation that more than one front-end offers, in
 * one place, headless. The workbench's handlers and the command line's commands both call
 * these, so a rule (a threat's risk follows the mission's matrix, a marking is lowered only on
 * purpose, a delete is refused while anything refers to the object) holds whichever way a change
 * is made. {@link mosaic.ops.Editing} sets up the one kind of EMF editing domain both use.
 * A long operation takes a progress monitor and declares the scheduling rule a job running it must
 * hold: {@link mosaic.ops.WorkspaceRule}, one per workspace folder, for every change of a
 * workspace, so that the workbench's jobs changing one workspace run one at a time.
 */
package mosaic.ops;
