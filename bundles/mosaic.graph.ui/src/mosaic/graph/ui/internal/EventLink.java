package mosaic.graph.ui.internal;

import mosaic.model.Event;
import mosaic.model.MosaicObject;

/**
 * A line on a chart that is not a relation object: an event joined to one of its perpetrators
 * or to its location. Equal when they join the same event and object in the same role, so the
 * chart keeps one edit part for it across refreshes.
 *
 * @param event the event
 * @param other a perpetrator or the location
 * @param role "perpetrator" or "location"
 */
public record EventLink(Event event, MosaicObject other, String role) {

    /** The role of an event's perpetrator. */
    public static final String PERPETRATOR = "perpetrator";
    /** The role of an event's location. */
    public static final String LOCATION = "location";
}
