/** Implementations behind the core's services; not API. */
package mosaic.core.internal;
