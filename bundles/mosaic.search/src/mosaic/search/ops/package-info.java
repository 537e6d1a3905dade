/**
 * Operations of the report archive that more than one front-end offers (the command line and the
 * workbench), headless: each takes a progress monitor and declares the scheduling rule a job
 * running it must hold. The workbench only wraps them in jobs.
 */
package mosaic.search.ops;
