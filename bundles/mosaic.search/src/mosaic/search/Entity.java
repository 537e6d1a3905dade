package mosaic.search;

import java.util.List;

/**
 * An actor or a place that passages are linked to, with every name it is known by.
 *
 * @param id        the workspace object's id
 * @param kind      actor or place
 * @param name      the preferred name, for display
 * @param names     the name and all aliases
 * @param latitude  for a place with coordinates, its latitude; otherwise {@code null}
 * @param longitude for a place with coordinates, its longitude; otherwise {@code null}
 */
public record Entity(String id, Kind kind, String name, List<String> names, Double latitude, Double longitude) {

    /** What an entity is, which decides the index field its id goes into. */
    public enum Kind {
        /** An actor: armed group, force, person... */
        ACTOR,
        /** A location. */
        PLACE
    }

    /** Copies the list of names. */
    public Entity {
        names = List.copyOf(names);
    }

    /** Whether the entity has coordinates. */
    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
