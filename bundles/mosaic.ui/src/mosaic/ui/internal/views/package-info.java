/** The workbench's own views. The Workspace view reads the open workspace in a job and shows it by kind. */
package mosaic.ui.internal.views;
