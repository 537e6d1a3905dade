/**
 * Need to know, decided in one place: {@link mosaic.core.access.Audience} says whether a reader with
 * a clearance, compartments and (for products) a releasability target may see a marking.
 */
package mosaic.core.access;
